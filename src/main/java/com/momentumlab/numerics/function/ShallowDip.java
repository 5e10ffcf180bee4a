package com.momentumlab.numerics.function;

import com.momentumlab.numerics.Vec2;
import java.util.List;

/**
 * A valley with a shallow dip on the way down: f(x, y) = x⁴/4 + 7x³/3 + 6x² + y².
 *
 * <p>∇f = (x(x + 3)(x + 4), 2y), so along y = 0 the slope vanishes at exactly three places:
 * <ul>
 *   <li>(0, 0), the global minimum, f = 0;</li>
 *   <li>(−4, 0), a local minimum, f = 32/3 ≈ 10.667 — the dip;</li>
 *   <li>(−3, 0), the saddle (the rim of the dip), f = 45/4 = 11.25, only 7/12 ≈ 0.58 above the dip.</li>
 * </ul>
 * From the default start (−4.75, 1.5) with α = 0.1, plain gradient descent rolls into the dip and stays
 * there; momentum with β = 0.9 (or 0.8) carries enough speed over the rim and settles at (0, 0), while
 * β = 0.7 climbs almost to the rim (x ≈ −3.25) and rolls back, and so does β = 0.9 with α = 0.01 (too
 * little speed gathered on the way down). The 11 contour level (of the integer
 * levels {@code contour(X, Y, Z, 30)} draws here) is a closed loop around the dip, so the dip is
 * visible on the chart.
 */
public final class ShallowDip implements Objective {

    @Override
    public String key() {
        return "dip";
    }

    @Override
    public double value(double x, double y) {
        return x * x * x * x / 4 + 7 * x * x * x / 3 + 6 * x * x + y * y;
    }

    /** In factored form, so that the slope is exactly zero at x = 0, −3 and −4. */
    @Override
    public Vec2 gradient(double x, double y) {
        return new Vec2(x * (x + 3) * (x + 4), 2 * y);
    }

    @Override
    public Window window() {
        return new Window(-5.5, 1.5, -2, 2);
    }

    @Override
    public Vec2 defaultStart() {
        return new Vec2(-4.75, 1.5);
    }

    /** The global minimum first, then the dip. */
    @Override
    public List<Vec2> minima() {
        return List.of(Vec2.ZERO, new Vec2(-4, 0));
    }

    @Override
    public LevelRule levelRule() {
        return new LevelRule.Linear(30);
    }
}
