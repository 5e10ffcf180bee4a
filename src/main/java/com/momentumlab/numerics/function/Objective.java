package com.momentumlab.numerics.function;

import com.momentumlab.numerics.Vec2;
import java.util.List;
import java.util.Optional;

/** A loss surface L(x, y) the learner can optimise, with what the UI needs to show it. */
public interface Objective {

    /** Stable identifier used in URLs and translation keys ({@code function.<key>}). */
    String key();

    double value(double x, double y);

    /** The analytic gradient ∇L(x, y). */
    Vec2 gradient(double x, double y);

    default double value(Vec2 p) {
        return value(p.x(), p.y());
    }

    default Vec2 gradient(Vec2 p) {
        return gradient(p.x(), p.y());
    }

    /** The view window of the chart. */
    Window window();

    /** A start point that shows the function's character. */
    Vec2 defaultStart();

    /** The known minima (global and local). */
    List<Vec2> minima();

    LevelRule levelRule();

    /**
     * For an axis-aligned quadratic, the Hessian's eigenvalues λx and λy, which decide whether momentum
     * converges on each axis; empty for every other function (the default).
     */
    default Optional<AxisCurvatures> axisCurvatures() {
        return Optional.empty();
    }
}
