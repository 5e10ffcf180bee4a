package com.momentumlab.numerics.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Valley;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first steps of every optimizer on the valley f = x²/20 + y² from (−7, 2), ∇f = (x/10, 2y), with
 * the arithmetic written out here (so the result is checked bit for bit) and the decimals worked out by
 * hand next to it. Learning rates as in the lesson's comparison figure where it has one.
 */
class FirstStepsOnTheValleyTest {

    private final Valley valley = new Valley();
    private final Vec2 start = new Vec2(-7, 2);

    private List<Step> firstThreeSteps(Optimizer optimizer) {
        Trajectory path = Trajectory.run(optimizer, valley, start, 3);
        assertThat(path.diverged()).isFalse();
        return path.steps();
    }

    private static void assertNear(Vec2 actual, double x, double y, double tolerance) {
        assertThat(actual.x()).isCloseTo(x, within(tolerance));
        assertThat(actual.y()).isCloseTo(y, within(tolerance));
    }

    @Test
    void sgdWithAlpha095ZigZagsAcrossTheValley() {
        double a = 0.95;
        double x1 = -7.0 - a * (-7.0 / 10);
        double y1 = 2.0 - a * (2 * 2.0);
        double x2 = x1 - a * (x1 / 10);
        double y2 = y1 - a * (2 * y1);
        double x3 = x2 - a * (x2 / 10);
        double y3 = y2 - a * (2 * y2);

        List<Step> steps = firstThreeSteps(new Sgd(a));

        assertThat(steps).extracting(Step::theta).containsExactly(
                start, new Vec2(x1, y1), new Vec2(x2, y2), new Vec2(x3, y3));
        // x shrinks by 1 − 0.095 each step, y flips sign and shrinks by |1 − 1.9| = 0.9.
        assertNear(steps.get(1).theta(), -6.335, -1.8, 1e-14);
        assertNear(steps.get(2).theta(), -5.733175, 1.62, 1e-14);
        assertNear(steps.get(3).theta(), -5.188523375, -1.458, 1e-14);
    }

    @Test
    void momentumMatchesTheLessonsTable() {
        double a = 0.1;
        double b = 0.9;
        double vx1 = b * 0.0 - a * (-7.0 / 10);
        double vy1 = b * 0.0 - a * (2 * 2.0);
        double x1 = -7.0 + vx1;
        double y1 = 2.0 + vy1;
        double vx2 = b * vx1 - a * (x1 / 10);
        double vy2 = b * vy1 - a * (2 * y1);
        double x2 = x1 + vx2;
        double y2 = y1 + vy2;
        double vx3 = b * vx2 - a * (x2 / 10);
        double vy3 = b * vy2 - a * (2 * y2);
        double x3 = x2 + vx3;
        double y3 = y2 + vy3;

        List<Step> steps = firstThreeSteps(new Momentum(a, b));

        assertThat(steps).extracting(Step::theta).containsExactly(
                start, new Vec2(x1, y1), new Vec2(x2, y2), new Vec2(x3, y3));
        assertThat(steps).extracting(Step::velocity).containsExactly(
                Vec2.ZERO, new Vec2(vx1, vy1), new Vec2(vx2, vy2), new Vec2(vx3, vy3));
        assertNear(steps.get(3).theta(), -6.610653, 0.124, 1e-14);
    }

    @Test
    void nesterovLooksAheadAndBrakesEarlierThanMomentum() {
        double a = 0.1;
        double b = 0.9;
        // step 1: the look-ahead point is θ₀ itself (v₀ = 0)
        double gx1 = (-7.0 + b * 0.0) / 10;
        double gy1 = 2 * (2.0 + b * 0.0);
        double vx1 = b * 0.0 - a * gx1;
        double vy1 = b * 0.0 - a * gy1;
        double x1 = -7.0 + vx1;
        double y1 = 2.0 + vy1;
        // step 2: gradient at θ₁ + βv₁ = (−6.867, 1.24)
        double gx2 = (x1 + b * vx1) / 10;
        double gy2 = 2 * (y1 + b * vy1);
        double vx2 = b * vx1 - a * gx2;
        double vy2 = b * vy1 - a * gy2;
        double x2 = x1 + vx2;
        double y2 = y1 + vy2;
        // step 3: gradient at θ₂ + βv₂ = (−6.679827, 0.4448)
        double gx3 = (x2 + b * vx2) / 10;
        double gy3 = 2 * (y2 + b * vy2);
        double vx3 = b * vx2 - a * gx3;
        double vy3 = b * vy2 - a * gy3;
        double x3 = x2 + vx3;
        double y3 = y2 + vy3;

        List<Step> steps = firstThreeSteps(new Nesterov(a, b));

        assertThat(steps).extracting(Step::theta).containsExactly(
                start, new Vec2(x1, y1), new Vec2(x2, y2), new Vec2(x3, y3));
        assertThat(steps).extracting(Step::gradient).containsExactly(
                Vec2.ZERO, new Vec2(gx1, gy1), new Vec2(gx2, gy2), new Vec2(gx3, gy3));
        assertNear(steps.get(1).theta(), -6.93, 1.6, 1e-14);
        assertNear(steps.get(2).theta(), -6.79833, 0.992, 1e-14);
        assertNear(steps.get(3).theta(), -6.61302873, 0.35584, 1e-14);
        // Momentum is at y = 0.92 after two steps; Nesterov saw the slope ahead and is still at 0.992.
        assertThat(steps.get(2).theta().y()).isGreaterThan(0.99);
    }

