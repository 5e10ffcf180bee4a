package com.momentumlab.numerics.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.momentumlab.numerics.function.Rosenbrock;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Valley;
import com.momentumlab.numerics.optim.AxisAnalysis.Regime;
import com.momentumlab.numerics.optim.QuadraticAnalysis.Axis;
import com.momentumlab.numerics.optim.QuadraticAnalysis.BrokenBound;
import org.junit.jupiter.api.Test;

/** Momentum on one axis with curvature λ: σ² − (1 + β − αλ)σ + β = 0 decides everything. */
class MomentumAnalysisTest {

    @Test
    void theLessonsSettingsSpiralInOnTheSteepAxisAtRateRootBeta() {
        // α 0.1, β 0.9, λ 2: αλ = 0.2 < 3.8; (1 − √0.2)² ≈ 0.306 < 0.9, so the roots are complex,
        // |σ|² = their product = β, rate √0.9 ≈ 0.949.
        AxisAnalysis y = MomentumAnalysis.axis(0.1, 0.9, 2);
        assertThat(y.alphaLambda()).isEqualTo(0.2);
        assertThat(y.converges()).isTrue();
        assertThat(y.spirals()).isTrue();
        assertThat(y.rate()).isEqualTo(Math.sqrt(0.9));
        assertThat(y.broken()).isEmpty();
    }

    @Test
    void evenTheFlatAxisOvershootsWithBeta09() {
        // λ 0.1: αλ = 0.01, (1 − 0.1)² = 0.81 < 0.9: complex again, rate √0.9.
        AxisAnalysis x = MomentumAnalysis.axis(0.1, 0.9, 0.1);
        assertThat(x.spirals()).isTrue();
        assertThat(x.rate()).isEqualTo(Math.sqrt(0.9));
        // With β = 0.5 < 0.81 it creeps in without overshooting: real roots
        // σ = (1.49 ± √(1.49² − 2))/2 = (1.49 ± √0.2201)/2, the larger ≈ 0.9796.
        AxisAnalysis slow = MomentumAnalysis.axis(0.1, 0.5, 0.1);
        assertThat(slow.spirals()).isFalse();
        assertThat(slow.converges()).isTrue();
        assertThat(slow.rate()).isCloseTo((1.49 + Math.sqrt(0.2201)) / 2, within(1e-12));
    }

    @Test
    void withoutMomentumTheRateIsOneMinusAlphaLambda() {
        // β = 0: σ² − (1 − αλ)σ = 0, roots 0 and 1 − αλ.
        assertThat(MomentumAnalysis.axis(0.1, 0, 2).rate()).isCloseTo(0.8, within(1e-15));
        assertThat(MomentumAnalysis.axis(0.95, 0, 2).rate()).isCloseTo(0.9, within(1e-15)); // 1 − 1.9 = −0.9
        assertThat(MomentumAnalysis.axis(0.95, 0, 2).spirals()).isFalse();
        assertThat(MomentumAnalysis.axis(1.1, 0, 2).converges()).isFalse(); // αλ = 2.2 > 2
    }

    @Test
    void alphaTenBreaksTheStepLimitOnTheYAxisOnly() {
        QuadraticAnalysis valley = MomentumAnalysis.of(new Valley(), 10, 0.9).orElseThrow();
        assertThat(valley.converges()).isFalse();
        assertThat(valley.x().converges()).isTrue(); // αλ = 1 < 3.8
        assertThat(valley.brokenBounds()).containsExactly(new BrokenBound(Axis.Y, StabilityBound.STEP_BELOW_LIMIT));
        assertThat(valley.brokenBounds().get(0).bound().formula()).isEqualTo("αλ < 2 + 2β");
        // αλ = 20: σ² + 18.1σ + 0.9 = 0, σ = (−18.1 ± √(327.61 − 3.6))/2; the larger |σ| = (18.1 + 18.0003)/2
        assertThat(valley.y().spirals()).isFalse();
        assertThat(valley.y().rate()).isCloseTo((18.1 + Math.sqrt(324.01)) / 2, within(1e-12));
        assertThat(valley.rate()).isEqualTo(valley.y().rate());
    }

