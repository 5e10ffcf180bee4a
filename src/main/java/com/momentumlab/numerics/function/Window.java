package com.momentumlab.numerics.function;

import com.momentumlab.numerics.NiceScale;
import com.momentumlab.numerics.Vec2;
import java.math.BigDecimal;

/** The rectangle of the plane a function is shown in: x in [xMin, xMax], y in [yMin, yMax]. */
public record Window(double xMin, double xMax, double yMin, double yMax) {

    public Window {
        if (!(xMin < xMax && yMin < yMax)) {
            throw new IllegalArgumentException("empty window");
        }
    }

    public boolean contains(Vec2 p) {
        return p.x() >= xMin && p.x() <= xMax && p.y() >= yMin && p.y() <= yMax;
    }

    /**
     * A point picked on the chart (click, drag, arrow keys), rounded to the decimals of a round step of about
     * 1/200 of the width (about a pixel of a laptop's chart) and kept inside: 5.61, not 5.606447496692182.
     */
    public Vec2 roundPicked(Vec2 picked) {
        BigDecimal resolution = NiceScale.stepNear(width() / 200);
        double x = NiceScale.roundToDecimalsOf(picked.x(), resolution);
        double y = NiceScale.roundToDecimalsOf(picked.y(), resolution);
        return new Vec2(Math.min(xMax, Math.max(xMin, x)), Math.min(yMax, Math.max(yMin, y)));
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }
}
