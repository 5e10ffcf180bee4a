package com.momentumlab.numerics.optim;

import com.momentumlab.numerics.Vec2;

/**
 * Momentum as an exponential moving average of gradients (the "damped" form of many course notes):
 *
 * <pre>
 *   b ← βb + (1 − β)∇L(θ)
 *   θ ← θ − αb          b₀ = 0
 * </pre>
 *
 * <b>When it coincides with the lesson's form</b> ({@link Momentum}): b is (1 − β) times the PyTorch
 * buffer, so this form with learning rate α follows the lesson's path for learning rate α(1 − β),
 * equivalently the lesson's α is this form's α/(1 − β). With the <i>same</i> α it takes steps about
 * 1 − β times as long (a tenth for β = 0.9) and is a different path. Not PyTorch's
 * {@code dampening=β} either: PyTorch starts the buffer at g, without the factor 1 − β, on the first
 * step; here b₀ = 0 so the first step is α(1 − β)g.
 *
 * <p>velocity = −αbₜ (θₜ = θₜ₋₁ + velocity, bit for bit); carry = −αβbₜ₋₁; gradient step
 * = −α(1 − β)gₜ.
 *
 * @param learningRate α, finite and &gt; 0
 * @param beta         β in [0, 1) (usually 0.9)
 */
public record DampedMomentum(double learningRate, double beta) implements Optimizer {

    public DampedMomentum {
        Checks.learningRate(learningRate);
        Checks.decay("beta", beta);
    }

    @Override
    public String key() {
        return "momentum-damped";
    }

    @Override
    public Optimizer.State start(Vec2 theta0) {
        return new State(this, theta0, Vec2.ZERO, Vec2.ZERO, Vec2.ZERO, Vec2.ZERO);
    }

    private record State(DampedMomentum d, Vec2 theta, Vec2 buffer, Vec2 velocity, Vec2 carry, Vec2 gradientStep)
            implements Optimizer.State {

        @Override
        public Optimizer.State step(Vec2 g) {
            double alpha = d.learningRate;
            double keep = d.beta;
            double take = 1 - d.beta;
            Vec2 carry = new Vec2(-(alpha * (keep * buffer.x())), -(alpha * (keep * buffer.y())));
            Vec2 gradientStep = new Vec2(-(alpha * (take * g.x())), -(alpha * (take * g.y())));
            double bx = keep * buffer.x() + take * g.x();
            double by = keep * buffer.y() + take * g.y();
            double x = theta.x() - alpha * bx;
            double y = theta.y() - alpha * by;
            Vec2 move = new Vec2(-(alpha * bx), -(alpha * by));
            return new State(d, new Vec2(x, y), new Vec2(bx, by), move, carry, gradientStep);
        }
    }
}
