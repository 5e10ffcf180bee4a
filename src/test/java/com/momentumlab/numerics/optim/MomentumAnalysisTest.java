package com.momentumlab.numerics.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.momentumlab.numerics.function.Rosenbrock;
import com.momentumlab.numerics.function.Valley;
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
        assertThat(y.oscillates()).isTrue();
        assertThat(y.rate()).isEqualTo(Math.sqrt(0.9));
        assertThat(y.broken()).isEmpty();
    }

    @Test
    void evenTheFlatAxisOvershootsWithBeta09() {
        // λ 0.1: αλ = 0.01, (1 − 0.1)² = 0.81 < 0.9: complex again, rate √0.9.
        AxisAnalysis x = MomentumAnalysis.axis(0.1, 0.9, 0.1);
        assertThat(x.oscillates()).isTrue();
        assertThat(x.rate()).isEqualTo(Math.sqrt(0.9));
        // With β = 0.5 < 0.81 it creeps in without overshooting: real roots
        // σ = (1.49 ± √(1.49² − 2))/2 = (1.49 ± √0.2201)/2, the larger ≈ 0.9796.
        AxisAnalysis slow = MomentumAnalysis.axis(0.1, 0.5, 0.1);
        assertThat(slow.oscillates()).isFalse();
        assertThat(slow.converges()).isTrue();
        assertThat(slow.rate()).isCloseTo((1.49 + Math.sqrt(0.2201)) / 2, within(1e-12));
    }

    @Test
    void withoutMomentumTheRateIsOneMinusAlphaLambda() {
        // β = 0: σ² − (1 − αλ)σ = 0, roots 0 and 1 − αλ.
        assertThat(MomentumAnalysis.axis(0.1, 0, 2).rate()).isCloseTo(0.8, within(1e-15));
        assertThat(MomentumAnalysis.axis(0.95, 0, 2).rate()).isCloseTo(0.9, within(1e-15)); // 1 − 1.9 = −0.9
        assertThat(MomentumAnalysis.axis(0.95, 0, 2).oscillates()).isFalse();
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
        assertThat(valley.y().oscillates()).isFalse();
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
        assertThat(edge.broken()).containsExactly(StabilityBound.STEP_BELOW_LIMIT);
        assertThat(edge.rate()).isEqualTo(1.0);
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
                assertThat(a.oscillates()).as("αλ %s, β %s", alphaLambda, beta).isEqualTo(b * b - 4 * beta < 0);
            }
        }
    }

    @Test
    void onlyQuadraticsCanBeAnalysed() {
        assertThat(MomentumAnalysis.of(new Rosenbrock(), 0.001, 0.9)).isEmpty();
    }
}
