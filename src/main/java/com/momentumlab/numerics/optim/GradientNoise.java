package com.momentumlab.numerics.optim;

import com.momentumlab.numerics.Vec2;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Gaussian noise on every gradient, the way a minibatch gradient scatters around the full one: step t uses
 * ∇L + σ·(ξₜ, ηₜ) with ξₜ, ηₜ independent standard normal draws, x first, then y.
 *
 * <p><b>Reproducible on any server.</b> The draws come from {@link java.util.Random}: it is the one generator
 * of the JDK whose algorithm is part of its specification ("Java implementations must use all the algorithms
 * shown here for the class Random, for the sake of absolute portability"), seeding and {@code nextGaussian}
 * included, and that computes with {@code StrictMath}, so its doubles are the same on every JVM and CPU.
 * {@code SplittableRandom} and {@code L64X128MixRandom} only promise the same values "in the same program
 * execution", and {@code RandomGenerator.nextGaussian} leaves its algorithm to the implementation. A 48-bit
 * generator is plenty for a few thousand draws a run.
 *
 * <p><b>One stream per run, the same for every optimizer.</b> Each {@link #stream()} starts afresh from the
 * seed, so every optimizer compared on the chart gets the same sequence of draws at the same steps (common
 * random numbers): the paths differ only by their update rules, not by luck, and an optimizer's path does not
 * depend on which others are shown, so a run can be cached and shared on its own.
 *
 * @param sigma σ, the standard deviation of each coordinate's noise: finite and ≥ 0; 0 means no noise
 * @param seed  the generator's seed
 */
public record GradientNoise(double sigma, long seed) {

    public static final long DEFAULT_SEED = 1;
    /** Exact gradients: a run with it is bit for bit the run without noise. */
    public static final GradientNoise NONE = new GradientNoise(0, DEFAULT_SEED);

    public GradientNoise {
        Checks.nonNegative("sigma", sigma);
        sigma = sigma == 0 ? 0 : sigma; // −0 means off as well
    }

    public boolean isOn() {
        return sigma > 0;
    }

    /**
     * A fresh stream of this noise for one run: the t-th call returns the t-th gradient with its noise added.
     * With σ = 0 it returns every gradient unchanged (the very same object) and draws nothing.
     */
    public UnaryOperator<Vec2> stream() {
        if (!isOn()) {
            return UnaryOperator.identity();
        }
        Random random = new Random(seed);
        return g -> {
            double nx = random.nextGaussian();
            double ny = random.nextGaussian();
            return new Vec2(g.x() + sigma * nx, g.y() + sigma * ny);
        };
    }
}
