package com.momentumlab.numerics.optim;

import com.momentumlab.numerics.Vec2;

/**
 * One row of the iterate table: where the optimizer is after t steps and how it got there.
 *
 * <p>For t ≥ 1:
 * <ul>
 *   <li>{@code theta} = θₜ;</li>
 *   <li>{@code velocity} = what step t added to θ, θₜ = θₜ₋₁ + velocity (one IEEE addition per
 *       coordinate): the optimizer's vₜ for momentum and Nesterov, the displacement applied for the
 *       others (see {@link Optimizer.State#velocity()});</li>
 *   <li>{@code gradient} = the gradient that produced this step: ∇L(θₜ₋₁), for Nesterov
 *       ∇L(θₜ₋₁ + βvₜ₋₁) at the look-ahead point;</li>
 *   <li>{@code value} = L(θₜ);</li>
 *   <li>{@code carry} ("momentum carry", βvₜ₋₁ for momentum) and {@code gradientStep} ("gradient step",
 *       −αgₜ for momentum): the two arrows that add up to the velocity, in the meaning each optimizer
 *       documents (carry is zero for SGD, AdaGrad and RMSProp).</li>
 * </ul>
 * Step 0 is the start θ₀ with value L(θ₀); nothing has moved it yet, so its velocity, gradient, carry
 * and gradient step are all zero (the first gradient, ∇L(θ₀), belongs to step 1). Every number in a
 * step is finite: {@link Trajectory} does not record a step that is not.
 */
public record Step(int t, Vec2 theta, Vec2 velocity, Vec2 gradient, double value, Vec2 carry, Vec2 gradientStep) {

    /** True if every number of this step is finite. */
    public boolean isFinite() {
        return theta.isFinite()
                && velocity.isFinite()
                && gradient.isFinite()
                && Double.isFinite(value)
                && carry.isFinite()
                && gradientStep.isFinite();
    }
}
