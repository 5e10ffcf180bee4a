package com.momentumlab.numerics.function;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.numerics.Vec2;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each analytic gradient agrees with the slope measured from the function's own values, the central
 * difference (f(x + h) − f(x − h)) / 2h, everywhere in the window and a little beyond it.
 */
class GradientCheckTest {

    static Stream<Objective> functions() {
        return Catalogue.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void gradientMatchesCentralDifferencesAcrossTheWindow(Objective f) {
        List<Vec2> points = samplePoints(f.window());
        for (Vec2 p : points) {
            Vec2 analytic = f.gradient(p);
            double hx = 1e-5 * Math.max(1, Math.abs(p.x()));
            double hy = 1e-5 * Math.max(1, Math.abs(p.y()));
            double dx = (f.value(p.x() + hx, p.y()) - f.value(p.x() - hx, p.y())) / (2 * hx);
            double dy = (f.value(p.x(), p.y() + hy) - f.value(p.x(), p.y() - hy)) / (2 * hy);
            // Relative to the size of the numbers involved: the difference quotient loses about
            // ε·|f|/h to rounding and h²·f'''/6 to truncation, both far below 1e-6 of that scale.
            double scale = 1 + Math.abs(f.value(p));
            assertThat(Math.abs(analytic.x() - dx))
                    .as("%s: ∂f/∂x at %s, analytic %s vs difference quotient %s", f.key(), p, analytic.x(), dx)
                    .isLessThanOrEqualTo(1e-6 * (scale + Math.abs(dx)));
            assertThat(Math.abs(analytic.y() - dy))
                    .as("%s: ∂f/∂y at %s, analytic %s vs difference quotient %s", f.key(), p, analytic.y(), dy)
                    .isLessThanOrEqualTo(1e-6 * (scale + Math.abs(dy)));
        }
        assertThat(points).hasSize(21 * 21 + 200);
    }

    /** A 21 × 21 grid over the window, edges included, and 200 seeded random points up to 10 % beyond it. */
    private static List<Vec2> samplePoints(Window w) {
        List<Vec2> points = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            for (int j = 0; j <= 20; j++) {
                points.add(new Vec2(w.xMin() + w.width() * i / 20, w.yMin() + w.height() * j / 20));
            }
        }
        Random random = new Random(20240601);
        for (int k = 0; k < 200; k++) {
            double x = w.xMin() + w.width() * (1.2 * random.nextDouble() - 0.1);
            double y = w.yMin() + w.height() * (1.2 * random.nextDouble() - 0.1);
            points.add(new Vec2(x, y));
        }
        return points;
    }
}
