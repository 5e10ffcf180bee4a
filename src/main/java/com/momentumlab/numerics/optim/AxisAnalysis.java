package com.momentumlab.numerics.optim;

import java.util.List;

/**
 * How momentum (α, β) behaves along one axis of a quadratic with curvature λ. See {@link MomentumAnalysis}.
 *
 * @param alpha     the learning rate α
 * @param beta      the momentum β, finite and ≥ 0
 * @param lambda    the curvature λ (the Hessian's eigenvalue on this axis)
 * @param converges true iff β &lt; 1 and 0 &lt; αλ &lt; 2 + 2β, with αλ not within rounding of 2 + 2β
 *                  ({@link #onStepLimit()})
 * @param spirals   true iff the roots of σ² − (1 + β − αλ)σ + β = 0 are complex, that is iff
 *                  (1 − √β)² &lt; αλ &lt; (1 + √β)²: the error spirals around the minimum (overshoots, comes
 *                  back, overshoots less …); see {@link #regime()}
 * @param rate      the factor the error shrinks by per step in the long run: the largest |σ|; √β when the
 *                  roots are complex; exactly 1 on the step limit; ≥ 1 means it does not converge
 * @param broken    the conditions that fail, empty when it converges
 */
public record AxisAnalysis(
        double alpha, double beta, double lambda, boolean converges, boolean spirals, double rate,
        List<StabilityBound> broken) {

    /** The three shapes a path takes along one axis, decided by the roots of σ² − (1 + β − αλ)σ + β = 0. */
    public enum Regime {
        /**
         * Real roots, the larger one positive: αλ ≤ (1 − √β)² (or αλ ≤ 1 when β = 0). From rest the error keeps
         * its sign and shrinks step by step, like a strongly damped (overdamped) spring.
         */
        MONOTONE,
        /** Complex roots, (1 − √β)² &lt; αλ &lt; (1 + √β)²: the error spirals in, crossing the minimum now and then. */
        SPIRALLING,
        /**
         * Real roots, the larger in size negative: αλ ≥ (1 + √β)² (αλ &gt; 1 when β = 0). The error changes sign
         * at every step, as plain gradient descent does for 1 &lt; αλ &lt; 2.
         */
        SIGN_FLIPPING
    }

    public AxisAnalysis {
        broken = List.copyOf(broken);
    }

    /** αλ, the step size measured in units of this axis' curvature. */
    public double alphaLambda() {
        return alpha * lambda;
    }

    /** The shape of the path along this axis (whether it converges or not is {@link #converges()}). */
    public Regime regime() {
        if (spirals) {
            return Regime.SPIRALLING;
        }
        return alphaLambda() > 1 + beta ? Regime.SIGN_FLIPPING : Regime.MONOTONE;
    }

    /**
     * True iff αλ = 2 + 2β up to rounding ({@link MomentumAnalysis#onStepLimit}): the roots are −1 and −β, so
     * for β &lt; 1 the path neither converges nor diverges; it keeps swinging from side to side with a size
     * that never shrinks.
     */
    public boolean onStepLimit() {
        return MomentumAnalysis.onStepLimit(alphaLambda(), beta);
    }
}
