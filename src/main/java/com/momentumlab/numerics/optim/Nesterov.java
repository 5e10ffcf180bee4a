package com.momentumlab.numerics.optim;

import com.momentumlab.numerics.Vec2;

/**
 * Nesterov's accelerated gradient in the look-ahead form (Sutskever et al. 2013):
 *
 * <pre>
 *   v ← βv − α∇L(θ + βv)
 *   θ ← θ + v          v₀ = 0
 * </pre>
 *
 * Like {@link Momentum}, but the gradient is taken where the carried velocity is about to bring θ,
 * so it brakes before overshooting. Usual values: β = 0.9, α as for momentum. (PyTorch's
 * {@code nesterov=True} is the same method rewritten in the look-ahead point's coordinates; its
 * iterates are the look-ahead points of this form, so the paths differ on screen.)
 *
 * <p>{@link Optimizer.State#gradientPoint()} is θ + βv, computed as {@code x + beta * vx}; a
 * trajectory therefore records ∇L(θₜ₋₁ + βvₜ₋₁) as the gradient of step t. carry = βvₜ₋₁,
 * gradient step = −α∇L(θₜ₋₁ + βvₜ₋₁), velocity = vₜ (their sum, bit for bit).
 *
 * @param learningRate α, finite and &gt; 0
 * @param beta         β, finite and ≥ 0
 */
public record Nesterov(double learningRate, double beta) implements Optimizer {

    public Nesterov {
        Checks.learningRate(learningRate);
        Checks.nonNegative("beta", beta);
    }

    @Override
    public String key() {
        return "nesterov";
    }

    @Override
    public Optimizer.State start(Vec2 theta0) {
        return new State(this, theta0, Vec2.ZERO, Vec2.ZERO, Vec2.ZERO);
    }

    private record State(Nesterov n, Vec2 theta, Vec2 velocity, Vec2 carry, Vec2 gradientStep)
            implements Optimizer.State {

        @Override
        public Vec2 gradientPoint() {
            return new Vec2(theta.x() + n.beta * velocity.x(), theta.y() + n.beta * velocity.y());
        }

        /** @param g the gradient at the look-ahead point {@link #gradientPoint()} */
        @Override
        public Optimizer.State step(Vec2 g) {
            double vx = velocity.x();
            double vy = velocity.y();
            Vec2 carry = new Vec2(n.beta * vx, n.beta * vy);
            Vec2 gradientStep = new Vec2(-(n.learningRate * g.x()), -(n.learningRate * g.y()));
            vx = n.beta * vx - n.learningRate * g.x();
            vy = n.beta * vy - n.learningRate * g.y();
            return new State(n, new Vec2(theta.x() + vx, theta.y() + vy), new Vec2(vx, vy), carry, gradientStep);
        }
    }
}
