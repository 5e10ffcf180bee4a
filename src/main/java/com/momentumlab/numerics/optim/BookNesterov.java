package com.momentumlab.numerics.optim;

import com.momentumlab.numerics.Vec2;

/**
 * Nesterov's method as the {@code Nesterov} class of 「ゼロから作るDeep Learning」 (chapter 6) computes it:
 * the gradient is taken at θ itself, and each call does, per coordinate and in this order,
 *
 * <pre>
 *   v ← v·μ
 *   v ← v − α·g
 *   θ ← θ + μ·μ·v
 *   θ ← θ − (1 + μ)·α·g          v₀ = 0,  μ = β
 * </pre>
 *
 * so θ moves by μ²vₜ − (1 + μ)αgₜ with the new vₜ = μvₜ₋₁ − αgₜ. It is not the {@link Nesterov}
 * look-ahead form in other coordinates: from the first step on (v₀ = 0) it moves by −(1 + μ + μ²)αg where
 * the look-ahead form moves by −αg, and the two paths differ.
 *
 * <p>The step splits into carry = μ²·(μvₜ₋₁) (what earlier gradients contribute) and gradient step =
 * −(μ²αgₜ + (1 + μ)αgₜ); velocity is their sum, the move of θ. θ itself takes the book's two additions,
 * so θₜ − θₜ₋₁ equals velocity only to θ's rounding.
 *
 * @param learningRate α ({@code lr}), finite and &gt; 0
 * @param beta         μ ({@code momentum}), finite and ≥ 0
 */
public record BookNesterov(double learningRate, double beta) implements Optimizer {

    public BookNesterov {
        Checks.learningRate(learningRate);
        Checks.nonNegative("beta", beta);
    }

    @Override
    public String key() {
        return "nesterov-book";
    }

    @Override
    public Optimizer.State start(Vec2 theta0) {
        return new State(this, theta0, Vec2.ZERO, Vec2.ZERO, Vec2.ZERO, Vec2.ZERO);
    }

    /** @param v the book's velocity buffer vₜ */
    private record State(BookNesterov n, Vec2 theta, Vec2 v, Vec2 velocity, Vec2 carry, Vec2 gradientStep)
            implements Optimizer.State {

        @Override
        public Optimizer.State step(Vec2 g) {
            double mu = n.beta;
            double lr = n.learningRate;
            double carriedX = v.x() * mu;
            double carriedY = v.y() * mu;
            double vx = carriedX - lr * g.x();
            double vy = carriedY - lr * g.y();
            double x = theta.x() + mu * mu * vx;
            double y = theta.y() + mu * mu * vy;
            x = x - (1 + mu) * lr * g.x();
            y = y - (1 + mu) * lr * g.y();
            Vec2 carry = new Vec2(mu * mu * carriedX, mu * mu * carriedY);
            Vec2 gradientStep = new Vec2(-(mu * mu * (lr * g.x()) + (1 + mu) * lr * g.x()),
                    -(mu * mu * (lr * g.y()) + (1 + mu) * lr * g.y()));
            return new State(n, new Vec2(x, y), new Vec2(vx, vy), carry.plus(gradientStep), carry, gradientStep);
        }
    }
}
