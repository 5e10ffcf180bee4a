package com.momentumlab.numerics.contour;

import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.numerics.function.LevelRule;
import com.momentumlab.numerics.function.Objective;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Command line for the contour benchmark harness ({@code contour-lines/1} JSON and generation time) and for
 * the size of the display payload. Run after {@code ./mvnw -q compile}:
 *
 * <pre>
 * java -cp target/classes com.momentumlab.numerics.contour.ContourCli lines \
 *     --function seed --x arange:-10:10:0.01 --y arange:-5:5:0.01 --levels auto:30 \
 *     --warmup 10 --reps 15 --out /tmp/java_seed.json
 * java -cp target/classes com.momentumlab.numerics.contour.ContourCli lines \
 *     --function rosenbrock --x linspace:-2:2:1000 --y linspace:-1:3:1000 \
 *     --levels-file src/test/resources/contour/rosenbrock-levels.txt --out /tmp/java_rosenbrock.json
 * java -cp target/classes com.momentumlab.numerics.contour.ContourCli display --function seed --out /tmp/seed.json
 * </pre>
 *
 * <p>{@code lines} times only {@link MarchingSquares#lines(Grid, double[])} (the grid and its values are
 * built before, the JSON written after), like the contourpy benchmark. Levels: {@code --levels 1,2,3},
 * {@code --levels auto:N} (matplotlib's {@code contour(X, Y, Z, N)}), {@code --levels logspace:a:b:n}, or
 * {@code --levels-file FILE} (numbers separated by commas or white space; use this with numpy's literal
 * values for a bit-exact comparison, see {@link Levels}).
 *
 * <p>{@code display} computes the {@link ContourSet} the browser gets for a function's default window and
 * prints its vertex count, JSON size and gzip size.
 *
 * <p>The functions are the {@link Catalogue}'s ({@code valley}, {@code rosenbrock}, {@code himmelblau},
 * {@code dip}), plus {@code seed}, the harness's name for the valley. {@code lines} samples
 * {@link Objective#value(double, double)} on the grid given by {@code --x} and {@code --y} (the harness's grid,
 * not the function's window); without {@code --levels} it uses the function's {@link Objective#levelRule()}.
 * The valley and Rosenbrock formulas are the harness's to the last bit ({@code GridTest}).
 */
public final class ContourCli {

    /** The benchmark harness calls the valley workload "seed". */
    private static final Map<String, String> ALIASES = Map.of("seed", "valley");

    private ContourCli() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || !(args[0].equals("lines") || args[0].equals("display"))) {
            System.err.println("usage: ContourCli lines --function NAME --x SPEC --y SPEC"
                    + " [--levels LIST|auto:N|logspace:a:b:n | --levels-file FILE]"
                    + " [--warmup W] [--reps N] [--out FILE] [--workload NAME]\n"
                    + "       ContourCli display --function NAME [--width-px 1200] [--out FILE]\n"
                    + "NAME: " + names() + "\n"
                    + "SPEC: arange:start:stop:step or linspace:start:stop:num");
            System.exit(2);
        }
        Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
        Objective function = objective(options.getOrDefault("--function", ""));
        if (args[0].equals("lines")) {
            lines(function, options);
        } else {
            display(function, options);
        }
    }

    private static void lines(Objective function, Map<String, String> options) throws IOException {
        int warmup = Integer.parseInt(options.getOrDefault("--warmup", "10"));
        int reps = Integer.parseInt(options.getOrDefault("--reps", "15"));
        double[] x = axis(required(options, "--x"));
        double[] y = axis(required(options, "--y"));

        long t0 = System.nanoTime();
        Grid grid = Grid.sample(x, y, function::value);
        double sampleMs = (System.nanoTime() - t0) / 1e6;
        double[] levels = levels(options, grid, function.levelRule());

        // Warm-up runs are timed runs whose times are dropped: same garbage collection before each.
        List<ContourLevel> result = null;
        double[] times = new double[reps];
        for (int r = -warmup; r < reps; r++) {
            result = null;
            System.gc(); // collect the previous result outside the timed region
            long start = System.nanoTime();
            result = MarchingSquares.lines(grid, levels);
            if (r >= 0) {
                times[r] = (System.nanoTime() - start) / 1e6;
            }
        }
        if (result == null) {
            result = MarchingSquares.lines(grid, levels);
        }

        int polylines = 0;
        int closed = 0;
        int vertices = 0;
        int nonEmpty = 0;
        for (ContourLevel level : result) {
            polylines += level.lines().size();
            closed += (int) level.lines().stream().filter(Polyline::closed).count();
            vertices += level.vertexCount();
            nonEmpty += level.lines().isEmpty() ? 0 : 1;
        }
        System.out.printf(Locale.ROOT, "java %s, %d cpus, load average %.2f; grid %dx%d, z range [%s, %s],"
                        + " sampled in %.1f ms%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                grid.nx(), grid.ny(), grid.zMin(), grid.zMax(), sampleMs);
        System.out.printf(Locale.ROOT, "levels (%d, non-empty %d): %s%n", levels.length, nonEmpty,
                Arrays.toString(levels));
        System.out.printf(Locale.ROOT, "polylines: %d (closed %d, open %d); vertices: %d%n",
                polylines, closed, polylines - closed, vertices);
        if (reps > 0) {
            double[] sorted = times.clone();
            Arrays.sort(sorted);
            double median = reps % 2 == 1 ? sorted[reps / 2] : 0.5 * (sorted[reps / 2 - 1] + sorted[reps / 2]);
            System.out.printf(Locale.ROOT, "generation time over %d reps (after %d warm-up): median %.2f ms,"
                    + " min %.2f ms, max %.2f ms%n", reps, warmup, median, sorted[0], sorted[reps - 1]);
            StringBuilder all = new StringBuilder();
            for (double t : times) {
                all.append(all.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", t));
            }
            System.out.println("all times (ms): [" + all + "]");
        }
        String out = options.get("--out");
        if (out != null) {
            String workload = options.getOrDefault("--workload", options.get("--function"));
            String json = ContourJson.contourLinesDocument("momentumlab MarchingSquares (Java)", workload, result);
            Files.writeString(Path.of(out), json, StandardCharsets.UTF_8);
            System.out.println("wrote " + out + " (" + json.length() + " bytes)");
        }
    }

    private static void display(Objective function, Map<String, String> options) throws IOException {
        String widthPx = options.get("--width-px");
        int reps = Integer.parseInt(options.getOrDefault("--reps", "10"));
        ContourSet set = null;
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < Math.max(1, reps); r++) {
            long start = System.nanoTime();
            // without --width-px exactly what the page gets
            set = widthPx == null ? ContourSet.of(function)
                    : ContourSet.of(function, Viewport.keepingAspect(function.window(), Integer.parseInt(widthPx)));
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        Viewport viewport = set.viewport();
        String json = ContourJson.levelsArray(set.levels());
        byte[] raw = json.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(raw);
        }
        int lines = set.levels().stream().mapToInt(l -> l.lines().size()).sum();
        int vertices = set.levels().stream().mapToInt(ContourLevel::vertexCount).sum();
        System.out.printf(Locale.ROOT, "%s: viewport %dx%d px, grid %dx%d, %d levels, %d lines, %d vertices;"
                        + " JSON %d bytes, gzip %d bytes; computed in %.1f ms (best of %d)%n",
                function.key(), viewport.widthPx(), viewport.heightPx(), viewport.gridNx(), viewport.gridNy(),
                set.levels().size(), lines, vertices, raw.length, gz.size(), best, Math.max(1, reps));
        String out = options.get("--out");
        if (out != null) {
            Files.write(Path.of(out), raw);
            System.out.println("wrote " + out);
        }
    }

    /** {@code arange:start:stop:step} or {@code linspace:start:stop:num}. */
    static double[] axis(String spec) {
        String[] p = spec.split(":");
        if (p.length == 4 && p[0].equals("arange")) {
            return Grid.arange(Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3]));
        }
        if (p.length == 4 && p[0].equals("linspace")) {
            return Grid.linspace(Double.parseDouble(p[1]), Double.parseDouble(p[2]), Integer.parseInt(p[3]));
        }
        throw new IllegalArgumentException("axis must be arange:start:stop:step or linspace:start:stop:num, got "
                + spec);
    }

    /** A catalogue function by key or alias. */
    static Objective objective(String name) {
        return Catalogue.byKey(ALIASES.getOrDefault(name, name)).orElseThrow(
                () -> new IllegalArgumentException("--function must be one of " + names() + ", got " + name));
    }

    private static String names() {
        List<String> names = new ArrayList<>(Catalogue.all().stream().map(Objective::key).toList());
        names.addAll(ALIASES.keySet());
        return String.join(", ", names);
    }

    /** From {@code --levels-file} or {@code --levels}, else the function's own rule on the sampled range. */
    private static double[] levels(Map<String, String> options, Grid grid, LevelRule ownRule) {
        String file = options.get("--levels-file");
        if (file != null) {
            try {
                return parseNumbers(Files.readString(Path.of(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String spec = options.get("--levels");
        if (spec == null) {
            return Levels.levels(ownRule, grid.zMin(), grid.zMax());
        }
        String[] p = spec.split(":");
        if (p[0].equals("auto") && p.length == 2) {
            return Levels.levels(new LevelRule.Linear(Integer.parseInt(p[1])), grid.zMin(), grid.zMax());
        }
        if (p[0].equals("logspace") && p.length == 4) {
            return Levels.logspace(Double.parseDouble(p[1]), Double.parseDouble(p[2]), Integer.parseInt(p[3]));
        }
        return parseNumbers(spec);
    }

    /** Numbers separated by commas and/or white space; {@code #} starts a comment line. */
    static double[] parseNumbers(String text) {
        List<Double> values = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            for (String token : line.split("[,\\s]+")) {
                if (!token.isEmpty()) {
                    values.add(Double.parseDouble(token));
                }
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int a = 0; a < args.length; a += 2) {
            if (!args[a].startsWith("--") || a + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value pairs, got " + Arrays.toString(args));
            }
            options.put(args[a], args[a + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }
}
