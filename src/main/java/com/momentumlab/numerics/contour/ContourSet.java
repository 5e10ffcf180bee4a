package com.momentumlab.numerics.contour;

import com.momentumlab.numerics.function.LevelRule;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.function.Window;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * The contour lines of a function as the browser draws them: sampled on a grid sized for the chart,
 * levels from the function's {@link LevelRule}, simplified to sub-pixel error and rounded.
 *
 * <p>A pure function of its inputs, and immutable: compute it once per function and share it.
 *
 * <p>Error budget, in pixels of the {@link Viewport}: Douglas–Peucker at {@value #SIMPLIFY_PX} px, plus
 * rounding every coordinate to a decimal step of at most 1/10 px on its axis (at most 0.05 px per axis,
 * 0.071 px together): at most 0.971 px from the marching-squares lines, so "at most 1 px". The sampling
 * error of the grid itself (one cell per pixel, {@link Viewport#PX_PER_CELL}) is measured separately, in
 * docs/PERFORMANCE.md.
 */
public record ContourSet(Window window, Viewport viewport, List<ContourLevel> levels) {

    /** Douglas–Peucker tolerance in pixels; leaves room for the rounding within the 1 px budget. */
    public static final double SIMPLIFY_PX = 0.9;

    public ContourSet {
        levels = List.copyOf(levels);
    }

    /** The display set of a function in its own window, on a {@value Viewport#DEFAULT_WIDTH_PX} px wide chart with equal scales. */
    public static ContourSet of(Objective objective) {
        return of(objective, Viewport.keepingAspect(objective.window(), Viewport.DEFAULT_WIDTH_PX));
    }

    /** The display set of a function in its own window for a given plot area. */
    public static ContourSet of(Objective objective, Viewport viewport) {
        return compute(objective::value, objective.window(), objective.levelRule(), viewport);
    }

    /**
     * Samples {@code f} on {@code linspace} grids spanning the window ({@link Viewport#gridNx()} x
     * {@link Viewport#gridNy()} points), picks the levels from {@code rule} and the sampled range, traces the
     * lines, simplifies each with one pixel per axis as the unit, and rounds the coordinates. Lines that
     * shrink to a single point on screen are dropped; levels without lines are kept (empty).
     */
    public static ContourSet compute(DoubleBinaryOperator f, Window window, LevelRule rule, Viewport viewport) {
        Grid grid = Grid.sample(
                Grid.linspace(window.xMin(), window.xMax(), viewport.gridNx()),
                Grid.linspace(window.yMin(), window.yMax(), viewport.gridNy()), f);
        double[] levelValues = Levels.levels(rule, grid.zMin(), grid.zMax());
        double pxWidth = viewport.pixelWidth(window);
        double pxHeight = viewport.pixelHeight(window);
        DecimalRounding roundX = DecimalRounding.finerThan(pxWidth / 10);
        DecimalRounding roundY = DecimalRounding.finerThan(pxHeight / 10);

        List<ContourLevel> display = new ArrayList<>();
        for (ContourLevel level : MarchingSquares.lines(grid, levelValues)) {
            List<Polyline> lines = new ArrayList<>();
            for (Polyline line : level.lines()) {
                Polyline simplified = Simplify.douglasPeucker(line, SIMPLIFY_PX * pxWidth, SIMPLIFY_PX * pxHeight);
                Polyline rounded = round(simplified, roundX, roundY);
                if (rounded != null) {
                    lines.add(rounded);
                }
            }
            display.add(new ContourLevel(level.level(), lines));
        }
        return new ContourSet(window, viewport, display);
    }

    /** Rounds every vertex and drops repeats of the previous vertex; null if fewer than 2 distinct points are left. */
    private static Polyline round(Polyline line, DecimalRounding roundX, DecimalRounding roundY) {
        double[] xy = new double[2 * line.vertexCount()];
        int c = 0;
        for (int k = 0; k < line.vertexCount(); k++) {
            double px = roundX.apply(line.x(k));
            double py = roundY.apply(line.y(k));
            if (c == 0 || px != xy[c - 2] || py != xy[c - 1]) {
                xy[c++] = px;
                xy[c++] = py;
            }
        }
        boolean degenerate = c < 4 || (line.closed() && c < 6);
        return degenerate ? null : new Polyline(Arrays.copyOf(xy, c), line.closed());
    }

    /** Rounding to a multiple of a power of ten, so that the JSON number is short ("1.234", not "1.2340000000000002"). */
    private record DecimalRounding(int decimals) {

        /** The coarsest power-of-ten step that is at most {@code maxStep}. */
        static DecimalRounding finerThan(double maxStep) {
            return new DecimalRounding((int) Math.ceil(-Math.log10(maxStep)));
        }

        double apply(double v) {
            // Dividing by an exact power of ten gives the double nearest to the decimal, which prints short.
            if (decimals >= 0) {
                double scale = Math.pow(10, decimals);
                return Math.round(v * scale) / scale;
            }
            double step = Math.pow(10, -decimals);
            return Math.round(v / step) * step;
        }
    }
}
