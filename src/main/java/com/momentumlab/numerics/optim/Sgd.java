package com.momentumlab.numerics.optim;

import com.momentumlab.numerics.Vec2;

/**
 * Plain (stochastic) gradient descent, θ ← θ − α∇L(θ), computed per coordinate as
 * {@code x = x - learningRate * gx}. Usual α: 0.01 (the lesson's comparison figure uses 0.95 on the
 * valley, just under the y axis' limit 2/λy = 1).
 *
 * <p>No memory: velocity = gradient step = −αgₜ (so θₜ = θₜ₋₁ + velocity, bit for bit), carry = 0.
 *
 * @param learningRate α, finite and &gt; 0
 */
public record Sgd(double learningRate) implements Optimizer {

    public Sgd {
        Checks.learningRate(learningRate);
    }

    @Override
    public String key() {
        return "sgd";
    }

    @Override
    public Optimizer.State start(Vec2 theta0) {
        return new State(this, theta0, Vec2.ZERO);
    }

    private record State(Sgd sgd, Vec2 theta, Vec2 velocity) implements Optimizer.State {

        @Override
        public Vec2 carry() {
            return Vec2.ZERO;
        }

        @Override
        public Vec2 gradientStep() {
            return velocity;
        }

        @Override
        public Optimizer.State step(Vec2 g) {
            double x = theta.x() - sgd.learningRate * g.x();
            double y = theta.y() - sgd.learningRate * g.y();
            // x − αg equals x + (−αg) exactly in IEEE arithmetic, so this is the step that was applied.
            Vec2 move = new Vec2(-(sgd.learningRate * g.x()), -(sgd.learningRate * g.y()));
            return new State(sgd, new Vec2(x, y), move);
        }
    }
}
