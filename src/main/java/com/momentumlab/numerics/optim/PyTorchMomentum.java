package com.momentumlab.numerics.optim;

import com.momentumlab.numerics.Vec2;

/**
 * Momentum as PyTorch's {@code torch.optim.SGD(momentum=β)} writes it: the buffer collects gradients,
 * the learning rate is applied when stepping:
 *
 * <pre>
 *   b ← βb + ∇L(θ)
 *   θ ← θ − αb          b₀ = 0
 * </pre>
 *
 * <b>When it coincides with the lesson's form</b> ({@link Momentum}): with a constant α, the lesson's
 * v is exactly −αb, so both give the same path in exact arithmetic; in doubles they agree to rounding
 * (a few ulps), because the products are rounded at different places. They part ways when α changes
 * during training (a schedule): here the new α rescales the whole buffer at once, in the lesson's form
 * only the new gradients.
 *
 * <p>velocity = −αbₜ (the step applied: θₜ = θₜ₋₁ + velocity, bit for bit); carry = −αβbₜ₋₁;
 * gradient step = −αgₜ. The buffer b itself is in gradient units, not a displacement.
 *
 * @param learningRate α, finite and &gt; 0
 * @param beta         β, finite and ≥ 0 (usually 0.9)
 */
public record PyTorchMomentum(double learningRate, double beta) implements Optimizer {

    public PyTorchMomentum {
        Checks.learningRate(learningRate);
        Checks.nonNegative("beta", beta);
    }

    @Override
    public String key() {
        return "momentum-pytorch";
    }

    @Override
    public Optimizer.State start(Vec2 theta0) {
        return new State(this, theta0, Vec2.ZERO, Vec2.ZERO, Vec2.ZERO, Vec2.ZERO);
    }

    private record State(PyTorchMomentum p, Vec2 theta, Vec2 buffer, Vec2 velocity, Vec2 carry, Vec2 gradientStep)
            implements Optimizer.State {

        @Override
        public Optimizer.State step(Vec2 g) {
            double alpha = p.learningRate;
            Vec2 carry = new Vec2(-(alpha * (p.beta * buffer.x())), -(alpha * (p.beta * buffer.y())));
            Vec2 gradientStep = new Vec2(-(alpha * g.x()), -(alpha * g.y()));
            double bx = p.beta * buffer.x() + g.x();
            double by = p.beta * buffer.y() + g.y();
            double x = theta.x() - alpha * bx;
            double y = theta.y() - alpha * by;
            Vec2 move = new Vec2(-(alpha * bx), -(alpha * by));
            return new State(p, new Vec2(x, y), new Vec2(bx, by), move, carry, gradientStep);
        }
    }
}
