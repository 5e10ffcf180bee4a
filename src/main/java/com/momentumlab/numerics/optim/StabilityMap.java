package com.momentumlab.numerics.optim;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.AxisCurvatures;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The convergence rate of momentum over a grid of settings (α, β), for an axis-aligned quadratic with
 * curvatures λx and λy: the data of the playground's stability map.
 *
 * <p><b>Grid.</b> α runs over (0, αmax] in {@code columns} cells of width h = αmax/columns, β over [0, 1) in
 * {@code rows} cells of height 1/rows. Each cell holds the value at its centre,
 * α = (i + ½)·αmax/columns and β = (j + ½)/rows, so no cell sits on α = 0 or β = 1, where nothing converges.
 * Row 0 is the smallest β.
 *
 * <p><b>Value.</b> The rate max(rₓ, r_y), where r is the largest root magnitude of σ² − (1 + β − αλ)σ + β
 * on each axis ({@link MomentumAnalysis#axis}): the distance to the minimum shrinks by this factor per step
 * in the long run. A cell <em>diverges</em> (more exactly: does not converge) if a bound 0 &lt; αλ &lt; 2 + 2β
 * breaks on either axis or the rate is ≥ 1; a cell centre never lies exactly on αλ = 2 + 2β, where the path
 * would stay bounded without converging.
 *
 * <p><b>Boundaries</b> (as curves in the (α, β) plane):
 * <ul>
 *   <li>divergence: α = (2 + 2β)/λmax, the straight line from (2/λmax, 0) to (4/λmax, 1); every (α, β)
 *       left of it converges (on the valley, λmax = 2: α &lt; 1 + β);</li>
 *   <li>oscillation, one curve per axis: β = (1 − √(αλ))², above which that axis' roots are complex and
 *       the path spirals around the minimum on that axis, (1 − √β)² &lt; αλ &lt; (1 + √β)². Below the curve's
 *       rising branch (u &gt; 1) the roots are real and negative and the path flips side at every step
 *       instead; below its falling branch (u &lt; 1) it creeps in without changing side. Written with u = √(αλ) it is the parametric curve
 *       α = u²/λ, β = (1 − u)², u ∈ [0, 2]; it is drawn only where the map converges: it meets the
 *       divergence line where (ρ − 2)u² + 4u − 4 = 0 with ρ = λmax/λ, that is at u* = 2/(1 + √(ρ − 1))
 *       (u* = 2, the corner (4/λmax, 1), on the steepest axis; u* = 2/(1 + √19) ≈ 0.373, α ≈ 1.393, on
 *       the valley's x axis).</li>
 * </ul>
 *
 * <p><b>Default range.</b> αmax = 4.4/λmax rounded up to two significant digits: 10 % beyond 4/λmax, the
 * largest α that converges for any β &lt; 1, so the whole stable region and a strip of divergence show. On the
 * valley (λmax = 2, stable iff α &lt; 1 + β &lt; 2) that is αmax = 2.2.
 *
 * <p>Computing a 160 × 100 map takes under half a millisecond once the JIT has warmed up (measured by
 * {@code StabilityMapBench} in the tests); the result is immutable and can be shared.
 */
public final class StabilityMap {

    /** Default resolution: 160 columns of α, 100 rows of β (cells 0.01 high). */
    public static final int DEFAULT_COLUMNS = 160;
    public static final int DEFAULT_ROWS = 100;
    /** Points per oscillation-boundary curve. */
    static final int CURVE_POINTS = 97;

    private final AxisCurvatures curvatures;
    private final double alphaMax;
    private final int columns;
    private final int rows;
    private final double[] rates;
    private final boolean[] diverges;

    private StabilityMap(AxisCurvatures curvatures, double alphaMax, int columns, int rows) {
        this.curvatures = curvatures;
        this.alphaMax = alphaMax;
        this.columns = columns;
        this.rows = rows;
        this.rates = new double[columns * rows];
        this.diverges = new boolean[columns * rows];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                QuadraticAnalysis cell = MomentumAnalysis.of(curvatures, alpha(column), beta(row));
                int index = row * columns + column;
                rates[index] = cell.rate();
                diverges[index] = !cell.converges() || cell.rate() >= 1;
            }
        }
    }

    /** The map over the default range {@link #defaultAlphaMax} at the default resolution. */
    public static StabilityMap of(AxisCurvatures curvatures) {
        return of(curvatures, defaultAlphaMax(curvatures), DEFAULT_COLUMNS, DEFAULT_ROWS);
    }

    /**
     * @throws IllegalArgumentException unless both curvatures are positive and finite, αmax is positive and
     *     finite, and there is at least one column and one row
     */
    public static StabilityMap of(AxisCurvatures curvatures, double alphaMax, int columns, int rows) {
        checkCurvatures(curvatures);
        if (!(alphaMax > 0 && Double.isFinite(alphaMax)) || columns < 1 || rows < 1) {
            throw new IllegalArgumentException(
                    "need αmax > 0 and at least one cell: " + alphaMax + ", " + columns + " × " + rows);
        }
        return new StabilityMap(curvatures, alphaMax, columns, rows);
    }

    /** 4.4/λmax rounded up to two significant digits (2.2 on the valley). */
    public static double defaultAlphaMax(AxisCurvatures curvatures) {
        checkCurvatures(curvatures);
        double beyondLimit = 4.4 / lambdaMax(curvatures);
        // valueOf: round the decimal the double prints as (2.2), not its binary expansion (2.2000…018).
        return BigDecimal.valueOf(beyondLimit).round(new MathContext(2, RoundingMode.CEILING)).doubleValue();
    }

    public AxisCurvatures curvatures() {
        return curvatures;
    }

    public double alphaMax() {
        return alphaMax;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** The centre of column {@code column}: (column + ½)·αmax/columns. */
    public double alpha(int column) {
        return (column + 0.5) * alphaMax / columns;
    }

    /** The centre of row {@code row}: (row + ½)/rows. */
    public double beta(int row) {
        return (row + 0.5) / rows;
    }

    /** The rate at the centre of the cell: max over both axes of the largest root magnitude. */
    public double rate(int column, int row) {
        return rates[index(column, row)];
    }

    /** True if momentum does not converge at the centre of the cell. */
    public boolean diverges(int column, int row) {
        return diverges[index(column, row)];
    }

    /** All rates, row by row from the smallest β, each row from the smallest α; a copy. */
    public double[] rates() {
        return rates.clone();
    }

    /** λmax = max(λx, λy): the steeper axis decides where momentum diverges. */
    public double lambdaMax() {
        return lambdaMax(curvatures);
    }

    /** The α on the divergence boundary at momentum β: (2 + 2β)/λmax. */
    public double divergenceAlpha(double beta) {
        return MomentumAnalysis.largestStableLearningRate(beta, lambdaMax());
    }

    /** The divergence boundary over β ∈ [0, 1]: the straight line from (2/λmax, 0) to (4/λmax, 1) as (α, β). */
    public List<Vec2> divergenceBoundary() {
        return List.of(new Vec2(divergenceAlpha(0), 0), new Vec2(divergenceAlpha(1), 1));
    }

    /** The β on the oscillation boundary of an axis with curvature λ at learning rate α: (1 − √(αλ))². */
    public static double oscillationBeta(double alpha, double lambda) {
        double root = 1 - Math.sqrt(alpha * lambda);
        return root * root;
    }

    /**
     * The oscillation boundary β = (1 − √(αλ))² of one axis as (α, β) points, from (0, 1) to where it
     * leaves the map: at the divergence line (u = u*) or at α = αmax, whichever comes first. The points are
     * evenly spaced in u = √(αλ), dense where the curve is steep (small α).
     */
    public List<Vec2> oscillationBoundary(QuadraticAnalysis.Axis axis) {
        double lambda = axis == QuadraticAnalysis.Axis.X ? curvatures.lambdaX() : curvatures.lambdaY();
        double uEnd = Math.min(divergenceCrossing(lambdaMax() / lambda), Math.sqrt(alphaMax * lambda));
        List<Vec2> points = new ArrayList<>(CURVE_POINTS);
        for (int k = 0; k < CURVE_POINTS; k++) {
            // The last point is exactly uEnd, not (n − 1)·(uEnd/(n − 1)).
            double u = k == CURVE_POINTS - 1 ? uEnd : uEnd * k / (CURVE_POINTS - 1);
            double oneMinusU = 1 - u;
            points.add(new Vec2(u * u / lambda, oneMinusU * oneMinusU));
        }
        return List.copyOf(points);
    }

    /**
     * Where an axis' oscillation boundary meets the divergence line, as u = √(αλ): the root in [0, 2] of
     * (ρ − 2)u² + 4u − 4 = 0 with ρ = λmax/λ ≥ 1, which is u* = 2/(1 + √(ρ − 1)) (rationalised, so ρ = 2,
     * where the quadratic term vanishes, needs no special case).
     */
    static double divergenceCrossing(double rho) {
        return 2 / (1 + Math.sqrt(rho - 1));
    }

    private int index(int column, int row) {
        if (column < 0 || column >= columns || row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("cell (" + column + ", " + row + ") of " + columns + " × " + rows);
        }
        return row * columns + column;
    }

    private static double lambdaMax(AxisCurvatures c) {
        return Math.max(c.lambdaX(), c.lambdaY());
    }

    private static void checkCurvatures(AxisCurvatures c) {
        if (!(c.lambdaX() > 0 && c.lambdaY() > 0 && Double.isFinite(c.lambdaX()) && Double.isFinite(c.lambdaY()))) {
            throw new IllegalArgumentException("the map needs two positive, finite curvatures: " + c);
        }
    }
}
