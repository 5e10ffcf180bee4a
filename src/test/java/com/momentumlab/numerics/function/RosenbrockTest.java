package com.momentumlab.numerics.function;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.numerics.Vec2;
import org.junit.jupiter.api.Test;

class RosenbrockTest {

    private final Rosenbrock rosenbrock = new Rosenbrock();

    @Test
    void isZeroWithAFlatGradientExactlyAtOneOne() {
        assertThat(rosenbrock.value(1, 1)).isZero();
        assertThat(rosenbrock.gradient(1, 1).norm()).isEqualTo(0.0); // x part is −2·0 − 400·0 = −0.0
        assertThat(rosenbrock.minima()).containsExactly(new Vec2(1, 1));
    }

    @Test
    void valuesAndSlopesWorkedOutByHand() {
        // (1 − 0)² + 100(0 − 0)² = 1; ∇ = (−2, 0)
        assertThat(rosenbrock.value(0, 0)).isEqualTo(1.0);
        assertThat(rosenbrock.gradient(0, 0)).isEqualTo(new Vec2(-2, 0));
        // at (−1.5, 2): (2.5)² + 100(2 − 2.25)² = 6.25 + 6.25; ∇ = (−5 − 400·(−1.5)·(−0.25), 200·(−0.25))
        assertThat(rosenbrock.value(-1.5, 2)).isEqualTo(12.5);
        assertThat(rosenbrock.gradient(-1.5, 2)).isEqualTo(new Vec2(-155, -50));
        // on the valley floor y = x² only the (1 − x)² part is left
        assertThat(rosenbrock.value(-1, 1)).isEqualTo(4.0);
    }

    @Test
    void showsTheBananaWindowWithLogSpacedLevels() {
        assertThat(rosenbrock.key()).isEqualTo("rosenbrock");
        assertThat(rosenbrock.window()).isEqualTo(new Window(-2, 2, -1, 3));
        assertThat(rosenbrock.defaultStart()).isEqualTo(new Vec2(-1.5, 2));
        assertThat(rosenbrock.levelRule()).isEqualTo(new LevelRule.Log(-1, 3, 30));
    }
}