    @Test
    void theLargestStableAlphaOnTheValleyIs1point9() {
        assertThat(MomentumAnalysis.largestStableLearningRate(0.9, 2)).isCloseTo(1.9, within(1e-15));
        assertThat(MomentumAnalysis.axis(1.89, 0.9, 2).converges()).isTrue();
        assertThat(MomentumAnalysis.axis(1.91, 0.9, 2).converges()).isFalse();
    }

    @Test
    void rightAtTheLimitOneRootIsMinusOneAndNothingConverges() {
        // αλ = 2 + 2β: σ² + (1 + β)σ + β = (σ + 1)(σ + β), roots −1 and −β.
        AxisAnalysis edge = MomentumAnalysis.axis(1.5, 0.5, 2); // αλ = 3 = 2 + 2·0.5
        assertThat(edge.converges()).isFalse();
        assertThat(edge.onStepLimit()).isTrue();
        assertThat(edge.broken()).containsExactly(StabilityBound.STEP_BELOW_LIMIT);
        assertThat(edge.rate()).isEqualTo(1.0);
    }

    @Test
    void alpha1point9WithBeta0point9OnTheValleyIsMarginalBoundedButNotConverging() {
        // The typeable boundary case: λy = 2, αλ = 3.8 = 2 + 2·0.9. Roots −1 and −0.9: the rate is exactly 1.
        AxisAnalysis y = MomentumAnalysis.axis(1.9, 0.9, 2);
        assertThat(y.converges()).isFalse();
        assertThat(y.onStepLimit()).isTrue();
        assertThat(y.rate()).isEqualTo(1.0);
        assertThat(y.regime()).isEqualTo(Regime.SIGN_FLIPPING);
        // Just beyond, it grows; just inside, it shrinks.
        assertThat(MomentumAnalysis.axis(1.91, 0.9, 2).onStepLimit()).isFalse();
        assertThat(MomentumAnalysis.axis(1.91, 0.9, 2).rate()).isGreaterThan(1);
        assertThat(MomentumAnalysis.axis(1.89, 0.9, 2).rate()).isLessThan(1);

        // The run agrees: from (−7, 2), y = A(−1)ᵗ + B(−0.9)ᵗ with A + B = 2 and y₁ = 2 − 1.9·2·2 = −5.6,
        // so A = 38, B = −36. The swing tends to ±38: bounded for ever, never shrinking, never growing past it.
        Valley valley = new Valley();
        Trajectory run = Trajectory.run(new Momentum(1.9, 0.9), valley, valley.defaultStart(), 1000);
        assertThat(run.diverged()).isFalse();
        assertThat(run.steps()).hasSize(1001);
        assertThat(run.steps()).allSatisfy(s -> assertThat(Math.abs(s.theta().y())).isLessThanOrEqualTo(38 + 1e-9));
        for (int t = 990; t <= 1000; t++) {
            double y1000 = run.steps().get(t).theta().y();
            assertThat(Math.abs(y1000)).isCloseTo(38, within(1e-9));
            assertThat(Math.signum(y1000)).isEqualTo(t % 2 == 0 ? 1.0 : -1.0); // A(−1)ᵗ with A = 38
        }
    }

    @Test
    void theLimitAllowsForDecimalRoundingButNoMore() {
        // α = 1 + β typed in decimals is on the valley's y limit for every β the lab can show.
        for (int hundredths = 0; hundredths < 100; hundredths++) {
            double beta = hundredths / 100.0;
            double alpha = Double.parseDouble(java.math.BigDecimal.ONE.add(java.math.BigDecimal.valueOf(hundredths, 2)).toPlainString());
            assertThat(MomentumAnalysis.axis(alpha, beta, 2).onStepLimit()).as("α %s, β %s", alpha, beta).isTrue();
        }
        assertThat(MomentumAnalysis.onStepLimit(Math.nextUp(3.8) + 1e-12, 0.9)).isFalse();
        assertThat(MomentumAnalysis.onStepLimit(3.8 - 1e-12, 0.9)).isFalse();
    }

