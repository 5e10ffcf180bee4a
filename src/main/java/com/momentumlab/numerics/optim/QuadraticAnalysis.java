package com.momentumlab.numerics.optim;

import java.util.ArrayList;
import java.util.List;

/**
 * Momentum on an axis-aligned quadratic: the two axes move independently, so the whole is the two
 * {@link AxisAnalysis} results side by side.
 */
public record QuadraticAnalysis(AxisAnalysis x, AxisAnalysis y) {

    public enum Axis { X, Y }

    /** One failed condition and where it failed, e.g. (Y, αλ &lt; 2 + 2β): "αλ &lt; 2 + 2β broke on the y axis". */
    public record BrokenBound(Axis axis, StabilityBound bound) {}

    /** True iff both axes converge. */
    public boolean converges() {
        return x.converges() && y.converges();
    }

    /** The slower axis' rate: how much the distance to the minimum shrinks per step in the long run. */
    public double rate() {
        return Math.max(x.rate(), y.rate());
    }

    /** Every failed condition, x axis first; empty when it converges. */
    public List<BrokenBound> brokenBounds() {
        List<BrokenBound> all = new ArrayList<>();
        x.broken().forEach(b -> all.add(new BrokenBound(Axis.X, b)));
        y.broken().forEach(b -> all.add(new BrokenBound(Axis.Y, b)));
        return List.copyOf(all);
    }
}
