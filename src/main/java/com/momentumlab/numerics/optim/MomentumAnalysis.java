package com.momentumlab.numerics.optim;

import com.momentumlab.numerics.function.AxisCurvatures;
import com.momentumlab.numerics.function.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When does momentum converge on a quadratic, and how fast?
 *
 * <p>On an axis with curvature λ, the error e = θ − θ* of {@link Momentum} obeys
 * eₜ₊₁ = (1 + β − αλ)eₜ − βeₜ₋₁, whose characteristic polynomial is
 *
 * <pre>
 *   σ² − (1 + β − αλ)σ + β = 0.
 * </pre>
 *
 * The error shrinks by the largest root magnitude per step (the rate). It converges iff both roots lie
 * inside the unit circle, which for β ≥ 0 works out to <b>β &lt; 1 and 0 &lt; αλ &lt; 2 + 2β</b>. Right on
 * αλ = 2 + 2β the roots are −1 and −β: with β &lt; 1 the path stays bounded but never settles (rate exactly 1);
 * it does not converge, and it does not diverge either. Beyond it, it diverges.
 *
 * <p>The discriminant is (1 + β − αλ)² − 4β = (αλ − (1 − √β)²)(αλ − (1 + √β)²), so the path takes one of
 * three shapes ({@link AxisAnalysis.Regime}):
 * <ul>
 *   <li>αλ ≤ (1 − √β)²: two real positive roots, the error creeps in without changing sign (monotone);</li>
 *   <li>(1 − √β)² &lt; αλ &lt; (1 + √β)²: complex roots, the error spirals in; their product is β, so the rate
 *       is exactly √β, whatever α is (for 0 ≤ β &lt; 1 this is the same as β &gt; (1 − √(αλ))²);</li>
 *   <li>αλ ≥ (1 + √β)²: two real negative roots, the error flips sign at every step.</li>
 * </ul>
 * With β = 0 this is gradient descent: one root 1 − αλ, monotone for αλ ≤ 1, sign-flipping above, convergent
 * iff 0 &lt; αλ &lt; 2.
 *
 * <p>β must be finite and ≥ 0, as {@link Momentum} requires; β ≥ 1 is analysed (it never converges) and its
 * rate is the true largest root magnitude.
 */
public final class MomentumAnalysis {

    /** How many units in the last place of 2 + 2β still count as on the step limit: decimal input rounds. */
    static final int LIMIT_ULPS = 4;

    private MomentumAnalysis() {}

    /**
     * One axis with curvature {@code lambda} under momentum (α = {@code alpha}, β = {@code beta}).
     *
     * @throws IllegalArgumentException if β is negative or not finite
     */
    public static AxisAnalysis axis(double alpha, double beta, double lambda) {
        if (!(Double.isFinite(beta) && beta >= 0)) {
            throw new IllegalArgumentException("beta must be finite and >= 0: " + beta);
        }
        double alphaLambda = alpha * lambda;
        boolean onLimit = onStepLimit(alphaLambda, beta);
        List<StabilityBound> broken = new ArrayList<>();
        if (!(beta < 1)) {
            broken.add(StabilityBound.MOMENTUM_BELOW_ONE);
        }
        if (!(alphaLambda > 0)) {
            broken.add(StabilityBound.STEP_POSITIVE);
        }
        if (!(alphaLambda < 2 + 2 * beta) || onLimit) {
            broken.add(StabilityBound.STEP_BELOW_LIMIT);
        }
        double rootBeta = Math.sqrt(beta);
        double lower = (1 - rootBeta) * (1 - rootBeta);
        double upper = (1 + rootBeta) * (1 + rootBeta);
        boolean spirals = lower < alphaLambda && alphaLambda < upper;
        double rate;
        if (onLimit) {
            rate = Math.max(1, beta); // roots −1 and −β
        } else if (spirals) {
            rate = rootBeta;
        } else {
            double b = 1 + beta - alphaLambda;
            double discriminant = Math.max(0, b * b - 4 * beta); // can round below 0 right at the boundary
            rate = (Math.abs(b) + Math.sqrt(discriminant)) / 2;
        }
        return new AxisAnalysis(alpha, beta, lambda, broken.isEmpty(), spirals, rate, broken);
    }

    /**
     * True iff αλ equals 2 + 2β up to {@value #LIMIT_ULPS} units in the last place: a learner who types
     * α = (2 + 2β)/λ, such as α = 1.9 with β = 0.9 on the valley's y axis (λ = 2), is on the limit even if
     * rounding puts the doubles a hair apart.
     */
    public static boolean onStepLimit(double alphaLambda, double beta) {
        double limit = 2 + 2 * beta;
        return Math.abs(alphaLambda - limit) <= LIMIT_ULPS * Math.ulp(limit);
    }

    /** Both axes of {@code f}, if it is an axis-aligned quadratic ({@link Objective#axisCurvatures()}). */
    public static Optional<QuadraticAnalysis> of(Objective f, double alpha, double beta) {
        return f.axisCurvatures().map(c -> of(c, alpha, beta));
    }

    public static QuadraticAnalysis of(AxisCurvatures c, double alpha, double beta) {
        return new QuadraticAnalysis(axis(alpha, beta, c.lambdaX()), axis(alpha, beta, c.lambdaY()));
    }

    /**
     * The learning rate at which an axis with curvature λ stops converging, (2 + 2β)/λ: stable for every
     * α below it (for 0 ≤ β &lt; 1 and λ &gt; 0). On the valley with β = 0.9: 3.8 / 2 = 1.9, set by the y axis.
     */
    public static double largestStableLearningRate(double beta, double lambda) {
        return (2 + 2 * beta) / lambda;
    }
}