    @Test
    void adaGradsFirstStepIsAlphaOnEveryAxisThenItShrinks() {
        double a = 1.5;
        double eps = 1e-7;
        double gx1 = -7.0 / 10;
        double gy1 = 2 * 2.0;
        double hx1 = 0.0 + gx1 * gx1;
        double hy1 = 0.0 + gy1 * gy1;
        double x1 = -7.0 - a * gx1 / (Math.sqrt(hx1) + eps);
        double y1 = 2.0 - a * gy1 / (Math.sqrt(hy1) + eps);
        double gx2 = x1 / 10;
        double gy2 = 2 * y1;
        double hx2 = hx1 + gx2 * gx2;
        double hy2 = hy1 + gy2 * gy2;
        double x2 = x1 - a * gx2 / (Math.sqrt(hx2) + eps);
        double y2 = y1 - a * gy2 / (Math.sqrt(hy2) + eps);
        double gx3 = x2 / 10;
        double gy3 = 2 * y2;
        double hx3 = hx2 + gx3 * gx3;
        double hy3 = hy2 + gy3 * gy3;
        double x3 = x2 - a * gx3 / (Math.sqrt(hx3) + eps);
        double y3 = y2 - a * gy3 / (Math.sqrt(hy3) + eps);

        List<Step> steps = firstThreeSteps(new AdaGrad(a));

        assertThat(steps).extracting(Step::theta).containsExactly(
                start, new Vec2(x1, y1), new Vec2(x2, y2), new Vec2(x3, y3));
        // g/√(g²) = ±1: both coordinates move by 1.5, although y's slope is 4 and x's only 0.7.
        assertNear(steps.get(1).theta(), -5.5, 0.5, 1e-6);
        // step 2: −5.5 + 1.5·0.55/√(0.49 + 0.3025), 0.5 − 1.5·1/√(16 + 1)
        assertNear(steps.get(2).theta(), -5.5 + 1.5 * 0.55 / Math.sqrt(0.7925), 0.5 - 1.5 / Math.sqrt(17), 1e-6);
    }

    @Test
    void rmsPropsFirstStepIsTenAlphaBecauseItsAverageStartsAtZero() {
        double a = 0.1;
        double rho = 0.99;
        double eps = 1e-7;
        double gx1 = -7.0 / 10;
        double gy1 = 2 * 2.0;
        double hx1 = rho * 0.0 + (1 - rho) * gx1 * gx1;
        double hy1 = rho * 0.0 + (1 - rho) * gy1 * gy1;
        double x1 = -7.0 - a * gx1 / (Math.sqrt(hx1) + eps);
        double y1 = 2.0 - a * gy1 / (Math.sqrt(hy1) + eps);
        double gx2 = x1 / 10;
        double gy2 = 2 * y1;
        double hx2 = rho * hx1 + (1 - rho) * gx2 * gx2;
        double hy2 = rho * hy1 + (1 - rho) * gy2 * gy2;
        double x2 = x1 - a * gx2 / (Math.sqrt(hx2) + eps);
        double y2 = y1 - a * gy2 / (Math.sqrt(hy2) + eps);

        List<Step> steps = Trajectory.run(new RmsProp(a), valley, start, 2).steps();

        assertThat(steps).extracting(Step::theta).containsExactly(start, new Vec2(x1, y1), new Vec2(x2, y2));
        // √(0.01·g²) = 0.1|g|, so the first step is α/0.1 = 1 on each axis.
        assertNear(steps.get(1).theta(), -6.0, 1.0, 1e-5);
        // step 2: h = 0.99·0.0049 + 0.01·0.36 = 0.008451 and 0.99·0.16 + 0.01·4 = 0.1984
        assertNear(steps.get(2).theta(), -6 + 0.1 * 0.6 / Math.sqrt(0.008451), 1 - 0.1 * 2 / Math.sqrt(0.1984), 1e-5);
    }

