package com.momentumlab.numerics.optim;

import com.momentumlab.numerics.Vec2;

/**
 * RMSProp (Hinton's lecture notes, 2012): AdaGrad with a leaky memory, so old gradients are
 * forgotten and the step does not shrink to nothing.
 *
 * <pre>
 *   h ← ρh + (1 − ρ) g ⊙ g
 *   θ ← θ − α g / (√h + ε)          h₀ = 0
 * </pre>
 *
 * computed per coordinate as {@code hx = rho * hx + (1 - rho) * gx * gx;
 * x = x - learningRate * gx / (Math.sqrt(hx) + epsilon)}.
 *
 * <p>Defaults ρ = 0.99 and ε = 1e-7, as in "ゼロから作る Deep Learning" (common/optimizer.py), which
 * E資格 learners study; ρ = 0.99 is also PyTorch's default ({@code alpha=0.99}), while Hinton's notes
 * and Keras use 0.9. With ρ = 0.99 the memory spans about 1/(1 − ρ) = 100 steps. Because h₀ = 0 and
 * there is no bias correction, the first step is large: √h₁ = 0.1|g|, so the first step is about 10α
 * per coordinate (about 3.2α for ρ = 0.9). Usual α: 0.001 … 0.01.
 *
 * <p>No momentum: carry = 0, gradient step = velocity = −αg/(√h + ε), the step applied.
 *
 * @param learningRate α, finite and &gt; 0
 * @param rho          ρ, the decay rate of the squared-gradient average, in [0, 1)
 * @param epsilon      ε, finite and &gt; 0
 */
public record RmsProp(double learningRate, double rho, double epsilon) implements Optimizer {

    public static final double DEFAULT_RHO = 0.99;
    public static final double DEFAULT_EPSILON = 1e-7;

    public RmsProp {
        Checks.learningRate(learningRate);
        Checks.decay("rho", rho);
        Checks.epsilon(epsilon);
    }

    /** RMSProp with ρ = {@value #DEFAULT_RHO} and ε = {@value #DEFAULT_EPSILON}. */
    public RmsProp(double learningRate) {
        this(learningRate, DEFAULT_RHO, DEFAULT_EPSILON);
    }

    @Override
    public String key() {
        return "rmsprop";
    }

    @Override
    public Optimizer.State start(Vec2 theta0) {
        return new State(this, theta0, Vec2.ZERO, Vec2.ZERO);
    }

    private record State(RmsProp r, Vec2 theta, Vec2 meanSquare, Vec2 velocity) implements Optimizer.State {

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
            double hx = r.rho * meanSquare.x() + (1 - r.rho) * g.x() * g.x();
            double hy = r.rho * meanSquare.y() + (1 - r.rho) * g.y() * g.y();
            double dx = r.learningRate * g.x() / (Math.sqrt(hx) + r.epsilon);
            double dy = r.learningRate * g.y() / (Math.sqrt(hy) + r.epsilon);
            return new State(r, new Vec2(theta.x() - dx, theta.y() - dy), new Vec2(hx, hy), new Vec2(-dx, -dy));
        }
    }
}
