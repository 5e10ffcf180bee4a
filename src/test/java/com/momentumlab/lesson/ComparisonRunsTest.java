package com.momentumlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.testsupport.ClassicByHand;
import com.momentumlab.numerics.optim.Step;
import com.momentumlab.numerics.optim.Trajectory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lesson's comparison runs, each checked against the same update written out by hand here. */
class ComparisonRunsTest {

    private static List<Vec2> points(Trajectory run) {
        return run.steps().stream().map(Step::theta).toList();
    }

    @Test
    void plainGradientDescentAndMomentumAreTheClassicExample() {
        ClassicByHand byHand = ClassicByHand.after30Steps(); // independently of the numerics package
        assertThat(ComparisonRuns.SGD.steps()).hasSize(31);
        assertThat(ComparisonRuns.SGD.last().theta()).isEqualTo(new Vec2(byHand.gdX(), byHand.gdY()));
        assertThat(ComparisonRuns.MOMENTUM.last().theta())
                .isEqualTo(new Vec2(byHand.momentumX(), byHand.momentumY()));
        assertThat(ComparisonRuns.SGD.steps().get(0).theta()).isEqualTo(new Vec2(-7, 2));
    }

    @Test
    void pytorchsFormIsOurPathUpToRoundingAndTheDampedFormIsAnotherPath() {
        // PyTorch: b ← βb + g, θ ← θ − αb; damped: b ← βb + (1 − β)g, θ ← θ − αb
        double px = -7, py = 2, bx = 0, by = 0;
        double dx = -7, dy = 2, cx = 0, cy = 0;
        double pytorchFromOurs = 0, dampedFromOurs = 0;
        List<Vec2> ours = points(ComparisonRuns.MOMENTUM);
        for (int t = 1; t <= 30; t++) {
            bx = 0.9 * bx + px / 10;
            by = 0.9 * by + 2 * py;
            px = px - 0.1 * bx;
            py = py - 0.1 * by;
            cx = 0.9 * cx + (1 - 0.9) * (dx / 10);
            cy = 0.9 * cy + (1 - 0.9) * (2 * dy);
            dx = dx - 0.1 * cx;
            dy = dy - 0.1 * cy;
            pytorchFromOurs = Math.max(pytorchFromOurs, Math.hypot(px - ours.get(t).x(), py - ours.get(t).y()));
            dampedFromOurs = Math.max(dampedFromOurs, Math.hypot(dx - ours.get(t).x(), dy - ours.get(t).y()));
        }
        assertThat(ComparisonRuns.PYTORCH.last().theta()).isEqualTo(new Vec2(px, py));
        assertThat(ComparisonRuns.DAMPED.last().theta()).isEqualTo(new Vec2(dx, dy));

        assertThat(ComparisonRuns.maxDistance(ComparisonRuns.PYTORCH, ComparisonRuns.MOMENTUM)).isEqualTo(pytorchFromOurs)
                .isLessThanOrEqualTo(1e-15);
        assertThat(ComparisonRuns.samePath(ComparisonRuns.PYTORCH, ComparisonRuns.MOMENTUM)).isTrue();
        assertThat(ComparisonRuns.maxDistance(ComparisonRuns.DAMPED, ComparisonRuns.MOMENTUM)).isEqualTo(dampedFromOurs)
                .isGreaterThan(1);
        assertThat(ComparisonRuns.samePath(ComparisonRuns.DAMPED, ComparisonRuns.MOMENTUM)).isFalse();
    }

    @Test
    void theDampedFormWithAlphaOverOneMinusBetaIsOurPathAgain() {
        assertThat(ComparisonRuns.DAMPED_COMPENSATED_ALPHA).isEqualTo(0.1 / (1 - 0.9)).isEqualTo(1.0000000000000002);
        assertThat(ComparisonRuns.maxDistance(ComparisonRuns.DAMPED_COMPENSATED, ComparisonRuns.MOMENTUM))
                .isLessThanOrEqualTo(1e-14);
        assertThat(ComparisonRuns.samePath(ComparisonRuns.DAMPED_COMPENSATED, ComparisonRuns.MOMENTUM)).isTrue();
    }

    @Test
    void theDistanceOfARunFromItselfIsZeroAndRunsOfDifferentLengthsAreRefused() {
        assertThat(ComparisonRuns.maxDistance(ComparisonRuns.SGD, ComparisonRuns.SGD)).isZero();
        Trajectory shorter = new Trajectory(ComparisonRuns.SGD.steps().subList(0, 5), java.util.OptionalInt.empty());
        assertThatThrownBy(() -> ComparisonRuns.maxDistance(ComparisonRuns.SGD, shorter))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
