package com.momentumlab.numerics.function;

import com.momentumlab.numerics.Vec2;

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

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }
}
