package com.momentumlab.numerics.optim;

import com.momentumlab.numerics.Vec2;

/**
 * Adam (Kingma &amp; Ba 2015) with bias correction: momentum on the gradient (m) and an RMSProp-style
 * scale per coordinate (s), both corrected for starting at zero.
 *
 * <pre>
 *   t ← t + 1
 *   m ← β₁m + (1 − β₁)g
 *   s ← β₂s + (1 − β₂)g ⊙ g
 *   m̂ = m / (1 − β₁ᵗ),  ŝ = s / (1 − β₂ᵗ)
 *   θ ← θ − α m̂ / (√ŝ + ε)          m₀ = s₀ = 0
 * </pre>
 *
 * computed per coordinate in that order; β₁ᵗ and β₂ᵗ are kept as running products (β₁ᵗ = β₁ᵗ⁻¹ · β₁, as
 * TensorFlow does), so no {@code Math.pow} rounding enters. Defaults (the paper's)
 * β₁ = 0.9, β₂ = 0.999, ε = 1e-8; usual α = 0.001 (the lesson's comparison figure uses 0.3 on the
 * valley). The first step moves every coordinate by almost exactly α: m̂₁ = g and √ŝ₁ = |g|.
 *
 * <p>The step splits like momentum's, with the same adaptive scale c = α / ((1 − β₁ᵗ)(√ŝ + ε)):
 * carry = −c·β₁mₜ₋₁ (what the old average contributes), gradient step = −c·(1 − β₁)gₜ, and
 * velocity = −α m̂ / (√ŝ + ε), the step applied (θₜ = θₜ₋₁ + velocity, bit for bit).
 *
 * @param learningRate α, finite and &gt; 0
 * @param beta1        β₁ in [0, 1)
 * @param beta2        β₂ in [0, 1)
 * @param epsilon      ε, finite and &gt; 0
 */
public record Adam(double learningRate, double beta1, double beta2, double epsilon) implements Optimizer {

    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPSILON = 1e-8;

    public Adam {
        Checks.learningRate(learningRate);
        Checks.decay("beta1", beta1);
        Checks.decay("beta2", beta2);
        Checks.epsilon(epsilon);
    }

    /** Adam with the paper's β₁ = 0.9, β₂ = 0.999, ε = 1e-8. */
    public Adam(double learningRate) {
        this(learningRate, DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    @Override
    public String key() {
        return "adam";
    }

    @Override
    public Optimizer.State start(Vec2 theta0) {
        return new State(this, 1, 1, theta0, Vec2.ZERO, Vec2.ZERO, Vec2.ZERO, Vec2.ZERO, Vec2.ZERO);
    }

    private record State(
            Adam a, double beta1Power, double beta2Power, Vec2 theta, Vec2 m, Vec2 s,
            Vec2 velocity, Vec2 carry, Vec2 gradientStep)
            implements Optimizer.State {

        @Override
        public Optimizer.State step(Vec2 g) {
            double beta1Power = this.beta1Power * a.beta1;
            double beta2Power = this.beta2Power * a.beta2;
            double mx = a.beta1 * m.x() + (1 - a.beta1) * g.x();
            double my = a.beta1 * m.y() + (1 - a.beta1) * g.y();
            double sx = a.beta2 * s.x() + (1 - a.beta2) * g.x() * g.x();
            double sy = a.beta2 * s.y() + (1 - a.beta2) * g.y() * g.y();
            double c1 = 1 - beta1Power;
            double c2 = 1 - beta2Power;
            double denomX = Math.sqrt(sx / c2) + a.epsilon;
            double denomY = Math.sqrt(sy / c2) + a.epsilon;
            double dx = a.learningRate * (mx / c1) / denomX;
            double dy = a.learningRate * (my / c1) / denomY;
            Vec2 carry = new Vec2(
                    -(a.learningRate * (a.beta1 * m.x() / c1) / denomX),
                    -(a.learningRate * (a.beta1 * m.y() / c1) / denomY));
            Vec2 gradientStep = new Vec2(
                    -(a.learningRate * ((1 - a.beta1) * g.x() / c1) / denomX),
                    -(a.learningRate * ((1 - a.beta1) * g.y() / c1) / denomY));
            Vec2 next = new Vec2(theta.x() - dx, theta.y() - dy);
            return new State(a, beta1Power, beta2Power, next, new Vec2(mx, my), new Vec2(sx, sy),
                    new Vec2(-dx, -dy), carry, gradientStep);
        }
    }
}
