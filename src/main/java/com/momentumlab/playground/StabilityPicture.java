package com.momentumlab.playground;

import com.momentumlab.base.input.Numbers;
import com.momentumlab.chart.ColorScale;
import com.momentumlab.chart.HeatGrid;
import com.momentumlab.chart.HeatMapData;
import com.momentumlab.chart.HeatMapData.Curve;
import com.momentumlab.chart.HeatMapData.Hatch;
import com.momentumlab.chart.HeatMapData.Step;
import com.momentumlab.chart.Palette;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.AxisCurvatures;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.optim.MomentumAnalysis;
import com.momentumlab.numerics.optim.QuadraticAnalysis;
import com.momentumlab.numerics.optim.QuadraticAnalysis.Axis;
import com.momentumlab.numerics.optim.StabilityMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A quadratic function's stability map ready for the {@link com.momentumlab.chart.HeatMap}: the
 * {@link StabilityMap} of its axis curvatures turned into cells, colours, legend ticks and boundary curves,
 * plus what a click on the map means. Built once per function and shared: nothing in it depends on the user.
 *
 * <p><b>Colours.</b> A cell is coloured by s = −log₁₀(1 − rate), the number of nines in the rate: 0.9 → 1,
 * 0.99 → 2, 0.999 → 3. Near 1 is where the rates that matter differ (on the valley the map's rates run from
 * about 0.64 to 0.9993), and a step from 0.99 to 0.999 means ten times as many steps to get equally close, so
 * equal colour steps should be equal ratios of 1 − rate. s ∈ [0, 3] is mapped onto reversed viridis
 * (perceptually uniform, readable with colour-vision deficiencies and in greyscale): bright yellow =
 * fast, dark purple = slow; rates above 0.999 take the darkest colour. Divergent cells have no value and are
 * hatched light grey, a colour viridis never uses.
 *
 * <p><b>Curves.</b> The divergence line solid black, the x axis' oscillation curve long white dashes, the
 * y axis' short black dashes, each with a halo of the opposite colour so it reads on any cell.
 *
 * <p><b>Picking.</b> A click or key pick is rounded to the map's resolution, 0.01 on the valley (the cells
 * are 0.01375 wide and 0.01 high), so the learner gets α = 0.44 rather than 0.4372…, and kept inside the
 * lab's ranges: α ≥ one step, β ≤ 1 − one step.
 */
public final class StabilityPicture {

    /** Colours in the palette: more than the eye separates on a bar of a few hundred pixels. */
    static final int COLORS = 128;
    /** The slowest rate with its own colour: 1 − 10⁻³. */
    static final double NINES = 3;
    /** The lab's marker colour, the same vermillion as the Momentum path. */
    static final String MARKER_COLOR = "#D55E00";

    private static final Map<AxisCurvatures, StabilityPicture> CACHE = new ConcurrentHashMap<>();

    private final StabilityMap map;
    private final HeatMapData data;
    private final String dataJson;
    private final int pickDecimals;

    private StabilityPicture(StabilityMap map) {
        this.map = map;
        this.pickDecimals = decimalsFor(Math.min(map.alphaMax() / map.columns(), 1.0 / map.rows()));
        this.data = heatMapData(map, pickStep());
        this.dataJson = data.toJson();
    }

    /** The picture of {@code f}'s map, or empty if {@code f} is not an axis-aligned quadratic. */
    public static Optional<StabilityPicture> of(Objective f) {
        return f.axisCurvatures().map(c -> CACHE.computeIfAbsent(c, key -> new StabilityPicture(StabilityMap.of(key))));
    }

    public StabilityMap map() {
        return map;
    }

    public HeatMapData data() {
        return data;
    }

    /** {@link #data()} as the heat map element reads it, made once for every tab. */
    public String dataJson() {
        return dataJson;
    }

    public AxisCurvatures curvatures() {
        return map.curvatures();
    }

    /** The divergence line as drawn (the first of {@link HeatMapData#curves()}). */
    public Curve divergenceCurve() {
        return data.curves().get(0);
    }

    /** An axis' oscillation boundary as drawn. */
    public Curve oscillationCurve(Axis axis) {
        return data.curves().get(axis == Axis.X ? 1 : 2);
    }

