package com.momentumlab.numerics.function;

import com.momentumlab.numerics.Vec2;
import java.util.List;
import java.util.Optional;

/**
 * The lesson's elongated valley f(x, y) = x²/20 + y²: forty times flatter along x than along y, so
 * plain gradient descent zig-zags across the valley while creeping along it.
 *
 * <p>∇f = (x/10, 2y); Hessian diag(0.1, 2); the only minimum is (0, 0). Default start (−7, 2),
 * window x ∈ [−10, 10], y ∈ [−5, 5], contour levels as matplotlib's {@code contour(X, Y, Z, 30)}.
 */
public final class Valley implements Objective {

    @Override
    public String key() {
        return "valley";
    }

    @Override
    public double value(double x, double y) {
        return x * x / 20 + y * y;
    }

    @Override
    public Vec2 gradient(double x, double y) {
        return new Vec2(x / 10, 2 * y);
    }

    @Override
    public Window window() {
        return new Window(-10, 10, -5, 5);
    }

    @Override
    public Vec2 defaultStart() {
        return new Vec2(-7, 2);
    }

    @Override
    public List<Vec2> minima() {
        return List.of(Vec2.ZERO);
    }

    @Override
    public LevelRule levelRule() {
        return new LevelRule.Linear(30);
    }

    /** x²/20 = ½ · 0.1 · x² and y² = ½ · 2 · y². */
    @Override
    public Optional<AxisCurvatures> axisCurvatures() {
        return Optional.of(new AxisCurvatures(0.1, 2));
    }
}
