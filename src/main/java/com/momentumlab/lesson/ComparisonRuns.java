package com.momentumlab.lesson;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.optim.DampedMomentum;
import com.momentumlab.numerics.optim.Momentum;
import com.momentumlab.numerics.optim.PyTorchMomentum;
import com.momentumlab.numerics.optim.Sgd;
import com.momentumlab.numerics.optim.Trajectory;

/**
 * The fixed runs the lesson's comparison charts show: the classic example, f(x, y) = x²/20 + y² from (−7, 2),
 * {@value #STEPS} steps, α = {@value #ALPHA}, β = {@value #BETA}. Computed once; every value is immutable.
 *
 * <ul>
 *   <li>section 2: plain gradient descent (SGD, α) and Momentum (α, β);</li>
 *   <li>section 5: Momentum in our form, in PyTorch's form and in the damped form, all with the same α and β,
 *       and the damped form once more with α/(1 − β), the learning rate that makes it our method again.</li>
 * </ul>
 */
public final class ComparisonRuns {

    public static final double ALPHA = 0.1;
    public static final double BETA = 0.9;
    public static final int STEPS = 30;
    public static final Vec2 START = new Vec2(-7, 2);

    /** The valley of the classic example. */
    public static final Objective VALLEY = Catalogue.byKey("valley").orElseThrow();

    /** α/(1 − β) in doubles: 0.1/(1 − 0.9) = 1.0000000000000002, not exactly 1. */
    public static final double DAMPED_COMPENSATED_ALPHA = ALPHA / (1 - BETA);

    public static final Trajectory SGD = run(new Sgd(ALPHA));
    public static final Trajectory MOMENTUM = run(new Momentum(ALPHA, BETA));
    public static final Trajectory PYTORCH = run(new PyTorchMomentum(ALPHA, BETA));
    public static final Trajectory DAMPED = run(new DampedMomentum(ALPHA, BETA));
    public static final Trajectory DAMPED_COMPENSATED = run(new DampedMomentum(DAMPED_COMPENSATED_ALPHA, BETA));

    /**
     * Two runs closer than this at every step are the same path, apart from rounding: 30 steps of rounding
     * noise on numbers of size 10 stay around 10⁻¹⁵, while a different method differs in the first digits.
     */
    public static final double SAME_PATH_TOLERANCE = 1e-12;

    private ComparisonRuns() {}

    /** True if the two runs never differ by more than {@link #SAME_PATH_TOLERANCE}. */
    public static boolean samePath(Trajectory a, Trajectory b) {
        return maxDistance(a, b) <= SAME_PATH_TOLERANCE;
    }

    private static Trajectory run(com.momentumlab.numerics.optim.Optimizer optimizer) {
        return Trajectory.run(optimizer, VALLEY, START, STEPS);
    }

    /**
     * The largest Euclidean distance ‖θₜ − θ'ₜ‖ between two runs at the same step t, over all their steps.
     *
     * @throws IllegalArgumentException if the runs do not have the same number of steps
     */
    public static double maxDistance(Trajectory a, Trajectory b) {
        if (a.steps().size() != b.steps().size()) {
            throw new IllegalArgumentException("runs of different lengths: " + a.steps().size() + ", " + b.steps().size());
        }
        double max = 0;
        for (int t = 0; t < a.steps().size(); t++) {
            max = Math.max(max, a.steps().get(t).theta().minus(b.steps().get(t).theta()).norm());
        }
        return max;
    }
}
