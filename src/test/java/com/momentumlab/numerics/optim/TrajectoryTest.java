package com.momentumlab.numerics.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.function.Valley;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TrajectoryTest {

    private final Valley valley = new Valley();
    private final Vec2 start = new Vec2(-7, 2);

    static Stream<Optimizer> everyOptimizer() {
        return Stream.of(
                new Sgd(0.1),
                new Momentum(0.1, 0.9),
                new Nesterov(0.1, 0.9),
                new AdaGrad(1.5),
                new RmsProp(0.1),
                new Adam(0.3),
                new PyTorchMomentum(0.1, 0.9),
                new DampedMomentum(1.0, 0.9),
                new BookNesterov(0.1, 0.9),
                new BookAdam(0.3, 0.9, 0.999));
    }

    @Test
    void everyOptimizerHasTheKeyUsedInUrlsAndTranslations() {
        assertThat(everyOptimizer().map(Optimizer::key)).containsExactly(
                "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "momentum-pytorch", "momentum-damped",
                "nesterov-book", "adam-book");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOptimizer")
    void stepZeroIsTheStartWithNothingMovedYet(Optimizer optimizer) {
        Step zero = Trajectory.run(optimizer, valley, start, 30).steps().get(0);
        assertThat(zero).isEqualTo(new Step(0, start, Vec2.ZERO, Vec2.ZERO, valley.value(start), Vec2.ZERO, Vec2.ZERO));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOptimizer")
    void eachStepRecordsWhereItIsHowFarItMovedAndWhatPushedIt(Optimizer optimizer) {
        for (Objective f : Catalogue.all()) {
            Trajectory path = Trajectory.run(optimizer, f, f.defaultStart(), 30);
            List<Step> steps = path.steps();
            for (int t = 1; t < steps.size(); t++) {
                Step previous = steps.get(t - 1);
                Step step = steps.get(t);
                assertThat(step.t()).isEqualTo(t);
                if (optimizer instanceof BookNesterov) {
                    // θ takes the book's two additions: θₜ = θₜ₋₁ + velocity to θ's rounding
                    Vec2 apart = previous.theta().plus(step.velocity()).minus(step.theta());
                    assertThat(apart.norm()).as("%s on %s, step %d", optimizer, f.key(), t)
                            .isLessThanOrEqualTo(4 * Math.ulp(step.theta().norm() + step.velocity().norm()));
                } else { // θₜ = θₜ₋₁ + velocity, bit for bit
                    assertThat(previous.theta().plus(step.velocity())).as("%s on %s, step %d", optimizer, f.key(), t)
                            .isEqualTo(step.theta());
                }
                assertThat(step.value()).isEqualTo(f.value(step.theta()));
                Vec2 where = optimizer instanceof Nesterov n
                        ? previous.theta().plus(previous.velocity().times(n.beta()))
                        : previous.theta();
                assertThat(step.gradient()).isEqualTo(f.gradient(where));
                // the two arrows add up to the step (to rounding)
                Vec2 sum = step.carry().plus(step.gradientStep());
                double size = step.carry().norm() + step.gradientStep().norm();
                assertThat(sum.minus(step.velocity()).norm()).isLessThanOrEqualTo(1e-15 * size);
            }
        }
    }

    @Test
    void optimizersWithoutMomentumCarryNothing() {
        for (Optimizer optimizer : List.of(new Sgd(0.1), new AdaGrad(1.5), new RmsProp(0.1))) {
            Trajectory path = Trajectory.run(optimizer, valley, start, 10);
            assertThat(path.steps()).allSatisfy(s -> {
                assertThat(s.carry()).isEqualTo(Vec2.ZERO);
                assertThat(s.gradientStep()).isEqualTo(s.velocity());
            });
        }
    }

    @Test
    void zeroStepsGiveJustTheStart() {
        Trajectory path = Trajectory.run(new Momentum(0.1, 0.9), valley, start, 0);
        assertThat(path.steps()).hasSize(1);
        assertThat(path.last().theta()).isEqualTo(start);
        assertThat(path.diverged()).isFalse();
        assertThat(path.divergedAt()).isEmpty();
    }

    @Test
    void alphaTenOnTheValleyBlowsUpAlongYAndStopsAtStepFive() {
        // x axis: αλ = 10·0.1 = 1 < 2 + 2β = 3.8, fine. y axis: αλ = 10·2 = 20 > 3.8, so y obeys
        // yₜ₊₁ = (1 + β − αλ)yₜ − βyₜ₋₁ = −18.1yₜ − 0.9yₜ₋₁ from y₀ = 2, y₁ = 2 − 10·4 = −38:
        //   y₂ = 687.8 − 1.8 = 686,   y₃ = −12416.6 + 34.2 = −12382.4,
        //   y₄ = 224121.44 − 617.4 = 223504.04,   y₅ = −4045423.124 + 11144.16 = −4034278.964,
        // and |y₅| > 10⁶ is the first coordinate past the divergence limit.
        Trajectory path = Trajectory.run(new Momentum(10, 0.9), valley, start, 30);

        assertThat(path.diverged()).isTrue();
        assertThat(path.divergedAt()).hasValue(5);
        assertThat(path.steps()).hasSize(5);
        assertThat(path.last().t()).isEqualTo(4);
        double[] handWorkedY = {2, -38, 686, -12382.4, 223504.04};
        for (int t = 0; t < 5; t++) {
            assertThat(path.steps().get(t).theta().y()).as("y at step %d", t).isCloseTo(handWorkedY[t], within(1e-8));
        }
        assertThat(path.steps()).allSatisfy(s -> assertThat(s.isFinite()).isTrue());
        // The analysis predicts the growth: each step multiplies |y| by about the rate, 18.05.
        double rate = MomentumAnalysis.axis(10, 0.9, 2).rate();
        assertThat(-path.steps().get(4).theta().y() / path.steps().get(3).theta().y()).isCloseTo(rate, within(0.01));
    }

    @Test
    void aStepThatOverflowsToInfinityIsNeverRecorded() {
        // α·∇f = MAX_VALUE·4 overflows to −∞ on the very first step.
        Trajectory path = Trajectory.run(new Sgd(Double.MAX_VALUE), valley, start, 30);
        assertThat(path.divergedAt()).hasValue(1);
        assertThat(path.steps()).containsExactly(path.steps().get(0));
        assertThat(path.last().theta()).isEqualTo(start);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOptimizer")
    void nothingNonFiniteReachesTheCallerWhateverTheLearningRate(Optimizer kind) {
        for (double alpha : new double[] {1e3, 1e9, 1e300}) {
            for (Objective f : Catalogue.all()) {
                Optimizer optimizer = withLearningRate(kind, alpha);
                Trajectory path = Trajectory.run(optimizer, f, f.defaultStart(), 200);
                assertThat(path.steps()).allSatisfy(s -> {
                    assertThat(s.isFinite()).isTrue();
                    assertThat(Math.abs(s.theta().x())).isLessThanOrEqualTo(Trajectory.DIVERGENCE_LIMIT);
                    assertThat(Math.abs(s.theta().y())).isLessThanOrEqualTo(Trajectory.DIVERGENCE_LIMIT);
                });
                path.divergedAt().ifPresent(d -> assertThat(path.last().t()).isEqualTo(d - 1));
            }
        }
    }

    @Test
    void refusesAStartItCannotShowOrANegativeNumberOfSteps() {
        Momentum momentum = new Momentum(0.1, 0.9);
        assertThatIllegalArgumentException().isThrownBy(() -> Trajectory.run(momentum, valley, start, -1));
        assertThatIllegalArgumentException().isThrownBy(
                () -> Trajectory.run(momentum, valley, new Vec2(Double.NaN, 0), 5));
        assertThatIllegalArgumentException().isThrownBy(
                () -> Trajectory.run(momentum, valley, new Vec2(0, Double.POSITIVE_INFINITY), 5));
        assertThatIllegalArgumentException().isThrownBy(() -> Trajectory.run(momentum, valley, new Vec2(2e6, 0), 5));
    }

    @Test
    void theStepsCannotBeChangedByTheCaller() {
        Trajectory path = Trajectory.run(new Momentum(0.1, 0.9), valley, start, 3);
        assertThat(path.steps()).isUnmodifiable();
    }

    private static Optimizer withLearningRate(Optimizer o, double alpha) {
        return switch (o.key()) {
            case "sgd" -> new Sgd(alpha);
            case "momentum" -> new Momentum(alpha, 0.9);
            case "nesterov" -> new Nesterov(alpha, 0.9);
            case "adagrad" -> new AdaGrad(alpha);
            case "rmsprop" -> new RmsProp(alpha);
            case "adam" -> new Adam(alpha);
            case "momentum-pytorch" -> new PyTorchMomentum(alpha, 0.9);
            case "momentum-damped" -> new DampedMomentum(alpha, 0.9);
            case "nesterov-book" -> new BookNesterov(alpha, 0.9);
            case "adam-book" -> new BookAdam(alpha, 0.9, 0.999);
            default -> throw new AssertionError(o.key());
        };
    }
}
