package com.momentumlab.numerics.optim;

import com.momentumlab.numerics.Vec2;

/**
 * Adam as the {@code Adam} class of 「ゼロから作るDeep Learning」 (chapter 6) computes it: the bias correction
 * goes into the learning rate, and ε = 10⁻⁷ is added to √v of the uncorrected average. Per call, in this order:
 *
 * <pre>
 *   t ← t + 1
 *   αₜ = α·√(1 − β₂ᵗ) / (1 − β₁ᵗ)
 *   m ← m + (1 − β₁)(g − m)
 *   v ← v + (1 − β₂)(g² − v)
 *   θ ← θ − αₜ·m / (√v + ε)          m₀ = v₀ = 0
 * </pre>
 *
 * In exact arithmetic this is {@link Adam} with ε/√(1 − β₂ᵗ) in place of ε (and ε = 10⁻⁷, not the paper's
 * 10⁻⁸), so the two differ in the last digits from the first step on. β₁ᵗ and β₂ᵗ are the correctly rounded powers that
 * Python's {@code beta ** iter} gives (see {@link RoundedPower}).
 *
 * <p>carry = −αₜβ₁mₜ₋₁/(√v + ε), the old average's share; gradient step = −αₜ(1 − β₁)gₜ/(√v + ε);
 * velocity = −αₜmₜ/(√v + ε), the step applied (θₜ = θₜ₋₁ + velocity, bit for bit).
 *
 * @param learningRate α ({@code lr}), finite and &gt; 0
 * @param beta1        β₁ in [0, 1)
 * @param beta2        β₂ in [0, 1)
 */
public record BookAdam(double learningRate, double beta1, double beta2) implements Optimizer {

    /** The book's ε, added to √v. */
    public static final double EPSILON = 1e-7;

    public BookAdam {
        Checks.learningRate(learningRate);
        Checks.decay("beta1", beta1);
        Checks.decay("beta2", beta2);
    }

    @Override
    public String key() {
        return "adam-book";
    }

    @Override
    public Optimizer.State start(Vec2 theta0) {
        return new State(this, RoundedPower.of(beta1), RoundedPower.of(beta2), theta0, Vec2.ZERO, Vec2.ZERO,
                Vec2.ZERO, Vec2.ZERO, Vec2.ZERO);
    }

    private record State(
            BookAdam a, RoundedPower beta1Power, RoundedPower beta2Power, Vec2 theta, Vec2 m, Vec2 v,
            Vec2 velocity, Vec2 carry, Vec2 gradientStep)
            implements Optimizer.State {

        @Override
        public Optimizer.State step(Vec2 g) {
            RoundedPower beta1Power = this.beta1Power.next();
            RoundedPower beta2Power = this.beta2Power.next();
            double rate = a.learningRate * Math.sqrt(1.0 - beta2Power.value()) / (1.0 - beta1Power.value());
            double mx = m.x() + (1 - a.beta1) * (g.x() - m.x());
            double my = m.y() + (1 - a.beta1) * (g.y() - m.y());
            double vx = v.x() + (1 - a.beta2) * (g.x() * g.x() - v.x());
            double vy = v.y() + (1 - a.beta2) * (g.y() * g.y() - v.y());
            double denomX = Math.sqrt(vx) + EPSILON;
            double denomY = Math.sqrt(vy) + EPSILON;
            double dx = rate * mx / denomX;
            double dy = rate * my / denomY;
            Vec2 carry = new Vec2(-(rate * (a.beta1 * m.x()) / denomX), -(rate * (a.beta1 * m.y()) / denomY));
            Vec2 gradientStep = new Vec2(-(rate * ((1 - a.beta1) * g.x()) / denomX),
                    -(rate * ((1 - a.beta1) * g.y()) / denomY));
            return new State(a, beta1Power, beta2Power, new Vec2(theta.x() - dx, theta.y() - dy),
                    new Vec2(mx, my), new Vec2(vx, vy), new Vec2(-dx, -dy), carry, gradientStep);
        }
    }
}
