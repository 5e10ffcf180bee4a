package com.momentumlab.numerics.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Valley;
import com.momentumlab.numerics.optim.AxisAnalysis.Regime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The numbers section 4 of the lesson gives for the best α and β on the valley (λx = 0.1, λy = 2, κ = 20):
 * the rates (√κ − 1)/(√κ + 1) ≈ 0.635 and (κ − 1)/(κ + 1) ≈ 0.905, and how many steps a thousandfold
 * reduction of the distance to the minimum really takes, simulated with the lab's own optimizers.
 */
class BestSettingsOnTheValleyTest {

    private static final double LAMBDA_MIN = 0.1;
    private static final double LAMBDA_MAX = 2;
    private static final double KAPPA = LAMBDA_MAX / LAMBDA_MIN;
    /** The heavy-ball optimum: α = 4/(√λmax + √λmin)², β = ((√κ − 1)/(√κ + 1))². */
    private static final double ALPHA = 4 / Math.pow(Math.sqrt(LAMBDA_MAX) + Math.sqrt(LAMBDA_MIN), 2);
    private static final double BETA = Math.pow((Math.sqrt(KAPPA) - 1) / (Math.sqrt(KAPPA) + 1), 2);
    /** Gradient descent's optimum: α = 2/(λmin + λmax). */
    private static final double GD_ALPHA = 2 / (LAMBDA_MIN + LAMBDA_MAX);

    private final Valley valley = new Valley();

    @Test
    void theBestSettingsAndTheirRates() {
        assertThat(ALPHA).isCloseTo(1.336, within(5e-4));
        assertThat(BETA).isCloseTo(0.403, within(5e-4));
        QuadraticAnalysis best = MomentumAnalysis.of(valley, ALPHA, BETA).orElseThrow();
        assertThat(best.rate()).isCloseTo((Math.sqrt(KAPPA) - 1) / (Math.sqrt(KAPPA) + 1), within(1e-6))
                .isCloseTo(0.635, within(5e-4));
        // Both axes sit on a double root: x on (1 − √β)², y on (1 + √β)².
        assertThat(ALPHA * LAMBDA_MIN).isCloseTo(Math.pow(1 - Math.sqrt(BETA), 2), within(1e-12));
        assertThat(ALPHA * LAMBDA_MAX).isCloseTo(Math.pow(1 + Math.sqrt(BETA), 2), within(1e-12));

        QuadraticAnalysis gd = MomentumAnalysis.of(valley, GD_ALPHA, 0).orElseThrow();
        assertThat(gd.rate()).isCloseTo((KAPPA - 1) / (KAPPA + 1), within(1e-12)).isCloseTo(0.905, within(5e-4));
        assertThat(gd.x().regime()).isEqualTo(Regime.MONOTONE);
        assertThat(gd.y().regime()).isEqualTo(Regime.SIGN_FLIPPING);

        // The rates alone predict about 15 and 69 steps for a factor of 1000: ln 1000 / −ln(rate).
        assertThat(Math.log(1000) / -Math.log(best.rate())).isCloseTo(15.19, within(0.01));
        assertThat(Math.log(1000) / -Math.log(gd.rate())).isCloseTo(69.02, within(0.01));
    }

    @Test
    void fromRestTheBestMomentumNeeds20StepsAlongXAnd24AlongY() {
        // A double root adds a factor that grows like t: (A + Bt)σᵗ, so the rate's 15 steps are not enough.
        assertThat(stepsToAThousandth(new Momentum(ALPHA, BETA), new Vec2(1, 0))).isEqualTo(20);
        assertThat(stepsToAThousandth(new Momentum(ALPHA, BETA), new Vec2(0, 1))).isEqualTo(24);
        // On the way, y first swings out to about 1.72 times its start.
        Trajectory y = Trajectory.run(new Momentum(ALPHA, BETA), valley, new Vec2(0, 1), 3);
        assertThat(y.steps().get(2).theta().y()).isCloseTo(1.7187, within(5e-5));
        // From the lesson's start (−7, 2): 21 steps.
        assertThat(stepsToAThousandth(new Momentum(ALPHA, BETA), valley.defaultStart())).isEqualTo(21);
    }

    @Test
    void gradientDescentAtItsBestNeeds70Steps() {
        // Single roots ±0.905: the distance shrinks by exactly that factor each step, so the rate's 69.02 holds.
        assertThat(stepsToAThousandth(new Sgd(GD_ALPHA), new Vec2(1, 0))).isEqualTo(70);
        assertThat(stepsToAThousandth(new Sgd(GD_ALPHA), new Vec2(0, 1))).isEqualTo(70);
        assertThat(stepsToAThousandth(new Sgd(GD_ALPHA), valley.defaultStart())).isEqualTo(70);
    }

    /**
     * The first step from which the distance to the minimum stays at or below a thousandth of the start's
     * (checked over 300 steps).
     */
    private int stepsToAThousandth(Optimizer optimizer, Vec2 start) {
        List<Step> steps = Trajectory.run(optimizer, valley, start, 300).steps();
        double limit = start.norm() / 1000;
        int last = 0;
        for (Step s : steps) {
            if (s.theta().norm() > limit) {
                last = s.t();
            }
        }
        return last + 1;
    }
}
