package com.momentumlab.numerics.function;

import com.momentumlab.numerics.Vec2;
import java.util.List;

/**
 * Himmelblau's function f(x, y) = (x² + y − 11)² + (x + y² − 7)²: four minima of equal value 0, so
 * which one an optimizer ends in depends on where it starts and how it moves.
 *
 * <p>∇f = (4x(x² + y − 11) + 2(x + y² − 7), 2(x² + y − 11) + 4y(x + y² − 7)). One minimum is (3, 2);
 * the other three have no closed form: the literals below are the doubles nearest to the roots of ∇f
 * computed with 40 significant digits (mpmath {@code findroot}), for example
 * x = −2.805118086952744853…, y = 3.131312518250572965…. There is also a local maximum near
 * (−0.2708, −0.9230) and four saddles. Window [−5, 5]²; values run from 0 to about 890 there, so the
 * contour levels are log-spaced, 10⁻¹ … 10³. Gradients are in the tens, so α ≈ 0.01 suits it (momentum with
 * β = 0.9 diverges from the origin at α = 0.03). From the origin, gradient descent (α = 0.01) ends at
 * (3, 2) but momentum (α = 0.01, β = 0.9) overshoots into the basin of (3.584…, −1.848…).
 */
public final class Himmelblau implements Objective {

    @Override
    public String key() {
        return "himmelblau";
    }

    @Override
    public double value(double x, double y) {
        double a = x * x + y - 11;
        double b = x + y * y - 7;
        return a * a + b * b;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double a = x * x + y - 11;
        double b = x + y * y - 7;
        return new Vec2(4 * x * a + 2 * b, 2 * a + 4 * y * b);
    }

    @Override
    public Window window() {
        return new Window(-5, 5, -5, 5);
    }

    /** The origin: every optimizer must choose a basin from there. */
    @Override
    public Vec2 defaultStart() {
        return Vec2.ZERO;
    }

    @Override
    public List<Vec2> minima() {
        return List.of(
                new Vec2(3, 2),
                new Vec2(-2.805118086952745, 3.131312518250573),
                new Vec2(-3.779310253377747, -3.2831859912861696),
                new Vec2(3.5844283403304917, -1.8481265269644036));
    }

    @Override
    public LevelRule levelRule() {
        return new LevelRule.Log(-1, 3, 30);
    }
}
