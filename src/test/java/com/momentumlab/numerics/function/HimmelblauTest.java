package com.momentumlab.numerics.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.optim.Momentum;
import com.momentumlab.numerics.optim.Sgd;
import com.momentumlab.numerics.optim.Trajectory;
import org.junit.jupiter.api.Test;

class HimmelblauTest {

    private final Himmelblau himmelblau = new Himmelblau();

    @Test
    void threeTwoIsAnExactMinimum() {
        // (9 + 2 − 11)² + (3 + 4 − 7)² = 0
        assertThat(himmelblau.value(3, 2)).isZero();
        assertThat(himmelblau.gradient(3, 2)).isEqualTo(Vec2.ZERO);
    }

    @Test
    void theFourListedMinimaAreWhereNewtonsMethodLandsToTheLastFewBits() {
        // Newton's method on ∇f = 0 from rough textbook values, in plain doubles.
        Vec2[] rough = {new Vec2(3, 2), new Vec2(-2.8, 3.1), new Vec2(-3.78, -3.28), new Vec2(3.58, -1.85)};
        assertThat(himmelblau.minima()).hasSize(4);
        for (int i = 0; i < 4; i++) {
            Vec2 newton = newtonOnGradient(rough[i]);
            Vec2 listed = himmelblau.minima().get(i);
            assertThat(listed.x()).isCloseTo(newton.x(), within(2 * Math.ulp(newton.x())));
            assertThat(listed.y()).isCloseTo(newton.y(), within(2 * Math.ulp(newton.y())));
            assertThat(himmelblau.value(listed)).isCloseTo(0.0, within(1e-26));
            assertThat(himmelblau.gradient(listed).norm()).isLessThan(1e-12);
        }
    }

    @Test
    void theOriginMakesEveryOptimizerChooseABasin() {
        assertThat(himmelblau.defaultStart()).isEqualTo(Vec2.ZERO);
        // (0 + 0 − 11)² + (0 + 0 − 7)² = 121 + 49
        assertThat(himmelblau.value(0, 0)).isEqualTo(170.0);
        assertThat(himmelblau.gradient(0, 0)).isEqualTo(new Vec2(-14, -22));
        assertThat(himmelblau.window()).isEqualTo(new Window(-5, 5, -5, 5));
        assertThat(himmelblau.levelRule()).isInstanceOf(LevelRule.Log.class);
    }

    @Test
    void fromTheOriginGradientDescentAndMomentumEndInDifferentMinima() {
        Vec2 sgd = Trajectory.run(new Sgd(0.01), himmelblau, Vec2.ZERO, 300).last().theta();
        Vec2 momentum = Trajectory.run(new Momentum(0.01, 0.9), himmelblau, Vec2.ZERO, 300).last().theta();
        assertThat(sgd.minus(himmelblau.minima().get(0)).norm()).isLessThan(1e-6);
        assertThat(momentum.minus(himmelblau.minima().get(3)).norm()).isLessThan(1e-6);
    }

    /** Newton's method for ∇f = 0, with the Hessian written out by hand. */
    private Vec2 newtonOnGradient(Vec2 p) {
        double x = p.x();
        double y = p.y();
        for (int k = 0; k < 50; k++) {
            Vec2 g = himmelblau.gradient(x, y);
            double hxx = 12 * x * x + 4 * y - 42;
            double hxy = 4 * x + 4 * y;
            double hyy = 4 * x + 12 * y * y - 26;
            double det = hxx * hyy - hxy * hxy;
            x -= (hyy * g.x() - hxy * g.y()) / det;
            y -= (hxx * g.y() - hxy * g.x()) / det;
        }
        return new Vec2(x, y);
    }
}
