package com.momentumlab.numerics.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.optim.Momentum;
import com.momentumlab.numerics.optim.Sgd;
import com.momentumlab.numerics.optim.Trajectory;
import org.junit.jupiter.api.Test;

class ShallowDipTest {

    private final ShallowDip dip = new ShallowDip();
    private final Vec2 start = dip.defaultStart();

    @Test
    void theSlopeAlongTheValleyVanishesExactlyAtTheMinimumTheRimAndTheDip() {
        // Lengths, since x(x + 3)(x + 4) gives −0.0 at the rim: a zero all the same.
        assertThat(dip.gradient(0, 0).norm()).isEqualTo(0.0);
        assertThat(dip.gradient(-3, 0).norm()).isEqualTo(0.0);
        assertThat(dip.gradient(-4, 0).norm()).isEqualTo(0.0);
        // ... and nowhere else on the line: one sign change per interval.
        assertThat(dip.gradient(-4.5, 0).x()).isNegative();
        assertThat(dip.gradient(-3.5, 0).x()).isPositive();
        assertThat(dip.gradient(-1.5, 0).x()).isNegative();
        assertThat(dip.gradient(0.5, 0).x()).isPositive();
        assertThat(dip.minima()).containsExactly(Vec2.ZERO, new Vec2(-4, 0));
    }

    @Test
    void theDipIsOnlySevenTwelfthsBelowItsRim() {
        // f(−4, 0) = 256/4 − 448/3 + 96 = 32/3;  f(−3, 0) = 81/4 − 63 + 54 = 45/4
        assertThat(dip.value(0, 0)).isZero();
        assertThat(dip.value(-4, 0)).isCloseTo(32.0 / 3, within(1e-14));
        assertThat(dip.value(-3, 0)).isCloseTo(45.0 / 4, within(1e-14));
        assertThat(dip.value(-3, 0) - dip.value(-4, 0)).isCloseTo(7.0 / 12, within(1e-14));
        // The rim is a saddle: downhill both ways along x, uphill along y.
        assertThat(dip.value(-3.01, 0)).isLessThan(dip.value(-3, 0));
        assertThat(dip.value(-2.99, 0)).isLessThan(dip.value(-3, 0));
        assertThat(dip.value(-3, 0.01)).isGreaterThan(dip.value(-3, 0));
    }

    @Test
    void theElevenLevelDrawsALoopAroundTheDip() {
        assertThat(dip.levelRule()).isEqualTo(new LevelRule.Linear(30));
        // Inside the loop (the dip) below 11, on the rim and further out above it.
        assertThat(dip.value(-4, 0)).isLessThan(11);
        assertThat(dip.value(-3, 0)).isGreaterThan(11);
        assertThat(dip.value(-4.75, 0)).isGreaterThan(11);
        assertThat(dip.value(-4, 0.6)).isGreaterThan(11);
    }

    @Test
    void momentumRollsThroughTheDipWhilePlainGradientDescentGetsStuckInIt() {
        Trajectory sgd = Trajectory.run(new Sgd(0.1), dip, start, 200);
        Trajectory momentum = Trajectory.run(new Momentum(0.1, 0.9), dip, start, 200);

        assertThat(sgd.last().theta().x()).isCloseTo(-4, within(1e-9));
        assertThat(sgd.steps()).allSatisfy(s -> assertThat(s.theta().x()).isLessThan(-3.5));

        assertThat(momentum.steps().get(4).theta().x()).as("over the rim after 4 steps").isGreaterThan(-3);
        assertThat(momentum.last().theta().norm()).isLessThan(1e-3);
        assertThat(momentum.last().value()).isLessThan(1e-6);
    }

    @Test
    void withTheLessonsThirtyStepsMomentumIsAlreadyPastTheRimAndBelowTheDip() {
        Trajectory momentum = Trajectory.run(new Momentum(0.1, 0.9), dip, start, 30);
        Trajectory sgd = Trajectory.run(new Sgd(0.1), dip, start, 30);
        assertThat(momentum.last().theta().x()).isGreaterThan(-3);
        assertThat(momentum.last().value()).isLessThan(dip.value(-4, 0));
        assertThat(sgd.last().theta().x()).isCloseTo(-4, within(1e-6));
    }

    @Test
    void withTooLittleMomentumItClimbsAlmostToTheRimAndRollsBack() {
        Trajectory beta07 = Trajectory.run(new Momentum(0.1, 0.7), dip, start, 200);
        double highest = beta07.steps().stream().mapToDouble(s -> s.theta().x()).max().orElseThrow();
        assertThat(highest).isBetween(-3.3, -3.0);
        assertThat(beta07.last().theta().x()).isCloseTo(-4, within(1e-9));
        // β = 0.8 is just enough.
        assertThat(Trajectory.run(new Momentum(0.1, 0.8), dip, start, 200).last().theta().norm()).isLessThan(1e-3);
    }

    @Test
    void withASmallerLearningRateEvenBeta09GathersTooLittleSpeedAndStays() {
        Trajectory slow = Trajectory.run(new Momentum(0.01, 0.9), dip, start, 300);
        assertThat(slow.steps()).allSatisfy(s -> assertThat(s.theta().x()).isLessThan(-3));
        assertThat(slow.last().theta().x()).isCloseTo(-4, within(1e-6));
    }

    @Test
    void everyPathStaysInsideTheWindow() {
        for (double beta : new double[] {0, 0.5, 0.7, 0.8, 0.9}) {
            Trajectory path = Trajectory.run(new Momentum(0.1, beta), dip, start, 200);
            assertThat(path.steps()).as("β = %s", beta)
                    .allSatisfy(s -> assertThat(dip.window().contains(s.theta())).isTrue());
        }
    }
}
