package com.momentumlab.numerics.optim;

import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.optim.QuadraticAnalysis.Axis;
import java.util.Comparator;
import java.util.Optional;

/**
 * Why momentum does not converge on a quadratic: the one broken bound worth telling the learner, with the
 * numbers that show it broke, for a message like "on the y axis αλ = 20 ≥ 2 + 2β = 3.8". A broken bound does
 * not always mean divergence: right on αλ = 2 + 2β ({@link #onStepLimit()}) the path stays bounded and
 * swings forever, and with αλ = 0 it does not move along that axis at all.
 *
 * <p>Of the broken bounds ({@link QuadraticAnalysis#brokenBounds()}) it names the one on the axis with the
 * larger rate: that axis' error grows fastest, so it is the one that blows up first (unless the start
 * lies exactly on the minimum along it). On a tie the x axis is named.
 *
 * @param axis        the axis on which the bound broke
 * @param bound       the broken condition
 * @param alphaLambda αλ on that axis
 * @param beta        the momentum β (the limit of αλ is 2 + 2β)
 */
public record DivergenceCause(Axis axis, StabilityBound bound, double alphaLambda, double beta) {

    /** The limit αλ must stay below: 2 + 2β. */
    public double limit() {
        return 2 + 2 * beta;
    }

    /**
     * True iff the broken bound is αλ &lt; 2 + 2β and αλ sits exactly on the limit (up to rounding,
     * {@link MomentumAnalysis#onStepLimit}): the path does not converge, but it does not diverge either.
     */
    public boolean onStepLimit() {
        return bound == StabilityBound.STEP_BELOW_LIMIT && MomentumAnalysis.onStepLimit(alphaLambda, beta);
    }

    /** The cause for momentum (α, β) on {@code f}, or empty if {@code f} is not a quadratic or it converges. */
    public static Optional<DivergenceCause> of(Objective f, double alpha, double beta) {
        return MomentumAnalysis.of(f, alpha, beta).flatMap(DivergenceCause::of);
    }

    /** The cause for an analysed quadratic, or empty if it converges. */
    public static Optional<DivergenceCause> of(QuadraticAnalysis analysis) {
        return analysis.brokenBounds().stream()
                .max(Comparator.comparingDouble(b -> axis(analysis, b.axis()).rate())) // first of equals: x
                .map(b -> {
                    AxisAnalysis broken = axis(analysis, b.axis());
                    return new DivergenceCause(b.axis(), b.bound(), broken.alphaLambda(), broken.beta());
                });
    }

    private static AxisAnalysis axis(QuadraticAnalysis analysis, Axis axis) {
        return axis == Axis.X ? analysis.x() : analysis.y();
    }
}
