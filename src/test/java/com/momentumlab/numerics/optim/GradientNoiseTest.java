package com.momentumlab.numerics.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.numerics.function.Objective;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class GradientNoiseTest {

    private static final Objective VALLEY = Catalogue.byKey("valley").orElseThrow();
    private static final Vec2 START = new Vec2(-7, 2);

    static java.util.stream.Stream<Optimizer> everyOptimizer() {
        return TrajectoryTest.everyOptimizer();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOptimizer")
    void sigmaZeroIsBitForBitTheRunWithoutNoiseWhateverTheSeed(Optimizer optimizer) {
        Trajectory exact = Trajectory.run(optimizer, VALLEY, START, 100);

        // Records compare doubles by their bits (Double.compare), so equal trajectories are equal to the last bit.
        assertThat(Trajectory.run(optimizer, VALLEY, START, 100, new GradientNoise(0, 7))).isEqualTo(exact);
        assertThat(Trajectory.run(optimizer, VALLEY, START, 100, new GradientNoise(-0.0, 123))).isEqualTo(exact);
        assertThat(Trajectory.run(optimizer, VALLEY, START, 100, GradientNoise.NONE)).isEqualTo(exact);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOptimizer")
    void theSameNoiseGivesTheSamePathBitForBitAndAnotherSeedAnotherPath(Optimizer optimizer) {
        GradientNoise noise = new GradientNoise(0.5, 7);
        Trajectory first = Trajectory.run(optimizer, VALLEY, START, 200, noise);

        assertThat(Trajectory.run(optimizer, VALLEY, START, 200, new GradientNoise(0.5, 7))).isEqualTo(first);
        assertThat(Trajectory.run(optimizer, VALLEY, START, 200, new GradientNoise(0.5, 8)).steps())
                .isNotEqualTo(first.steps());
        assertThat(first.steps()).isNotEqualTo(Trajectory.run(optimizer, VALLEY, START, 200).steps());
    }

    @Test
    void theDrawsAreJavaUtilRandomsWhoseAlgorithmTheJavaSpecificationFixes() {
        // java.util.Random(7).nextGaussian(), twice, as the Random class specification computes them (a 48-bit
        // LCG and the polar method with StrictMath): these bits are the same on every conforming JVM.
        Vec2 noisy = new GradientNoise(1, 7).stream().apply(Vec2.ZERO);

        assertThat(Double.doubleToLongBits(noisy.x())).isEqualTo(Double.doubleToLongBits(FIRST_DRAW_SEED_7));
        assertThat(Double.doubleToLongBits(noisy.y())).isEqualTo(Double.doubleToLongBits(SECOND_DRAW_SEED_7));
    }

    /** Written down once from a run; Random's specified algorithm must reproduce them anywhere. */
    private static final double FIRST_DRAW_SEED_7 = 0x1.b0bed9752adf8p-1; // 0.8452060657049847
    private static final double SECOND_DRAW_SEED_7 = 0x1.d36481aa1642ap-1; // 0.9128761787534405

    @Test
    void everyOptimizerSeesTheSameDrawsAtTheSameSteps() {
        GradientNoise noise = new GradientNoise(0.5, 7);
        Trajectory sgd = Trajectory.run(new Sgd(0.1), VALLEY, START, 50, noise);
        Trajectory momentum = Trajectory.run(new Momentum(0.01, 0.9), VALLEY, START, 50, noise);
        UnaryOperator<Vec2> draws = noise.stream();

        for (int t = 1; t <= 50; t++) {
            Vec2 draw = draws.apply(Vec2.ZERO);
            assertThat(addedNoise(sgd, t).minus(draw).norm()).as("SGD, step %d", t).isLessThan(1e-12);
            assertThat(addedNoise(momentum, t).minus(draw).norm()).as("Momentum, step %d", t).isLessThan(1e-12);
        }
    }

    /** The recorded (noisy) gradient of step t minus the exact gradient where it was taken. */
    private static Vec2 addedNoise(Trajectory run, int t) {
        return run.steps().get(t).gradient().minus(VALLEY.gradient(run.steps().get(t - 1).theta()));
    }

    @Test
    void theNoiseHasMeanZeroDeviationSigmaAndIndependentCoordinatesAndSteps() {
        double sigma = 0.5;
        int n = 40_000;
        UnaryOperator<Vec2> draws = new GradientNoise(sigma, 42).stream();
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0, lag = 0, previousX = 0;
        for (int i = 0; i < n; i++) {
            Vec2 d = draws.apply(Vec2.ZERO);
            sx += d.x();
            sy += d.y();
            sxx += d.x() * d.x();
            syy += d.y() * d.y();
            sxy += d.x() * d.y();
            lag += d.x() * previousX;
            previousX = d.x();
        }
        double standardError = sigma / Math.sqrt(n); // of a mean: 0.0025
        assertThat(sx / n).isCloseTo(0, within(4 * standardError));
        assertThat(sy / n).isCloseTo(0, within(4 * standardError));
        // The sample deviation of 40,000 normal draws is within 2 % of σ far beyond 4 standard errors (0.35 % each).
        assertThat(Math.sqrt(sxx / n)).isCloseTo(sigma, within(0.02 * sigma));
        assertThat(Math.sqrt(syy / n)).isCloseTo(sigma, within(0.02 * sigma));
        // Correlations: standard error 1/√n = 0.005.
        assertThat(sxy / n / (sigma * sigma)).isCloseTo(0, within(0.02));
        assertThat(lag / (n - 1) / (sigma * sigma)).isCloseTo(0, within(0.02));
    }

    @Test
    void noiseTooLargeForDoublesEndsTheRunAsDivergedAndNothingNonFiniteIsRecorded() {
        Trajectory run = Trajectory.run(new Momentum(0.1, 0.9), VALLEY, START, 30, new GradientNoise(Double.MAX_VALUE, 7));

        assertThat(run.divergedAt()).hasValue(1);
        assertThat(run.steps()).hasSize(1).allMatch(Step::isFinite);
    }

    @Test
    void sigmaMustBeFiniteAndNotNegative() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GradientNoise(-0.1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new GradientNoise(Double.NaN, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new GradientNoise(Double.POSITIVE_INFINITY, 1));
        assertThat(new GradientNoise(-0.0, 1)).isEqualTo(GradientNoise.NONE).matches(noise -> !noise.isOn());
    }
}
