package com.momentumlab.numerics.optim;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.numerics.function.Rosenbrock;
import com.momentumlab.numerics.function.Valley;
import com.momentumlab.numerics.optim.QuadraticAnalysis.Axis;
import org.junit.jupiter.api.Test;

class DivergenceCauseTest {

    @Test
    void alphaTenOnTheValleyBreaksTheStepLimitOnTheYAxis() {
        // y: αλ = 10·2 = 20 ≥ 2 + 2·0.9 = 3.8; x: αλ = 10·0.1 = 1 < 3.8, fine.
        DivergenceCause cause = DivergenceCause.of(new Valley(), 10, 0.9).orElseThrow();
        assertThat(cause).isEqualTo(new DivergenceCause(Axis.Y, StabilityBound.STEP_BELOW_LIMIT, 20, 0.9));
        assertThat(cause.limit()).isEqualTo(3.8);
        assertThat(MomentumAnalysis.of(new Valley(), 10, 0.9).orElseThrow().x().converges()).isTrue();
    }

    @Test
    void alpha1point9WithBeta0point9SitsOnTheLimitRatherThanBeyondIt() {
        // y: αλ = 3.8 = 2 + 2·0.9 exactly: the path stays bounded without converging.
        DivergenceCause edge = DivergenceCause.of(new Valley(), 1.9, 0.9).orElseThrow();
        assertThat(edge).isEqualTo(new DivergenceCause(Axis.Y, StabilityBound.STEP_BELOW_LIMIT, 3.8, 0.9));
        assertThat(edge.onStepLimit()).isTrue();
        assertThat(DivergenceCause.of(new Valley(), 10, 0.9).orElseThrow().onStepLimit()).isFalse();
        assertThat(DivergenceCause.of(new Valley(), 1.91, 0.9).orElseThrow().onStepLimit()).isFalse();
    }

    @Test
    void whenBothAxesBreakTheFasterGrowingOneIsNamed() {
        // α = 40: x has αλ = 4 ≥ 3.8 too, but y (αλ = 80) grows far faster.
        DivergenceCause cause = DivergenceCause.of(new Valley(), 40, 0.9).orElseThrow();
        assertThat(cause.axis()).isEqualTo(Axis.Y);
        assertThat(cause.alphaLambda()).isEqualTo(80);
    }

    @Test
    void betaOfOneBreaksTheMomentumBoundOnBothAxesAndTheTieNamesX() {
        DivergenceCause cause = DivergenceCause.of(new Valley(), 0.1, 1).orElseThrow();
        assertThat(cause.bound()).isEqualTo(StabilityBound.MOMENTUM_BELOW_ONE);
        assertThat(cause.axis()).isEqualTo(Axis.X);
    }

    @Test
    void aConvergingSettingOrANonQuadraticHasNoCause() {
        assertThat(DivergenceCause.of(new Valley(), 0.1, 0.9)).isEmpty();
        assertThat(DivergenceCause.of(new Rosenbrock(), 10, 0.9)).isEmpty();
    }
}
