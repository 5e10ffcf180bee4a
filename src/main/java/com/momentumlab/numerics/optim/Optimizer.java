package com.momentumlab.numerics.optim;

import com.momentumlab.numerics.Vec2;

/**
 * A gradient-based optimizer: hyperparameters only, immutable. {@link #start(Vec2)} gives the state at
 * θ₀ and each {@link State#step(Vec2)} returns the next state from a gradient, leaving the old state as
 * it was, so a run is a list of values that can be shown, compared and replayed.
 *
 * <p>{@link Trajectory#run} drives the loop: g = ∇L(state.gradientPoint()), state = state.step(g).
 */
public interface Optimizer {

    /** Stable identifier used in URLs and translation keys ({@code optimizer.<key>}). */
    String key();

    /** The state before the first step: θ = θ₀, every buffer and the last move zero. */
    State start(Vec2 theta0);

    /**
     * One immutable optimizer state, θₜ together with whatever the optimizer remembers, and how the
     * last step moved: θₜ = θₜ₋₁ + velocity(), one IEEE addition per coordinate.
     */
    interface State {

        /** The parameters θₜ. */
        Vec2 theta();

        /**
         * The vector the last step added to θ, so θₜ = θₜ₋₁ + velocity() exactly. For the momentum
         * forms of the lesson ({@code momentum}, {@code nesterov}) this is the optimizer's own vₜ; for
         * the others it is the displacement the update applied (−α·buffer for the PyTorch and damped
         * forms, the adaptive step for AdaGrad, RMSProp and Adam). Zero at the start.
         */
        Vec2 velocity();

        /**
         * The part of the last step carried over from earlier gradients ("momentum carry"): βvₜ₋₁ for
         * the lesson's momentum. Zero for optimizers without memory of past directions. Each optimizer
         * documents its meaning; in exact arithmetic carry() + gradientStep() = velocity().
         */
        Vec2 carry();

        /** The part of the last step caused by this step's gradient ("gradient step"): −αgₜ for momentum. */
        Vec2 gradientStep();

        /** Where the next gradient is evaluated: θ itself, except for look-ahead methods like Nesterov. */
        default Vec2 gradientPoint() {
            return theta();
        }

        /** The next state, given the gradient ∇L at {@link #gradientPoint()}. */
        State step(Vec2 gradient);
    }
}
