package com.momentumlab.numerics.optim;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Valley;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three ways momentum is written: the lesson's v ← βv − αg, θ ← θ + v; PyTorch's b ← βb + g,
 * θ ← θ − αb; and the damped b ← βb + (1 − β)g, θ ← θ − αb.
 */
class MomentumFormsTest {

    private final Valley valley = new Valley();
    private final Vec2 start = new Vec2(-7, 2);

    private List<Vec2> path(Optimizer optimizer, int steps) {
        return Trajectory.run(optimizer, valley, start, steps).steps().stream().map(Step::theta).toList();
    }

    private static double largestGap(List<Vec2> a, List<Vec2> b) {
        assertThat(a).hasSameSizeAs(b);
        double gap = 0;
        for (int t = 0; t < a.size(); t++) {
            gap = Math.max(gap, Math.max(Math.abs(a.get(t).x() - b.get(t).x()), Math.abs(a.get(t).y() - b.get(t).y())));
        }
        return gap;
    }

    @Test
    void thePyTorchFormFollowsTheSamePathUpToRoundingNotBitForBit() {
        // In exact arithmetic the lesson's v is −α times PyTorch's b, so the paths are the same. In doubles
        // the products are rounded at different places (β·v − α·g versus α·(β·b + g)), so after a few
        // steps the two differ in the last bits: within 4 ulps of the start's x (4·2⁻⁵⁰ ≈ 3.6e-15).
        List<Vec2> ours = path(new Momentum(0.1, 0.9), 30);
        List<Vec2> pytorch = path(new PyTorchMomentum(0.1, 0.9), 30);

        assertThat(largestGap(ours, pytorch)).isLessThanOrEqualTo(4 * Math.ulp(7.0));
        assertThat(pytorch).as("not bit for bit").isNotEqualTo(ours);
        assertThat(pytorch.subList(0, 3)).as("the first steps still agree exactly").isEqualTo(ours.subList(0, 3));
    }

    @Test
    void theDampedFormWithTheSameAlphaIsADifferentPath() {
        List<Vec2> ours = path(new Momentum(0.1, 0.9), 30);
        List<Vec2> damped = path(new DampedMomentum(0.1, 0.9), 30);
        // Its steps are 1 − β = a tenth as long at first, so after 30 steps it is far behind.
        assertThat(largestGap(ours, damped)).isGreaterThan(1);
        assertThat(valley.value(damped.get(30))).isGreaterThan(10 * valley.value(ours.get(30)));
    }

    @Test
    void theDampedFormWithAlphaOverOneMinusBetaIsTheLessonsPathAgain() {
        // b_damped = (1 − β)·b_pytorch, so α/(1 − β) = 0.1/0.1 ≈ 1 undoes the factor.
        List<Vec2> ours = path(new Momentum(0.1, 0.9), 30);
        List<Vec2> damped = path(new DampedMomentum(0.1 / (1 - 0.9), 0.9), 30);
        assertThat(largestGap(ours, damped)).isLessThanOrEqualTo(4 * Math.ulp(7.0));
    }
}
