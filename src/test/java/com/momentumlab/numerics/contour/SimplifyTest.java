package com.momentumlab.numerics.contour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimplifyTest {

    @Test
    void nearlyStraightLineKeepsOnlyItsEndpoints() {
        Polyline line = new Polyline(new double[] {0, 0, 1, 0.01, 2, -0.01, 3, 0}, false);
        assertThat(Simplify.douglasPeucker(line, 0.1).xy()).containsExactly(0, 0, 3, 0);
    }

    @Test
    void cornerBeyondTheToleranceIsKept() {
        Polyline line = new Polyline(new double[] {0, 0, 1, 1, 2, 2, 3, 1, 4, 0}, false);
        assertThat(Simplify.douglasPeucker(line, 0.1).xy()).containsExactly(0, 0, 2, 2, 4, 0);
    }

    @Test
    void tolerancesArePerAxis() {
        // (1, 0.5) is 0.5 off the chord in y: within a y tolerance of 1, beyond one of 0.25.
        Polyline line = new Polyline(new double[] {0, 0, 1, 0.5, 2, 0}, false);
        assertThat(Simplify.douglasPeucker(line, 1, 1).xy()).containsExactly(0, 0, 2, 0);
        assertThat(Simplify.douglasPeucker(line, 1, 0.25).xy()).containsExactly(0, 0, 1, 0.5, 2, 0);
        // a large x tolerance does not excuse a y deviation
        assertThat(Simplify.douglasPeucker(line, 100, 0.25).vertexCount()).isEqualTo(3);
    }

    @Test
    void closedRingStaysClosedWithinTheTolerance() {
        int n = 360;
        double[] xy = new double[2 * (n + 1)];
        for (int k = 0; k <= n; k++) {
            double t = 2 * Math.PI * (k % n) / n;
            xy[2 * k] = 10 * Math.cos(t);
            xy[2 * k + 1] = 10 * Math.sin(t);
        }
        Polyline ring = new Polyline(xy, true);

        Polyline simplified = Simplify.douglasPeucker(ring, 0.05);

        assertThat(simplified.closed()).isTrue();
        int last = simplified.vertexCount() - 1;
        assertThat(simplified.x(last)).isEqualTo(simplified.x(0));
        assertThat(simplified.y(last)).isEqualTo(simplified.y(0));
        // a chord of a radius-10 circle within 0.05 spans at most 2*acos(1 - 0.005) = 11.5 degrees: >= 32 vertices
        assertThat(simplified.vertexCount()).isBetween(32, 60);
        assertThat(maxDeviation(ring, simplified)).isLessThanOrEqualTo(0.05);
    }

    @Test
    void realContourLineKeepsEndpointsAndOnePixel() {
        // seed valley, level 12, on a 0.05 grid; one pixel of a 1200 px wide chart of [-10, 10] is 20/1200
        Grid grid = Grid.sample(Grid.arange(-10, 10, 0.05), Grid.arange(-5, 5, 0.05), (x, y) -> x * x / 20 + y * y);
        List<Polyline> lines = MarchingSquares.lines(grid, 12.0).lines();
        assertThat(lines).hasSize(2);
        double pixel = 20.0 / 1200;
        for (Polyline line : lines) {
            Polyline simplified = Simplify.douglasPeucker(line, pixel);
            assertThat(simplified.closed()).isFalse();
            assertThat(simplified.x(0)).isEqualTo(line.x(0));
            assertThat(simplified.y(0)).isEqualTo(line.y(0));
            assertThat(simplified.x(simplified.vertexCount() - 1)).isEqualTo(line.x(line.vertexCount() - 1));
            assertThat(simplified.y(simplified.vertexCount() - 1)).isEqualTo(line.y(line.vertexCount() - 1));
            assertThat(simplified.vertexCount()).isLessThan(line.vertexCount() / 10);
            assertThat(maxDeviation(line, simplified)).isLessThanOrEqualTo(pixel);
            assertThat(Simplify.maxDeviation(line, simplified, pixel, pixel)).isLessThanOrEqualTo(1.0);
        }
    }

    @Test
    void shortLinesAreLeftAlone() {
        Polyline segment = new Polyline(new double[] {0, 0, 1, 1}, false);
        Polyline triangle = new Polyline(new double[] {0, 0, 1, 0, 0, 1, 0, 0}, true);
        assertThat(Simplify.douglasPeucker(segment, 10)).isEqualTo(segment);
        assertThat(Simplify.douglasPeucker(triangle, 10)).isEqualTo(triangle);
        assertThatThrownBy(() -> Simplify.douglasPeucker(segment, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Largest distance from a vertex of {@code original} to the polyline {@code simplified} (vector projection). */
    private static double maxDeviation(Polyline original, Polyline simplified) {
        double worst = 0;
        for (int k = 0; k < original.vertexCount(); k++) {
            double px = original.x(k);
            double py = original.y(k);
            double nearest = Double.POSITIVE_INFINITY;
            for (int s = 0; s + 1 < simplified.vertexCount(); s++) {
                double ax = simplified.x(s);
                double ay = simplified.y(s);
                double bx = simplified.x(s + 1);
                double by = simplified.y(s + 1);
                double t = ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
                t = Double.isNaN(t) ? 0 : Math.min(1, Math.max(0, t));
                nearest = Math.min(nearest, Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay))));
            }
            worst = Math.max(worst, nearest);
        }
        return worst;
    }
}
