package com.momentumlab.numerics.optim;

import java.util.List;

/**
 * How momentum (α, β) behaves along one axis of a quadratic with curvature λ. See {@link MomentumAnalysis}.
 *
 * @param alpha       the learning rate α
 * @param beta        the momentum β
 * @param lambda      the curvature λ (the Hessian's eigenvalue on this axis)
 * @param converges   true iff 0 ≤ β &lt; 1 and 0 &lt; αλ &lt; 2 + 2β
 * @param oscillates  true iff β &gt; (1 − √(αλ))²: complex roots, the error spirals around the minimum
 *                    (overshoots, comes back, overshoots less …)
 * @param rate        the factor the error shrinks by per step in the long run: the largest |σ| of
 *                    σ² − (1 + β − αλ)σ + β = 0; √β when the roots are complex; ≥ 1 means it does not converge
 * @param broken      the conditions that fail, empty when it converges
 */
public record AxisAnalysis(
        double alpha, double beta, double lambda, boolean converges, boolean oscillates, double rate,
        List<StabilityBound> broken) {

    public AxisAnalysis {
        broken = List.copyOf(broken);
    }

    /** αλ, the step size measured in units of this axis' curvature. */
    public double alphaLambda() {
        return alpha * lambda;
    }
}
