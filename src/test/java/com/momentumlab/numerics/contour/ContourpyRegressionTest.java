package com.momentumlab.numerics.contour;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guards fidelity with contourpy without Python: smaller versions of the two harness workloads, traced by
 * contourpy 1.0.7 {@code serial} once ({@code src/test/resources/contour/make_reference.py}), must come out the
 * same here: per level the same number of lines, the same closed flags and the same vertices to the last bit
 * (line order, direction and the start of a ring are free, as in the harness's compare.py).
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
}
