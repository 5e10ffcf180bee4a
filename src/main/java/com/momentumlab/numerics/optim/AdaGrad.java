package com.momentumlab.numerics.optim;

import com.momentumlab.numerics.Vec2;

/**
 * AdaGrad (Duchi et al. 2011): each coordinate's step is divided by the root of the sum of all its
 * squared gradients so far, so steep directions slow down and the step shrinks over time.
 *
 * <pre>
 *   h ← h + g ⊙ g
 *   θ ← θ − α g / (√h + ε)          h₀ = 0
 * </pre>
 *
 * computed per coordinate as {@code x = x - learningRate * gx / (Math.sqrt(hx) + epsilon)}.
 * ε = 1e-7, added to √h, as in "ゼロから作る Deep Learning" (common/optimizer.py) which E資格 learners
 * study; it only keeps 0/0 away and matters only while h is tiny (PyTorch uses 1e-10). Usual α: 0.01;
 * the lesson's comparison figure uses α = 1.5 on the valley. The first step moves every coordinate
 * by almost exactly α, whatever the gradient's size.
 *
 * <p>No momentum: carry = 0, gradient step = velocity = −αg/(√h + ε), the step applied.
 *
 * @param learningRate α, finite and &gt; 0
 * @param epsilon      ε, finite and &gt; 0
 */
public record AdaGrad(double learningRate, double epsilon) implements Optimizer {

    public static final double DEFAULT_EPSILON = 1e-7;

    public AdaGrad {
        Checks.learningRate(learningRate);
        Checks.epsilon(epsilon);
    }

    /** AdaGrad with ε = {@value #DEFAULT_EPSILON}. */
    public AdaGrad(double learningRate) {
        this(learningRate, DEFAULT_EPSILON);
    }

    @Override
    public String key() {
        return "adagrad";
    }

    @Override
    public Optimizer.State start(Vec2 theta0) {
        return new State(this, theta0, Vec2.ZERO, Vec2.ZERO);
    }

    private record State(AdaGrad a, Vec2 theta, Vec2 sumOfSquares, Vec2 velocity) implements Optimizer.State {

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
            double hx = sumOfSquares.x() + g.x() * g.x();
            double hy = sumOfSquares.y() + g.y() * g.y();
            double dx = a.learningRate * g.x() / (Math.sqrt(hx) + a.epsilon);
            double dy = a.learningRate * g.y() / (Math.sqrt(hy) + a.epsilon);
            return new State(a, new Vec2(theta.x() - dx, theta.y() - dy), new Vec2(hx, hy), new Vec2(-dx, -dy));
        }
    }
}
