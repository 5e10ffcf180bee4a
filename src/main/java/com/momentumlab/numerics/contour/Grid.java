package com.momentumlab.numerics.contour;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;

/**
 * A rectilinear grid of sampled values: coordinates {@code x[0..nx)}, {@code y[0..ny)} and the values
 * {@code z} in row-major order, {@code z[j*nx + i] = f(x[i], y[j])} (numpy's {@code Z} of shape
 * {@code (ny, nx)} for {@code X, Y = meshgrid(x, y)}).
 *
 * <p>Immutable: the arrays are copied in and never handed out. The coordinate factories {@link #arange}
 * and {@link #linspace} reproduce numpy 1.24 bit for bit, so a grid built here is the grid the
 * contourpy reference sees.
 */
public final class Grid {

    private final double[] x;
    private final double[] y;
    private final double[] z;
    private final double zMin;
    private final double zMax;

    private Grid(double[] x, double[] y, double[] z) {
        if (x.length < 2 || y.length < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 x 2 points");
        }
        if (z.length != x.length * y.length) {
            throw new IllegalArgumentException("z must have nx*ny = " + x.length * y.length + " values");
        }
        requireStrictlyIncreasing(x, "x");
        requireStrictlyIncreasing(y, "y");
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            // Marching squares interpolates between neighbours: one NaN or infinity would poison a line.
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("z must be finite, found " + v);
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        this.x = x;
        this.y = y;
        this.z = z;
        this.zMin = min;
        this.zMax = max;
    }

    /** A grid of given values; {@code z} is row-major, {@code z[j*nx + i]} belongs to {@code (x[i], y[j])}. */
    public static Grid of(double[] x, double[] y, double[] z) {
        return new Grid(x.clone(), y.clone(), z.clone());
    }

    /** Samples {@code f} at every grid point: {@code z[j*nx + i] = f(x[i], y[j])}. */
    public static Grid sample(double[] x, double[] y, DoubleBinaryOperator f) {
        double[] xs = x.clone();
        double[] ys = y.clone();
        double[] z = new double[xs.length * ys.length];
        for (int j = 0; j < ys.length; j++) {
            int row = j * xs.length;
            for (int i = 0; i < xs.length; i++) {
                z[row + i] = f.applyAsDouble(xs[i], ys[j]);
            }
        }
        return new Grid(xs, ys, z);
    }

    /**
     * numpy's {@code arange(start, stop, step)} for doubles, bit for bit (numpy 1.24 {@code PyArray_ArangeObj}
     * and {@code DOUBLE_fill}): length {@code ceil((stop - start) / step)}, {@code a[0] = start},
     * {@code a[1] = start + step}, and {@code a[i] = start + i*d} for {@code i >= 2} with
     * {@code d = a[1] - a[0]}.
     *
     * <p>Example: {@code arange(-10, 10, 0.01)} has 2000 values, {@code d = 0.009999999999999787} and
     * {@code a[1999] = 9.989999999999576}.
     */
    public static double[] arange(double start, double stop, double step) {
        if (!(step != 0 && Double.isFinite(step) && Double.isFinite(start) && Double.isFinite(stop))) {
            throw new IllegalArgumentException("arange needs finite bounds and a finite, non-zero step");
        }
        double length = Math.ceil((stop - start) / step);
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("arange too long: " + length);
        }
        int n = (int) Math.max(0, length);
        double[] a = new double[n];
        if (n > 0) {
            a[0] = start;
        }
        if (n > 1) {
            a[1] = start + step;
        }
        double d = n > 1 ? a[1] - a[0] : 0;
        for (int i = 2; i < n; i++) {
            a[i] = start + i * d;
        }
        return a;
    }

    /**
     * numpy's {@code linspace(start, stop, num)} (endpoint included) for doubles, bit for bit (numpy 1.24):
     * {@code a[i] = i*step + start} with {@code step = (stop - start)/(num - 1)}, and {@code a[num-1] = stop}
     * exactly.
     *
     * <p>Example: {@code linspace(-2, 2, 1000)} gives {@code a[i] = i*(4.0/999) + -2.0}, {@code a[999] = 2.0}.
     */
    public static double[] linspace(double start, double stop, int num) {
        if (num < 2 || !Double.isFinite(start) || !Double.isFinite(stop)) {
            throw new IllegalArgumentException("linspace needs finite bounds and num >= 2");
        }
        double step = (stop - start) / (num - 1);
        double[] a = new double[num];
        for (int i = 0; i < num; i++) {
            a[i] = i * step + start;
        }
        a[num - 1] = stop;
        return a;
    }

    public int nx() {
        return x.length;
    }

    public int ny() {
        return y.length;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int j) {
        return y[j];
    }

    public double z(int i, int j) {
        return z[j * x.length + i];
    }

    /** The smallest sampled value. */
    public double zMin() {
        return zMin;
    }

    /** The largest sampled value. */
    public double zMax() {
        return zMax;
    }

    /** A copy of the x coordinates. */
    public double[] xs() {
        return x.clone();
    }

    /** A copy of the y coordinates. */
    public double[] ys() {
        return y.clone();
    }

    /** A copy of the values, row-major. */
    public double[] zs() {
        return z.clone();
    }

    // Package-private views for the engine, which only reads them: no copy on the hot path.
    double[] xView() {
        return x;
    }

    double[] yView() {
        return y;
    }

    double[] zView() {
        return z;
    }

    private static void requireStrictlyIncreasing(double[] a, String name) {
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i]) || (i > 0 && !(a[i] > a[i - 1]))) {
                throw new IllegalArgumentException(name + " must be finite and strictly increasing");
            }
        }
    }

    @Override
    public String toString() {
        return "Grid[" + x.length + "x" + y.length + ", x " + x[0] + ".." + x[x.length - 1]
                + ", y " + y[0] + ".." + y[y.length - 1] + ", z " + zMin + ".." + zMax + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grid g && Arrays.equals(x, g.x) && Arrays.equals(y, g.y) && Arrays.equals(z, g.z);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(x) + Arrays.hashCode(y)) + Arrays.hashCode(z);
    }
}