    @Test
    void theThreeRegimesOnTheSteepAxis() {
        // λ = 2 with the lesson's example settings.
        AxisAnalysis creeping = MomentumAnalysis.axis(0.1, 0.25, 2); // αλ = 0.2 ≤ (1 − 0.5)² = 0.25
        assertThat(creeping.regime()).isEqualTo(Regime.MONOTONE);
        assertThat(creeping.rate()).isCloseTo((1.05 + Math.sqrt(1.05 * 1.05 - 1)) / 2, within(1e-15)); // 0.685…
        AxisAnalysis spiralling = MomentumAnalysis.axis(0.1, 0.9, 2); // 0.0026 < 0.2 < 3.797
        assertThat(spiralling.regime()).isEqualTo(Regime.SPIRALLING);
        AxisAnalysis flipping = MomentumAnalysis.axis(1, 0.1, 2); // αλ = 2 > (1 + √0.1)² ≈ 1.732, < 2.2
        assertThat(flipping.regime()).isEqualTo(Regime.SIGN_FLIPPING);
        assertThat(flipping.converges()).isTrue();
        // σ² + 0.9σ + 0.1 = 0: σ = (−0.9 ± √0.41)/2, both negative, the larger in size (0.9 + √0.41)/2 ≈ 0.770.
        assertThat(flipping.rate()).isCloseTo((0.9 + Math.sqrt(0.41)) / 2, within(1e-15));
    }

    @Test
    void gradientDescentWithAlphaLambda1point8FlipsSignEveryStepThoughBetaIsBelowTheOldThreshold() {
        // β = 0 is not above (1 − √1.8)² ≈ 0.117, so "oscillates iff β > (1 − √(αλ))²" would say it does not
        // oscillate; yet the single root 1 − 1.8 = −0.8 flips the sign at every step.
        AxisAnalysis a = MomentumAnalysis.axis(0.9, 0, 2);
        assertThat(a.spirals()).isFalse();
        assertThat(a.regime()).isEqualTo(Regime.SIGN_FLIPPING);
        assertThat(a.converges()).isTrue();
        assertThat(a.rate()).isCloseTo(0.8, within(1e-15));
        Trajectory run = Trajectory.run(new Momentum(0.9, 0), new Valley(), new Vec2(0, 2), 10);
        for (int t = 1; t <= 10; t++) {
            assertThat(run.steps().get(t).theta().y() * run.steps().get(t - 1).theta().y()).as("step %d", t).isNegative();
        }
    }

