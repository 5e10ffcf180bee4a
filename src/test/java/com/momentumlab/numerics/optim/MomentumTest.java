package com.momentumlab.numerics.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Valley;
import org.junit.jupiter.api.Test;

/** The lesson's example: f = x²/20 + y² from (−7, 2), α = 0.1, β = 0.9, v ← βv − α∇f(θ), θ ← θ + v. */
class MomentumTest {

    private static final double ALPHA = 0.1;
    private static final double BETA = 0.9;

    private final Valley valley = new Valley();
    private final Vec2 start = new Vec2(-7, 2);

    @Test
    void stepOneGoesToMinus6point93And1point6() {
        // ∇f(−7, 2) = (−7/10, 2·2) = (−0.7, 4)
        // v₁ = 0.9·0 − 0.1·(−0.7) = 0.07      θ₁ = −7 + 0.07 = −6.93
        // v₁ = 0.9·0 − 0.1·4     = −0.4      θ₁ = 2 − 0.4   = 1.6
        double vx = BETA * 0.0 - ALPHA * (-7.0 / 10);
        double vy = BETA * 0.0 - ALPHA * (2 * 2.0);
        double x = -7.0 + vx;
        double y = 2.0 + vy;

        Step one = Trajectory.run(new Momentum(ALPHA, BETA), valley, start, 1).last();

        assertThat(one.t()).isEqualTo(1);
        assertThat(one.theta()).isEqualTo(new Vec2(x, y));
        assertThat(one.velocity()).isEqualTo(new Vec2(vx, vy));
        // Both coordinates print as the decimals worked out by hand (0.1·0.7 rounds to
        // 0.06999999999999999, but −7 + that rounds back to the double nearest −6.93).
        assertThat(Double.toString(one.theta().x())).isEqualTo("-6.93");
        assertThat(Double.toString(one.theta().y())).isEqualTo("1.6");
        assertThat(one.value()).isEqualTo(x * x / 20 + y * y);
    }

    @Test
    void stepTwoGoesToMinus6point7977AndJustBelow0point92() {
        double vx1 = BETA * 0.0 - ALPHA * (-7.0 / 10);
        double vy1 = BETA * 0.0 - ALPHA * (2 * 2.0);
        double x1 = -7.0 + vx1;
        double y1 = 2.0 + vy1;
        // ∇f(−6.93, 1.6) = (−0.693, 3.2)
        // v₂ = 0.9·0.07 − 0.1·(−0.693) = 0.063 + 0.0693 = 0.1323    θ₂ = −6.93 + 0.1323 = −6.7977
        // v₂ = 0.9·(−0.4) − 0.1·3.2    = −0.36 − 0.32    = −0.68     θ₂ = 1.6 − 0.68     = 0.92
        double vx2 = BETA * vx1 - ALPHA * (x1 / 10);
        double vy2 = BETA * vy1 - ALPHA * (2 * y1);
        double x2 = x1 + vx2;
        double y2 = y1 + vy2;

        Step two = Trajectory.run(new Momentum(ALPHA, BETA), valley, start, 2).last();

        assertThat(two.theta()).isEqualTo(new Vec2(x2, y2));
        assertThat(two.velocity()).isEqualTo(new Vec2(vx2, vy2));
        assertThat(Double.toString(two.theta().x())).isEqualTo("-6.7977");
        // Not quite 0.92: v₂ rounds to −0.6800000000000002 (0.1·3.2 and 0.9·0.4 are not exact in
        // binary), and 1.6 + v₂ lands one double below 0.92.
        assertThat(two.velocity().y()).isEqualTo(-0.6800000000000002);
        assertThat(two.theta().y()).isEqualTo(Math.nextDown(0.92));
        assertThat(Double.toString(two.theta().y())).isEqualTo("0.9199999999999999");
    }

    @Test
    void thirtyStepsMatchAPlainLoopBitForBit() {
        double[] xs = new double[31];
        double[] ys = new double[31];
        double x = -7;
        double y = 2;
        double vx = 0;
        double vy = 0;
        xs[0] = x;
        ys[0] = y;
        for (int t = 1; t <= 30; t++) {
            double gx = x / 10;
            double gy = 2 * y;
            vx = BETA * vx - ALPHA * gx;
            vy = BETA * vy - ALPHA * gy;
            x = x + vx;
            y = y + vy;
            xs[t] = x;
            ys[t] = y;
        }

        Trajectory path = Trajectory.run(new Momentum(ALPHA, BETA), valley, start, 30);

        assertThat(path.diverged()).isFalse();
        assertThat(path.steps()).hasSize(31);
        for (int t = 0; t <= 30; t++) {
            assertThat(path.steps().get(t).theta()).as("θ at step %d", t).isEqualTo(new Vec2(xs[t], ys[t]));
        }
    }

    @Test
    void theTwoArrowsMomentumCarryAndGradientStepAddUpToTheVelocity() {
        Trajectory path = Trajectory.run(new Momentum(ALPHA, BETA), valley, start, 30);
        for (int t = 1; t <= 30; t++) {
            Step previous = path.steps().get(t - 1);
            Step step = path.steps().get(t);
            assertThat(step.carry()).isEqualTo(previous.velocity().times(BETA));
            assertThat(step.gradientStep()).isEqualTo(step.gradient().times(-ALPHA));
            assertThat(step.carry().plus(step.gradientStep())).isEqualTo(step.velocity());
        }
    }

    @Test
    void withBetaZeroItIsPlainGradientDescentStepForStep() {
        Trajectory momentum = Trajectory.run(new Momentum(0.3, 0), valley, start, 100);
        Trajectory sgd = Trajectory.run(new Sgd(0.3), valley, start, 100);
        assertThat(momentum.steps()).extracting(Step::theta).containsExactlyElementsOf(
                sgd.steps().stream().map(Step::theta).toList());
        assertThat(momentum.steps()).extracting(Step::velocity).containsExactlyElementsOf(
                sgd.steps().stream().map(Step::velocity).toList());
    }

    @Test
    void refusesALearningRateOrMomentumThatIsNotANumberOrNegative() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Momentum(Double.NaN, 0.9));
        assertThatIllegalArgumentException().isThrownBy(() -> new Momentum(0, 0.9));
        assertThatIllegalArgumentException().isThrownBy(() -> new Momentum(-0.1, 0.9));
        assertThatIllegalArgumentException().isThrownBy(() -> new Momentum(Double.POSITIVE_INFINITY, 0.9));
        assertThatIllegalArgumentException().isThrownBy(() -> new Momentum(0.1, -0.1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Momentum(0.1, Double.NaN));
        assertThat(new Momentum(0.1, 1.0).beta()).as("β = 1 may be tried: it never settles").isEqualTo(1.0);
    }
}
