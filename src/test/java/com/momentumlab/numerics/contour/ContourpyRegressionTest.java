package com.momentumlab.numerics.contour;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guards fidelity with contourpy without Python: smaller versions of the two harness workloads, traced by
 * contourpy 1.0.7 {@code serial} once ({@code src/test/resources/contour/make_reference.py}), must come out the
 * same here: per level the same number of lines, the same closed flags and the same vertices to the last bit
 * (line order, direction and the start of a ring are free, as in the harness's compare.py). Plus tiny literal
 * grids whose lines touch the boundary only at grid points exactly at the level, where the closed flag is
 * contourpy's own (its CLOSEPOLY code), not a guess from the vertices.
 */
class ContourpyRegressionTest {

    private static final DoubleBinaryOperator VALLEY = (x, y) -> x * x / 20 + y * y;
    private static final DoubleBinaryOperator ROSENBROCK = (x, y) -> {
        double a = 1 - x;
        double b = y - x * x;
        return a * a + 100 * (b * b);
    };

    @ParameterizedTest
    @CsvSource({"seed-small", "rosenbrock-small"})
    void sameLinesAsContourpy(String workload) throws Exception {
        JsonNode reference = new ObjectMapper().readTree(TestResources.text("contour/contourpy-" + workload + ".json"));
        Grid grid = workload.equals("seed-small")
                ? Grid.sample(Grid.arange(-10, 10, 0.25), Grid.arange(-5, 5, 0.25), VALLEY)
                : Grid.sample(Grid.linspace(-2, 2, 81), Grid.linspace(-1, 3, 81), ROSENBROCK);
        JsonNode referenceLevels = reference.get("levels");
        double[] levels = new double[referenceLevels.size()];
        for (int k = 0; k < levels.length; k++) {
            levels[k] = referenceLevels.get(k).get("level").doubleValue();
        }

        List<ContourLevel> ours = MarchingSquares.lines(grid, levels);

        assertThat(ours).hasSize(levels.length);
        int totalLines = 0;
        for (int k = 0; k < levels.length; k++) {
            List<Polyline> expected = new ArrayList<>();
            for (JsonNode line : referenceLevels.get(k).get("lines")) {
                double[] xy = new double[line.get("xy").size()];
                for (int c = 0; c < xy.length; c++) {
                    xy[c] = line.get("xy").get(c).doubleValue();
                }
                expected.add(new Polyline(xy, line.get("closed").booleanValue()));
            }
            assertThat(ours.get(k).level()).isEqualTo(levels[k]);
            assertThat(ours.get(k).lines()).as("level %s", levels[k]).hasSameSizeAs(expected);
            assertThat(CanonicalLines.of(ours.get(k).lines())).as("level %s", levels[k])
                    .isEqualTo(CanonicalLines.of(expected));
            totalLines += expected.size();
        }
        // the references are not trivially small: 63 lines (seed), 145 lines with 100 rings (rosenbrock)
        assertThat(totalLines).isEqualTo(workload.equals("seed-small") ? 63 : 145);
    }

    @Test
    void sameLinesAsContourpyWhereALineTouchesTheBoundaryAtALevelPoint() throws Exception {
        JsonNode reference = new ObjectMapper().readTree(TestResources.text("contour/contourpy-edge-cases.json"));
        int closed = 0;
        for (JsonNode c : reference.get("cases")) {
            double[] x = doubles(c.get("x"));
            double[] y = doubles(c.get("y"));
            double[] z = new double[x.length * y.length];
            for (int j = 0; j < y.length; j++) {
                System.arraycopy(doubles(c.get("z").get(j)), 0, z, j * x.length, x.length);
            }
            List<Polyline> expected = new ArrayList<>();
            for (JsonNode line : c.get("lines")) {
                expected.add(new Polyline(doubles(line.get("xy")), line.get("closed").booleanValue()));
                closed += line.get("closed").booleanValue() ? 1 : 0;
            }
            ContourLevel ours = MarchingSquares.lines(Grid.of(x, y, z), c.get("level").doubleValue());
            assertThat(CanonicalLines.of(ours.lines())).as("z = %s", c.get("z")).isEqualTo(CanonicalLines.of(expected));
        }
        assertThat(reference.get("cases")).hasSize(7);
        assertThat(closed).isEqualTo(9);
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = array.get(k).doubleValue();
        }
        return values;
    }
}
