package com.momentumlab.numerics.function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.momentumlab.numerics.Vec2;
import org.junit.jupiter.api.Test;

class ValleyTest {

    private final Valley valley = new Valley();

    @Test
    void isTheLessonsFunctionXSquaredOver20PlusYSquared() {
        assertThat(valley.key()).isEqualTo("valley");
        // 49/20 + 4 = 2.45 + 4
        assertThat(valley.value(-7, 2)).isEqualTo(-7.0 * -7.0 / 20 + 2.0 * 2.0).isCloseTo(6.45, within(1e-15));
        assertThat(valley.value(0, 0)).isZero();
        assertThat(valley.value(10, 0)).isEqualTo(5.0);
        assertThat(valley.value(0, 5)).isEqualTo(25.0);
    }

    @Test
    void gradientIsXOver10And2Y() {
        assertThat(valley.gradient(-7, 2)).isEqualTo(new Vec2(-7.0 / 10, 4.0));
        assertThat(valley.gradient(-6.93, 1.6)).isEqualTo(new Vec2(-6.93 / 10, 2 * 1.6));
        assertThat(valley.gradient(Vec2.ZERO)).isEqualTo(Vec2.ZERO);
    }

    @Test
    void showsTheLessonsWindowStartAndLevels() {
        assertThat(valley.window()).isEqualTo(new Window(-10, 10, -5, 5));
        assertThat(valley.defaultStart()).isEqualTo(new Vec2(-7, 2));
        assertThat(valley.minima()).containsExactly(Vec2.ZERO);
        assertThat(valley.levelRule()).isEqualTo(new LevelRule.Linear(30));
    }

    @Test
    void curvatureIsOneTenthAlongXAndTwoAlongY() {
        assertThat(valley.axisCurvatures()).contains(new AxisCurvatures(0.1, 2));
        // Independently: the slope of the gradient, measured between two points on each axis.
        double h = 0.5;
        double lambdaX = (valley.gradient(3 + h, 1).x() - valley.gradient(3 - h, 1).x()) / (2 * h);
        double lambdaY = (valley.gradient(3, 1 + h).y() - valley.gradient(3, 1 - h).y()) / (2 * h);
        assertThat(lambdaX).isCloseTo(0.1, within(1e-15));
        assertThat(lambdaY).isCloseTo(2.0, within(1e-15));
        // ... and no cross term: moving along y does not change ∂f/∂x.
        assertThat(valley.gradient(3, 1 + h).x()).isEqualTo(valley.gradient(3, 1 - h).x());
    }
}