    @Test
    void adamsBiasCorrectionMakesTheFirstStepAlphaOnEveryAxis() {
        double a = 0.3;
        double b1 = 0.9;
        double b2 = 0.999;
        double eps = 1e-8;
        double gx1 = -7.0 / 10;
        double gy1 = 2 * 2.0;
        double mx1 = b1 * 0.0 + (1 - b1) * gx1;
        double my1 = b1 * 0.0 + (1 - b1) * gy1;
        double sx1 = b2 * 0.0 + (1 - b2) * gx1 * gx1;
        double sy1 = b2 * 0.0 + (1 - b2) * gy1 * gy1;
        double x1 = -7.0 - a * (mx1 / (1 - b1)) / (Math.sqrt(sx1 / (1 - b2)) + eps);
        double y1 = 2.0 - a * (my1 / (1 - b1)) / (Math.sqrt(sy1 / (1 - b2)) + eps);
        double gx2 = x1 / 10;
        double gy2 = 2 * y1;
        double mx2 = b1 * mx1 + (1 - b1) * gx2;
        double my2 = b1 * my1 + (1 - b1) * gy2;
        double sx2 = b2 * sx1 + (1 - b2) * gx2 * gx2;
        double sy2 = b2 * sy1 + (1 - b2) * gy2 * gy2;
        double c1 = 1 - b1 * b1;
        double c2 = 1 - b2 * b2;
        double x2 = x1 - a * (mx2 / c1) / (Math.sqrt(sx2 / c2) + eps);
        double y2 = y1 - a * (my2 / c1) / (Math.sqrt(sy2 / c2) + eps);

        List<Step> steps = Trajectory.run(new Adam(a), valley, start, 2).steps();

        assertThat(steps).extracting(Step::theta).containsExactly(start, new Vec2(x1, y1), new Vec2(x2, y2));
        assertNear(steps.get(1).theta(), -6.7, 1.7, 1e-7);
        // step 2: m̂x = (0.9·0.1·(−0.7) + 0.1·(−0.67))/0.19 = −0.13/0.19, ŝx = (0.999·0.00049 + 0.00044890)/0.001999
        double stepX = 0.3 * (0.13 / 0.19) / Math.sqrt((0.999 * 0.00049 + 0.0004489) / 0.001999);
        double stepY = 0.3 * (0.7 / 0.19) / Math.sqrt((0.999 * 0.016 + 0.01156) / 0.001999);
        assertNear(steps.get(2).theta(), -6.7 + stepX, 1.7 - stepY, 1e-7);
    }

    @Test
    void thePyTorchFormCollectsGradientsAndAppliesAlphaWhenStepping() {
        double a = 0.1;
        double b = 0.9;
        double bx1 = b * 0.0 + (-7.0 / 10);
        double by1 = b * 0.0 + 2 * 2.0;
        double x1 = -7.0 - a * bx1;
        double y1 = 2.0 - a * by1;
        double bx2 = b * bx1 + x1 / 10;
        double by2 = b * by1 + 2 * y1;
        double x2 = x1 - a * bx2;
        double y2 = y1 - a * by2;

        List<Step> steps = Trajectory.run(new PyTorchMomentum(a, b), valley, start, 2).steps();

        assertThat(steps).extracting(Step::theta).containsExactly(start, new Vec2(x1, y1), new Vec2(x2, y2));
        // b₁ = (−0.7, 4), b₂ = (−0.63 − 0.693, 3.6 + 3.2) = (−1.323, 6.8): the lesson's (−6.93, 1.6), (−6.7977, 0.92)
        assertNear(steps.get(1).theta(), -6.93, 1.6, 1e-14);
        assertNear(steps.get(2).theta(), -6.7977, 0.92, 1e-14);
    }

    @Test
    void theDampedFormWithTheSameAlphaStartsTenTimesSlower() {
        double a = 0.1;
        double b = 0.9;
        double bx1 = b * 0.0 + (1 - b) * (-7.0 / 10);
        double by1 = b * 0.0 + (1 - b) * (2 * 2.0);
        double x1 = -7.0 - a * bx1;
        double y1 = 2.0 - a * by1;
        double bx2 = b * bx1 + (1 - b) * (x1 / 10);
        double by2 = b * by1 + (1 - b) * (2 * y1);
        double x2 = x1 - a * bx2;
        double y2 = y1 - a * by2;

        List<Step> steps = Trajectory.run(new DampedMomentum(a, b), valley, start, 2).steps();

        assertThat(steps).extracting(Step::theta).containsExactly(start, new Vec2(x1, y1), new Vec2(x2, y2));
        // b₁ = 0.1·(−0.7, 4) = (−0.07, 0.4): θ₁ = (−7 + 0.007, 2 − 0.04)
        assertNear(steps.get(1).theta(), -6.993, 1.96, 1e-14);
        // b₂ = (−0.063 − 0.06993, 0.36 + 0.392) = (−0.13293, 0.752)
        assertNear(steps.get(2).theta(), -6.979707, 1.8848, 1e-14);
    }
}
