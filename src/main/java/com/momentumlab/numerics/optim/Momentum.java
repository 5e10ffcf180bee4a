package com.momentumlab.numerics.optim;

import com.momentumlab.numerics.Vec2;

/**
 * Momentum SGD in the form the lesson teaches (the E資格 / "ゼロから作る Deep Learning" form):
 *
 * <pre>
 *   v ← βv − α∇L(θ)
 *   θ ← θ + v          v₀ = 0
 * </pre>
 *
 * computed per coordinate in exactly that order, {@code vx = beta * vx - learningRate * gx;
 * x = x + vx}, in plain IEEE doubles. Usual values: α = 0.01 … 0.1, β = 0.9 (the lesson's example uses
 * α = 0.1, β = 0.9). β = 0 is plain gradient descent.
 *
 * <p>carry = βvₜ₋₁, gradient step = −αgₜ, velocity = vₜ (their sum, bit for bit).
 *
 * @param learningRate α, finite and &gt; 0
 * @param beta         β, finite and ≥ 0 (β ≥ 1 is allowed, to show that it never settles)
 */
public record Momentum(double learningRate, double beta) implements Optimizer {

    public Momentum {
        Checks.learningRate(learningRate);
        Checks.nonNegative("beta", beta);
    }

    @Override
    public String key() {
        return "momentum";
    }

    @Override
    public Optimizer.State start(Vec2 theta0) {
        return new State(this, theta0, Vec2.ZERO, Vec2.ZERO, Vec2.ZERO);
    }

    private record State(Momentum m, Vec2 theta, Vec2 velocity, Vec2 carry, Vec2 gradientStep)
            implements Optimizer.State {

        @Override
        public Optimizer.State step(Vec2 g) {
            double vx = velocity.x();
            double vy = velocity.y();
            Vec2 carry = new Vec2(m.beta * vx, m.beta * vy);
            Vec2 gradientStep = new Vec2(-(m.learningRate * g.x()), -(m.learningRate * g.y()));
            vx = m.beta * vx - m.learningRate * g.x();
            vy = m.beta * vy - m.learningRate * g.y();
            double x = theta.x() + vx;
            double y = theta.y() + vy;
            return new State(m, new Vec2(x, y), new Vec2(vx, vy), carry, gradientStep);
        }
    }
}
