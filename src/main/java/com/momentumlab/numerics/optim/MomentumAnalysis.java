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
 * inside the unit circle, which for the momenta the lesson uses (β ≥ 0) works out to
 * <b>0 ≤ β &lt; 1 and 0 &lt; αλ &lt; 2 + 2β</b>. The roots are
 * complex, and the error spirals (oscillates) around the minimum, iff the discriminant
 * (1 + β − αλ)² − 4β is negative, that is iff <b>β &gt; (1 − √(αλ))²</b>; their product is β, so the
 * rate is then exactly √β, whatever α is. With β = 0 this is gradient descent: one root 1 − αλ, so it
 * converges iff 0 &lt; αλ &lt; 2.
 */
public final class MomentumAnalysis {

    private MomentumAnalysis() {}

    /** One axis with curvature {@code lambda} under momentum (α = {@code alpha}, β = {@code beta}). */
    public static AxisAnalysis axis(double alpha, double beta, double lambda) {
        double alphaLambda = alpha * lambda;
        List<StabilityBound> broken = new ArrayList<>();
        if (!(beta >= 0 && beta < 1)) {
            broken.add(StabilityBound.MOMENTUM_BELOW_ONE);
        }
        if (!(alphaLambda > 0)) {
            broken.add(StabilityBound.STEP_POSITIVE);
        }
        if (!(alphaLambda < 2 + 2 * beta)) {
            broken.add(StabilityBound.STEP_BELOW_LIMIT);
        }
        double root = 1 - Math.sqrt(alphaLambda); // NaN for αλ < 0, where the roots are real
        boolean oscillates = alphaLambda >= 0 && beta > root * root;
        double rate;
        if (oscillates) {
            rate = Math.sqrt(beta);
        } else {
            double b = 1 + beta - alphaLambda;
            double discriminant = Math.max(0, b * b - 4 * beta); // can round below 0 right at the boundary
            rate = (Math.abs(b) + Math.sqrt(discriminant)) / 2;
        }
        return new AxisAnalysis(alpha, beta, lambda, broken.isEmpty(), oscillates, rate, broken);
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
