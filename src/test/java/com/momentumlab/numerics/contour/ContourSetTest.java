package com.momentumlab.numerics.contour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.LevelRule;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.function.Window;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ContourSetTest {

    private static final DoubleBinaryOperator VALLEY = (x, y) -> x * x / 20 + y * y;
    private static final Window VALLEY_WINDOW = new Window(-10, 10, -5, 5);
    private static final DoubleBinaryOperator ROSENBROCK = (x, y) -> {
        double a = 1 - x;
        double b = y - x * x;
        return a * a + 100 * (b * b);
    };
    private static final Window ROSENBROCK_WINDOW = new Window(-2, 2, -1, 3);

    /** The lesson's valley as an Objective (test stand-in for the catalogue's). */
    private static final Objective VALLEY_OBJECTIVE = new Objective() {
        @Override
        public String key() {
            return "valley";
        }

        @Override
        public double value(double x, double y) {
            return VALLEY.applyAsDouble(x, y);
        }

        @Override
        public Vec2 gradient(double x, double y) {
            return new Vec2(x / 10, 2 * y);
        }

        @Override
        public Window window() {
            return VALLEY_WINDOW;
        }

        @Override
        public Vec2 defaultStart() {
            return new Vec2(-7, 2);
        }

        @Override
        public List<Vec2> minima() {
            return List.of(Vec2.ZERO);
        }

        @Override
        public LevelRule levelRule() {
            return new LevelRule.Linear(30);
        }
    };

    @Test
    void valleyOnADefaultChartHasTheLevelsZeroToThirtyRoundedToAThousandth() {
        ContourSet set = ContourSet.of(VALLEY_OBJECTIVE);

        assertThat(set.viewport()).isEqualTo(new Viewport(1200, 600));
        assertThat(set.window()).isEqualTo(VALLEY_WINDOW);
        assertThat(set.levels()).extracting(ContourLevel::level)
                .containsExactlyElementsOf(IntStream.rangeClosed(0, 30).mapToObj(k -> (double) k).toList());
        // 0 is the minimum (one grid point, a ring of zero size: dropped), 30 is reached only at the corners
        assertThat(set.levels().get(0).lines()).isEmpty();
        assertThat(set.levels().get(30).lines()).isEmpty();
        for (int k = 1; k <= 29; k++) {
            assertThat(set.levels().get(k).lines()).as("level %d", k).isNotEmpty();
        }
        // one pixel is 20/1200 = 0.0167 on both axes: a thousandth is the coarsest decimal step below 1/10 px
        for (ContourLevel level : set.levels()) {
            for (Polyline line : level.lines()) {
                for (double v : line.xy()) {
                    assertThat(Math.abs(v * 1000 - Math.rint(v * 1000))).isLessThan(1e-9);
                    assertThat(Double.toString(v)).matches("-?\\d+\\.\\d{1,3}");
                }
            }
        }
    }

    @Test
    void displayLinesAreWithinOnePixelOfTheExactLines() {
        assertWithinOnePixel(VALLEY, VALLEY_WINDOW, new LevelRule.Linear(30));
        assertWithinOnePixel(ROSENBROCK, ROSENBROCK_WINDOW, new LevelRule.Log(-1, 3, 30));
    }

    private static void assertWithinOnePixel(DoubleBinaryOperator f, Window window, LevelRule rule) {
        Viewport viewport = Viewport.keepingAspect(window, 1200);
        ContourSet set = ContourSet.compute(f, window, rule, viewport);
        Grid grid = Grid.sample(Grid.linspace(window.xMin(), window.xMax(), viewport.gridNx()),
                Grid.linspace(window.yMin(), window.yMax(), viewport.gridNy()), f);
        List<ContourLevel> exact = MarchingSquares.lines(grid, Levels.levels(rule, grid.zMin(), grid.zMax()));
        double pxWidth = viewport.pixelWidth(window);
        double pxHeight = viewport.pixelHeight(window);

        assertThat(set.levels()).hasSameSizeAs(exact);
        for (int k = 0; k < exact.size(); k++) {
            List<Polyline> shown = set.levels().get(k).lines();
            for (Polyline line : exact.get(k).lines()) {
                if (extentPx(line, pxWidth, pxHeight) < 1) {
                    continue; // may be dropped: it is a single point on screen
                }
                for (int v = 0; v < line.vertexCount(); v++) {
                    assertThat(distancePx(line.x(v), line.y(v), shown, pxWidth, pxHeight))
                            .as("level %s", exact.get(k).level()).isLessThanOrEqualTo(1.0);
                }
            }
            for (Polyline line : shown) {
                for (int v = 0; v < line.vertexCount(); v++) {
                    assertThat(distancePx(line.x(v), line.y(v), exact.get(k).lines(), pxWidth, pxHeight))
                            .isLessThanOrEqualTo(1.0);
                }
            }
        }
    }

    @Test
    void payloadIsSmallAndSimplified() throws IOException {
        ContourSet valley = ContourSet.compute(VALLEY, VALLEY_WINDOW, new LevelRule.Linear(30),
                Viewport.keepingAspect(VALLEY_WINDOW, 1200));
        ContourSet rosenbrock = ContourSet.compute(ROSENBROCK, ROSENBROCK_WINDOW, new LevelRule.Log(-1, 3, 30),
                Viewport.keepingAspect(ROSENBROCK_WINDOW, 1200));
        for (ContourSet set : List.of(valley, rosenbrock)) {
            assertThat(gzipSize(ContourJson.levelsArray(set.levels()))).isLessThan(40 * 1024);
            // a 1200 px chart needs no more than a few thousand vertices (the raw lines have ~10^5)
            assertThat(set.levels().stream().mapToInt(ContourLevel::vertexCount).sum()).isBetween(300, 5000);
        }
    }

    @Test
    void sameInputsGiveAnEqualImmutableSet() {
        ContourSet first = ContourSet.of(VALLEY_OBJECTIVE);
        ContourSet second = ContourSet.compute(VALLEY, VALLEY_WINDOW, new LevelRule.Linear(30), new Viewport(1200, 600));

        assertThat(second).isEqualTo(first);
        assertThatThrownBy(() -> first.levels().add(first.levels().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> first.levels().get(5).lines().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        Polyline line = first.levels().get(5).lines().get(0);
        double x0 = line.x(0);
        line.xy()[0] = 1e9;
        assertThat(line.x(0)).isEqualTo(x0);
    }

    @Test
    void smallerChartGetsACoarserGridAndFewerVertices() {
        ContourSet big = ContourSet.of(VALLEY_OBJECTIVE, new Viewport(1200, 600));
        ContourSet small = ContourSet.of(VALLEY_OBJECTIVE, new Viewport(400, 200));
        assertThat(small.viewport().gridNx()).isEqualTo(401);
        assertThat(small.viewport().gridNy()).isEqualTo(201);
        int bigVertices = big.levels().stream().mapToInt(ContourLevel::vertexCount).sum();
        int smallVertices = small.levels().stream().mapToInt(ContourLevel::vertexCount).sum();
        assertThat(smallVertices).isLessThan(bigVertices);
    }

    private static double extentPx(Polyline line, double pxWidth, double pxHeight) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < line.vertexCount(); v++) {
            minX = Math.min(minX, line.x(v));
            maxX = Math.max(maxX, line.x(v));
            minY = Math.min(minY, line.y(v));
            maxY = Math.max(maxY, line.y(v));
        }
        return Math.max((maxX - minX) / pxWidth, (maxY - minY) / pxHeight);
    }

    /** Distance in pixels from (x, y) to the nearest segment of any of the lines. */
    private static double distancePx(double x, double y, List<Polyline> lines, double pxWidth, double pxHeight) {
        double px = x / pxWidth;
        double py = y / pxHeight;
        double best = Double.POSITIVE_INFINITY;
        for (Polyline line : lines) {
            for (int s = 0; s + 1 < line.vertexCount(); s++) {
                double ax = line.x(s) / pxWidth;
                double ay = line.y(s) / pxHeight;
                double bx = line.x(s + 1) / pxWidth;
                double by = line.y(s + 1) / pxHeight;
                double len2 = (bx - ax) * (bx - ax) + (by - ay) * (by - ay);
                double t = len2 == 0 ? 0 : Math.min(1, Math.max(0, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / len2));
                best = Math.min(best, Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay))));
            }
        }
        return best;
    }

    private static int gzipSize(String json) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(json.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.size();
    }
}
