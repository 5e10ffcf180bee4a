package com.momentumlab.numerics.function;

import com.momentumlab.numerics.Vec2;
import java.util.List;

/**
 * Rosenbrock's banana f(x, y) = (1 − x)² + 100(y − x²)²: finding the curved valley floor is easy,
 * following it to the minimum (1, 1) is slow.
 *
 * <p>∇f = (−2(1 − x) − 400x(y − x²), 200(y − x²)). Window x ∈ [−2, 2], y ∈ [−1, 3]; values span
 * four decades there, so the contour levels are log-spaced, 10⁻¹ … 10³. Gradients reach about 160
 * at the default start (−1.5, 2), so learning rates around 10⁻³ are the ones that work here.
 */
public final class Rosenbrock implements Objective {

    @Override
    public String key() {
        return "rosenbrock";
    }

    @Override
    public double value(double x, double y) {
        double a = 1 - x;
        double b = y - x * x;
        // 100·(b·b), not (100·b)·b: numpy's 100*(Y-X**2)**2, so the contour grid is the benchmark's to the last bit
        return a * a + 100 * (b * b);
    }

    @Override
    public Vec2 gradient(double x, double y) {
        double a = 1 - x;
        double b = y - x * x;
        return new Vec2(-2 * a - 400 * x * b, 200 * b);
    }

    @Override
    public Window window() {
        return new Window(-2, 2, -1, 3);
    }

    @Override
    public Vec2 defaultStart() {
        return new Vec2(-1.5, 2);
    }

    @Override
    public List<Vec2> minima() {
        return List.of(new Vec2(1, 1));
    }

    @Override
    public LevelRule levelRule() {
        return new LevelRule.Log(-1, 3, 30);
    }
}
