package com.momentumlab.numerics.contour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.numerics.function.ShallowDip;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContourCliTest {

    @TempDir
    Path dir;

    @Test
    void axisSpecsAreNumpysArangeAndLinspace() {
        assertThat(ContourCli.axis("arange:-10:10:0.01")).containsExactly(Grid.arange(-10, 10, 0.01));
        assertThat(ContourCli.axis("linspace:-2:2:1000")).containsExactly(Grid.linspace(-2, 2, 1000));
        assertThatThrownBy(() -> ContourCli.axis("range:0:1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void functionsAreTheCataloguesWithSeedAsTheHarnessNameOfTheValley() {
        for (String key : List.of("valley", "rosenbrock", "himmelblau", "dip")) {
            assertThat(ContourCli.objective(key)).isSameAs(Catalogue.byKey(key).orElseThrow());
        }
        assertThat(ContourCli.objective("seed")).isSameAs(Catalogue.byKey("valley").orElseThrow());
        assertThatThrownBy(() -> ContourCli.objective("banana"))
                .hasMessage("--function must be one of valley, rosenbrock, himmelblau, dip, seed, got banana");
    }

    @Test
    void withoutLevelsTheFunctionsOwnRuleIsUsed() throws Exception {
        Path out = dir.resolve("himmelblau.json");
        String printed = run("lines", "--function", "himmelblau", "--x", "linspace:-5:5:101", "--y",
                "linspace:-5:5:101", "--reps", "0", "--warmup", "0", "--out", out.toString());
        assertThat(printed).contains("grid 101x101").contains("levels (30, ");
        JsonNode levels = new ObjectMapper().readTree(out.toFile()).get("levels");
        // Log(-1, 3, 30): 10^-1 ... 10^3, the exponents 4/29 apart
        assertThat(levels).hasSize(30);
        assertThat(levels.get(0).get("level").doubleValue()).isEqualTo(0.1);
        assertThat(levels.get(29).get("level").doubleValue()).isEqualTo(1000.0);
        assertThat(doc(out).get("workload").asText()).isEqualTo("himmelblau");
    }

    @Test
    void levelListsAcceptCommasWhiteSpaceAndComments() {
        assertThat(ContourCli.parseNumbers("# numpy\n0.09999999999999999, 0.5\n  1e3 2\n"))
                .containsExactly(0.09999999999999999, 0.5, 1000.0, 2.0);
    }

    @Test
    void linesWritesTheHarnessFormatAndTheTiming() throws Exception {
        Path out = dir.resolve("seed.json");
        String printed = run("lines", "--function", "seed", "--x", "arange:-10:10:0.25", "--y", "arange:-5:5:0.25",
                "--levels", "auto:30", "--warmup", "1", "--reps", "3", "--out", out.toString());

        assertThat(printed).contains("grid 80x40").contains("polylines: 63 (closed 5, open 58)")
                .containsPattern("generation time over 3 reps \\(after 1 warm-up\\): median [0-9.]+ ms, min [0-9.]+ ms,"
                        + " max [0-9.]+ ms");
        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        assertThat(doc.get("format").asText()).isEqualTo("contour-lines/1");
        assertThat(doc.get("workload").asText()).isEqualTo("seed");
        JsonNode levels = doc.get("levels");
        assertThat(levels).hasSize(31);
        // the same lines as the engine's, through JSON and back, to the last bit
        Grid grid = Grid.sample(Grid.arange(-10, 10, 0.25), Grid.arange(-5, 5, 0.25), (x, y) -> x * x / 20 + y * y);
        List<ContourLevel> expected = MarchingSquares.lines(grid, Levels.autolev(30, grid.zMin(), grid.zMax()));
        for (int k = 0; k < 31; k++) {
            assertThat(levels.get(k).get("level").doubleValue()).isEqualTo(expected.get(k).level());
            JsonNode lines = levels.get(k).get("lines");
            assertThat(lines).hasSize(expected.get(k).lines().size());
            for (int l = 0; l < lines.size(); l++) {
                Polyline line = expected.get(k).lines().get(l);
                assertThat(lines.get(l).get("closed").booleanValue()).isEqualTo(line.closed());
                double[] xy = new double[lines.get(l).get("xy").size()];
                for (int c = 0; c < xy.length; c++) {
                    xy[c] = lines.get(l).get("xy").get(c).doubleValue();
                }
                assertThat(xy).containsExactly(line.xy());
            }
        }
    }

    @Test
    void levelsFileIsReadLiterally() throws Exception {
        Path levels = dir.resolve("levels.txt");
        Files.writeString(levels, "0.09999999999999999\n1000.0\n");
        Path out = dir.resolve("rosenbrock.json");
        run("lines", "--function", "rosenbrock", "--x", "linspace:-2:2:81", "--y", "linspace:-1:3:81",
                "--levels-file", levels.toString(), "--reps", "0", "--warmup", "0", "--out", out.toString());
        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        assertThat(doc.get("levels").get(0).get("level").doubleValue()).isEqualTo(0.09999999999999999);
        assertThat(doc.get("levels").get(1).get("level").doubleValue()).isEqualTo(1000.0);
    }

    @Test
    void displayPrintsThePayloadSize() throws Exception {
        Path out = dir.resolve("payload.json");
        String printed = run("display", "--function", "valley", "--width-px", "400", "--reps", "1",
                "--out", out.toString());
        assertThat(printed).contains("viewport 400x200 px, grid 401x201, 31 levels").containsPattern("gzip \\d+ bytes");
        JsonNode payload = new ObjectMapper().readTree(out.toFile());
        assertThat(payload).hasSize(31);
        assertThat(payload.get(10).get("level").doubleValue()).isEqualTo(10.0);
        assertThat(payload.get(10).get("lines").get(0).get("closed").isBoolean()).isTrue();
    }

    @Test
    void displayWithoutAWidthIsWhatThePageGets() throws Exception {
        // the dip's window is 7 x 4: 1200 px wide, 1200 * 4 / 7 = 685.7 -> 686 px high, one grid cell per pixel
        Path out = dir.resolve("dip.json");
        String printed = run("display", "--function", "dip", "--reps", "1", "--out", out.toString());
        assertThat(printed).startsWith("dip: viewport 1200x686 px, grid 1201x687, ");
        assertThat(Files.readString(out))
                .isEqualTo(ContourJson.levelsArray(ContourSet.of(new ShallowDip()).levels()));
    }

    private static JsonNode doc(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }

    private static String run(String... args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ContourCli.main(args);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