    /** How finely a pick is rounded: 10⁻ᵈ, the largest power of ten not above the smaller cell side. */
    public double pickStep() {
        return BigDecimal.ONE.movePointLeft(pickDecimals).doubleValue();
    }

    /**
     * What a pick at (x, y) on the map sets: both rounded half-up to {@link #pickStep()} (as decimals, so
     * 0.4372 gives exactly 0.44), then α clamped to [step, αmax] and β to [0, 1 − step]. Anything not finite
     * (a client can send anything) counts as the lower end.
     */
    public Setting pick(double x, double y) {
        double step = pickStep();
        double alpha = clamp(round(x), step, map.alphaMax());
        double beta = clamp(round(y), 0, BigDecimal.ONE.subtract(BigDecimal.ONE.movePointLeft(pickDecimals)).doubleValue());
        return new Setting(alpha, beta);
    }

    /** A learning rate and a momentum picked on the map. */
    public record Setting(double alpha, double beta) {}

    /**
     * One line about (α, β) on this function: the rate per step if it converges, otherwise which bound
     * breaks on which axis ({@link DivergenceExplanation#ofSetting}). Key {@code stability.point.converges}
     * takes α, β and the rate to 4 significant digits.
     */
    public Explanation describe(Objective f, double alpha, double beta) {
        return DivergenceExplanation.ofSetting(f, alpha, beta).orElseGet(() -> {
            QuadraticAnalysis analysis = MomentumAnalysis.of(curvatures(), alpha, beta);
            return Explanation.of("stability.point.converges",
                    Numbers.exact(alpha), Numbers.exact(beta), Numbers.rounded(analysis.rate(), 4));
        });
    }

    /** The colour coordinate of a rate: −log₁₀(1 − rate), the number of nines. */
    static double nines(double rate) {
        return -Math.log10(1 - rate);
    }

    private static HeatMapData heatMapData(StabilityMap map, double step) {
        double[] values = map.rates();
        for (int row = 0; row < map.rows(); row++) {
            for (int column = 0; column < map.columns(); column++) {
                int i = row * map.columns() + column;
                values[i] = map.diverges(column, row) ? Double.NaN : nines(values[i]);
            }
        }
        HeatGrid grid = new HeatGrid(0, map.alphaMax(), 0, 1, map.columns(), map.rows(), values);
        return HeatMapData.of(grid, colorScale(), new Hatch("#e6e6e6", "#9e9e9e"), curves(map), MARKER_COLOR,
                new Step(step, step));
    }

    /** Reversed viridis over 0 … 3 nines, ticked at the rates 0, 0.5, 0.9, 0.99 and 0.999. */
    static ColorScale colorScale() {
        List<String> colors = new ArrayList<>(COLORS);
        for (int i = 0; i < COLORS; i++) {
            colors.add(Palette.viridis(1 - (double) i / (COLORS - 1)));
        }
        List<ColorScale.Tick> ticks = List.of(
                new ColorScale.Tick(nines(0), "0"),
                new ColorScale.Tick(nines(0.5), "0.5"),
                new ColorScale.Tick(nines(0.9), "0.9"),
                new ColorScale.Tick(nines(0.99), "0.99"),
                new ColorScale.Tick(nines(0.999), "0.999"));
        return new ColorScale(0, NINES, colors, ticks);
    }

    private static List<Curve> curves(StabilityMap map) {
        return List.of(
                new Curve("#000000", "#ffffff", 2, null, points(map.divergenceBoundary())),
                new Curve("#ffffff", "#000000", 2, List.of(9.0, 5.0), points(map.oscillationBoundary(Axis.X))),
                new Curve("#000000", "#ffffff", 2, List.of(3.0, 3.0), points(map.oscillationBoundary(Axis.Y))));
    }

    private static List<double[]> points(List<Vec2> curve) {
        return curve.stream().map(p -> new double[] {p.x(), p.y()}).toList();
    }

    private double round(double value) {
        if (!Double.isFinite(value)) {
            return Double.NEGATIVE_INFINITY; // clamped to the lower end
        }
        return BigDecimal.valueOf(value).setScale(pickDecimals, RoundingMode.HALF_UP).doubleValue();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    /** d such that 10⁻ᵈ ≤ size &lt; 10¹⁻ᵈ. */
    private static int decimalsFor(double size) {
        return -BigDecimal.valueOf(size).precision() + BigDecimal.valueOf(size).scale() + 1;
    }
}