    @Test
    void eachRegimeIsWhatTheRunFromRestDoes() {
        // One axis, e₀ = 1, v₀ = 0, simulated with the update rule itself, well inside each region.
        int checked = 0;
        for (int j = 0; j < 20; j++) {
            double beta = j * 0.05;
            double s = Math.sqrt(beta);
            for (int k = 1; k < 40; k++) {
                double alphaLambda = k * (2 + 2 * beta) / 40;
                double lower = (1 - s) * (1 - s);
                double upper = (1 + s) * (1 + s);
                if (Math.abs(alphaLambda - lower) < 0.02 || Math.abs(alphaLambda - upper) < 0.02
                        || Math.abs(alphaLambda - 1) < 1e-9) {
                    continue; // too close to a boundary to tell in a few hundred steps
                }
                AxisAnalysis a = MomentumAnalysis.axis(alphaLambda, beta, 1);
                double[] e = fromRest(alphaLambda, beta, 400);
                int changes = 0;
                boolean everyStep = true;
                boolean shrinking = true;
                for (int t = 1; t < e.length && Math.abs(e[t]) > 1e-250; t++) {
                    boolean changed = Math.signum(e[t]) == -Math.signum(e[t - 1]); // a product could underflow
                    changes += changed ? 1 : 0;
                    everyStep &= changed;
                    shrinking &= Math.abs(e[t]) <= Math.abs(e[t - 1]);
                }
                String as = "αλ " + alphaLambda + ", β " + beta;
                switch (a.regime()) {
                    case MONOTONE -> assertThat(changes == 0 && shrinking).as(as).isTrue();
                    case SPIRALLING -> assertThat(changes > 0 && !everyStep).as(as).isTrue();
                    case SIGN_FLIPPING -> assertThat(everyStep).as(as).isTrue();
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    private static double[] fromRest(double alphaLambda, double beta, int steps) {
        double[] e = new double[steps + 1];
        e[0] = 1;
        double v = 0;
        for (int t = 1; t <= steps; t++) {
            v = beta * v - alphaLambda * e[t - 1];
            e[t] = e[t - 1] + v;
        }
        return e;
    }

    @Test
    void aNegativeBetaIsRejectedLikeMomentumRejectsIt() {
        assertThatThrownBy(() -> MomentumAnalysis.axis(0.5, -0.5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MomentumAnalysis.axis(0.5, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Momentum(0.5, -0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBetaAboveOneGetsItsTrueRate() {
        // β = 4, αλ = 0.5: σ² − 4.5σ + 4 = 0 has real roots (4.5 ± √4.25)/2; the larger, ≈ 3.281, is the rate
        // (not √β = 2: (1 − √β)² = 1 > 0.5, so the roots are not complex).
        AxisAnalysis a = MomentumAnalysis.axis(0.5, 4, 1);
        assertThat(a.spirals()).isFalse();
        assertThat(a.converges()).isFalse();
        assertThat(a.broken()).containsExactly(StabilityBound.MOMENTUM_BELOW_ONE);
        assertThat(a.rate()).isCloseTo((4.5 + Math.sqrt(4.25)) / 2, within(1e-12));
        double[] e = fromRest(0.5, 4, 60);
        assertThat(e[60] / e[59]).isCloseTo(a.rate(), within(1e-9));
        // β = 1.5, αλ = 0.5: (1 − √1.5)² ≈ 0.05 < 0.5 < 4.95, complex roots of size √1.5.
        AxisAnalysis b = MomentumAnalysis.axis(0.5, 1.5, 1);
        assertThat(b.spirals()).isTrue();
        assertThat(b.rate()).isEqualTo(Math.sqrt(1.5));
    }

    @Test
    void betaOfOneOrMoreNeverSettles() {
        AxisAnalysis one = MomentumAnalysis.axis(0.1, 1.0, 2);
        assertThat(one.converges()).isFalse();
        assertThat(one.broken()).containsExactly(StabilityBound.MOMENTUM_BELOW_ONE);
        assertThat(one.rate()).isEqualTo(1.0); // complex roots on the unit circle: it circles forever
    }

    @Test
    void aFlatAxisIsNotPulledAnywhere() {
        AxisAnalysis flat = MomentumAnalysis.axis(0.1, 0.9, 0);
        assertThat(flat.converges()).isFalse();
        assertThat(flat.broken()).containsExactly(StabilityBound.STEP_POSITIVE);
        // roots 1 and β; the rate comes out as 1 up to rounding ((1.9 + √(3.61 − 3.6))/2 in doubles)
        assertThat(flat.rate()).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void theRateSaysHowFastTheLessonsPathApproachesTheMinimum() {
        // After the start-up, the distance to the minimum on the y axis decays like (√0.9)ᵗ: compare
        // the envelope of |y| (the largest |y| over a window of steps) at steps 100 and 200.
        Trajectory path = Trajectory.run(new Momentum(0.1, 0.9), new Valley(), new Valley().defaultStart(), 220);
        double early = envelope(path, 100);
        double late = envelope(path, 200);
        double measuredRate = Math.pow(late / early, 1.0 / 100);
        assertThat(measuredRate).isCloseTo(Math.sqrt(0.9), within(0.005));
    }

    private static double envelope(Trajectory path, int from) {
        return path.steps().subList(from, from + 20).stream()
                .mapToDouble(s -> Math.abs(s.theta().y()))
                .max().orElseThrow();
    }

    @Test
    void convergesExactlyWhenTheRateIsBelowOneAwayFromTheBoundaries() {
        for (double beta = 0; beta < 0.99; beta += 0.07) {
            for (double alphaLambda = 0.013; alphaLambda < 5; alphaLambda += 0.031) {
                AxisAnalysis a = MomentumAnalysis.axis(alphaLambda, beta, 1);
                if (Math.abs(alphaLambda - (2 + 2 * beta)) > 1e-9) {
                    assertThat(a.converges()).as("αλ %s, β %s", alphaLambda, beta).isEqualTo(a.rate() < 1);
                }
                double b = 1 + beta - alphaLambda;
                assertThat(a.spirals()).as("αλ %s, β %s", alphaLambda, beta).isEqualTo(b * b - 4 * beta < 0);
                // for 0 ≤ β < 1 the same as the lesson's old form of the condition, β > (1 − √(αλ))²
                double root = 1 - Math.sqrt(alphaLambda);
                assertThat(a.spirals()).as("αλ %s, β %s", alphaLambda, beta).isEqualTo(beta > root * root);
            }
        }
    }

    @Test
    void onlyQuadraticsCanBeAnalysed() {
        assertThat(MomentumAnalysis.of(new Rosenbrock(), 0.001, 0.9)).isEmpty();
    }
}
