package com.momentumlab.numerics.contour;

import com.momentumlab.numerics.function.LevelRule;
import java.util.Arrays;

/**
 * Contour level values, chosen the way matplotlib and numpy choose them.
 *
 * <ul>
 *   <li>{@link LevelRule.Linear}{@code (n)}: the levels of matplotlib's {@code contour(X, Y, Z, n)}, i.e.
 *       {@code ContourSet._autolev(n)}: {@code MaxNLocator(n + 1, min_n_ticks=1).tick_values(zMin, zMax)},
 *       trimmed to one level at or below {@code zMin} and one at or above {@code zMax}
 *       (matplotlib 3.6.3, ported line by line, including Python's float floor division).
 *       For the valley {@code x²/20 + y²} sampled on [-10, 10) x [-5, 5) ({@code zMin = 1.36e-26},
 *       {@code zMax = 30}), {@code n = 30} gives the 31 levels 0, 1, ..., 30.</li>
 *   <li>{@link LevelRule.Log}{@code (a, b, n)}: {@code numpy.logspace(a, b, n)}, i.e.
 *       {@code 10^e[i]} with {@code e = linspace(a, b, n)}. The exponents are numpy's bit for bit; the
 *       power is {@link StrictMath#pow} (fdlibm: the same result on every JVM). The usual {@code pow}
 *       implementations are accurate to about one ulp but not always correctly rounded, so they disagree
 *       in the last bit:
 *       for {@code logspace(-1, 3, 30)} our values differ by one ulp from Python's {@code 10.0**e} (glibc) at
 *       4 of the 30 exponents and from numpy 1.24's vectorised power (AVX-512 code on this machine, whose
 *       first value is {@code 0.09999999999999999}, not 0.1) at 11. numpy's values depend on the CPU, so they
 *       are not chased here: for a line-by-line comparison with a numpy-made level list, pass that list
 *       literally (the CLI reads it from a file). For display the ulp is irrelevant.</li>
 * </ul>
 */
public final class Levels {

    /** matplotlib's {@code MaxNLocator} default {@code steps}, extended by {@code _staircase}. */
    private static final double[] NICE_STEPS = {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};

    private Levels() {}

    /**
     * The levels a rule asks for on data spanning {@code [zMin, zMax]}.
     *
     * <p>For {@link LevelRule.Linear} this is exactly {@code contour(X, Y, Z, n).levels}: {@link #autolev},
     * and, as matplotlib does for line contours, the single level {@code zMin} when none of them lies
     * strictly inside {@code (zMin, zMax)} (e.g. a constant function). For {@link LevelRule.Log} it is
     * {@link #logspace}, independent of the data range, like passing {@code levels=np.logspace(...)}.
     */
    public static double[] levels(LevelRule rule, double zMin, double zMax) {
        if (rule instanceof LevelRule.Linear linear) {
            double[] lev = autolev(linear.count(), zMin, zMax);
            boolean anyInside = Arrays.stream(lev).anyMatch(l -> l > zMin && l < zMax);
            return anyInside ? lev : new double[] {zMin};
        }
        if (rule instanceof LevelRule.Log log) {
            return logspace(log.fromExponent(), log.toExponent(), log.count());
        }
        throw new IllegalArgumentException("unknown level rule " + rule);
    }

    /**
     * matplotlib's {@code ContourSet._autolev(n)}: ticks of {@code MaxNLocator(n + 1, min_n_ticks=1)} on
     * {@code [zMin, zMax]}, then trimmed: keep from the last tick below {@code zMin} to the first tick
     * above {@code zMax} (everything if that leaves fewer than 3).
     */
    public static double[] autolev(int n, double zMin, double zMax) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one level, got " + n);
        }
        double[] lev = maxNLocatorTicks(n + 1, 1, zMin, zMax);
        int i0 = 0;
        for (int i = 0; i < lev.length; i++) {
            if (lev[i] < zMin) {
                i0 = i;
            }
        }
        int i1 = lev.length;
        for (int i = 0; i < lev.length; i++) {
            if (lev[i] > zMax) {
                i1 = i + 1;
                break;
            }
        }
        if (i1 - i0 < 3) {
            i0 = 0;
            i1 = lev.length;
        }
        return Arrays.copyOfRange(lev, i0, i1);
    }

    /** {@code numpy.logspace(fromExponent, toExponent, count)} with {@link StrictMath#pow}, see the class note. */
    public static double[] logspace(double fromExponent, double toExponent, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("need at least one level, got " + count);
        }
        if (count == 1) {
            // numpy: linspace(a, b, 1) = [a]
            return new double[] {StrictMath.pow(10.0, fromExponent)};
        }
        double[] e = Grid.linspace(fromExponent, toExponent, count);
        double[] lev = new double[count];
        for (int i = 0; i < count; i++) {
            lev[i] = StrictMath.pow(10.0, e[i]);
        }
        return lev;
    }

    /**
     * {@code MaxNLocator(nbins, min_n_ticks).tick_values(vmin, vmax)} of matplotlib 3.6.3 with the default
     * steps, {@code integer=False}, {@code symmetric=False}, {@code prune=None} and
     * {@code axes.autolimit_mode = 'data'}.
     */
    static double[] maxNLocatorTicks(int nbins, int minNTicks, double vmin, double vmax) {
        double[] range = nonsingular(vmin, vmax, 1e-13, 1e-14);
        vmin = range[0];
        vmax = range[1];

        // scale_range(vmin, vmax, nbins)
        double dv = Math.abs(vmax - vmin);
        double meanv = (vmax + vmin) / 2;
        double offset = Math.abs(meanv) / dv < 100
                ? 0
                : Math.copySign(pow10(floorDiv(StrictMath.log10(Math.abs(meanv)), 1)), meanv);
        double scale = pow10(floorDiv(StrictMath.log10(dv / nbins), 1));

        double lo = vmin - offset;
        double hi = vmax - offset;
        double rawStep = (hi - lo) / nbins;
        // _staircase: 0.1*steps[:-1], steps, 10*steps[1]; then times scale (numpy float64 products).
        double[] steps = new double[2 * NICE_STEPS.length];
        for (int i = 0; i < NICE_STEPS.length - 1; i++) {
            steps[i] = 0.1 * NICE_STEPS[i] * scale;
        }
        for (int i = 0; i < NICE_STEPS.length; i++) {
            steps[NICE_STEPS.length - 1 + i] = NICE_STEPS[i] * scale;
        }
        steps[steps.length - 1] = 10 * NICE_STEPS[1] * scale;

        int istep = 0;
        while (!(steps[istep] >= rawStep)) {
            istep++;
        }
        double[] ticks = null;
        // "This is an upper limit; move to smaller steps if necessary."
        for (; istep >= 0; istep--) {
            double step = steps[istep];
            double bestVmin = floorDiv(lo, step) * step;
            double low = edgeLe(lo - bestVmin, step, offset);
            double high = edgeGe(hi - bestVmin, step, offset);
            int count = (int) (high + 1 - low);
            ticks = new double[count];
            int nticks = 0;
            for (int k = 0; k < count; k++) {
                ticks[k] = (low + k) * step + bestVmin;
                if (ticks[k] <= hi && ticks[k] >= lo) {
                    nticks++;
                }
            }
            if (nticks >= minNTicks) {
                break;
            }
        }
        for (int k = 0; k < ticks.length; k++) {
            ticks[k] += offset;
        }
        return ticks;
    }

    /** matplotlib's {@code transforms.nonsingular}: widen a (near-)empty range. */
    static double[] nonsingular(double vmin, double vmax, double expander, double tiny) {
        if (!Double.isFinite(vmin) || !Double.isFinite(vmax)) {
            return new double[] {-expander, expander};
        }
        if (vmax < vmin) {
            double t = vmin;
            vmin = vmax;
            vmax = t;
        }
        double maxAbs = Math.max(Math.abs(vmin), Math.abs(vmax));
        if (maxAbs < (1e6 / tiny) * Double.MIN_NORMAL) {
            vmin = -expander;
            vmax = expander;
        } else if (vmax - vmin <= maxAbs * tiny) {
            if (vmax == 0 && vmin == 0) {
                vmin = -expander;
                vmax = expander;
            } else {
                vmin -= expander * Math.abs(vmin);
                vmax += expander * Math.abs(vmax);
            }
        }
        return new double[] {vmin, vmax};
    }

    /**
     * Python's (and numpy's) float floor division {@code a // b} (CPython {@code _float_div_mod}): the
     * quotient of {@code a - fmod(a, b)}, snapped to the nearest integer.
     */
    static double floorDiv(double a, double b) {
        return divMod(a, b)[0];
    }

    /** Python's {@code divmod(a, b)} for floats: {@code {a // b, a % b}}. */
    static double[] divMod(double a, double b) {
        double mod = a % b; // Java's % on doubles is C's fmod
        double div = (a - mod) / b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        double floorDiv;
        if (div != 0) {
            floorDiv = Math.floor(div);
            if (div - floorDiv > 0.5) {
                floorDiv += 1.0;
            }
        } else {
            floorDiv = Math.copySign(0.0, a / b);
        }
        return new double[] {floorDiv, mod};
    }

    /** {@code _Edge_integer(step, offset).le(x)}: the largest n with n*step <= x, allowing for rounding. */
    private static double edgeLe(double x, double step, double offset) {
        double[] dm = divMod(x, step);
        return closeTo(dm[1] / step, 1, step, offset) ? dm[0] + 1 : dm[0];
    }

    /** {@code _Edge_integer(step, offset).ge(x)}: the smallest n with n*step >= x, allowing for rounding. */
    private static double edgeGe(double x, double step, double offset) {
        double[] dm = divMod(x, step);
        return closeTo(dm[1] / step, 0, step, offset) ? dm[0] : dm[0] + 1;
    }

    private static boolean closeTo(double ms, double edge, double step, double offset) {
        double tol = 1e-10;
        if (Math.abs(offset) > 0) {
            // "Allow more slop when the offset is large compared to the step."
            double digits = StrictMath.log10(Math.abs(offset) / step);
            tol = Math.min(0.4999, Math.max(1e-10, StrictMath.pow(10, digits - 12)));
        }
        return Math.abs(ms - edge) < tol;
    }

    /**
     * {@code 10 ** k} for an integral {@code k}, correctly rounded where it matters: 10^0..10^22 are exact
     * doubles, and 1/10^k is one correctly rounded division (what Python's {@code 10 ** -1} gives, 0.1).
     */
    private static double pow10(double k) {
        if (k >= 0 && k <= 22) {
            return exactPowerOfTen((int) k);
        }
        if (k < 0 && k >= -22) {
            return 1.0 / exactPowerOfTen((int) -k);
        }
        return StrictMath.pow(10.0, k);
    }

    private static double exactPowerOfTen(int k) {
        double p = 1.0;
        for (int i = 0; i < k; i++) {
            p *= 10.0; // exact up to 10^22
        }
        return p;
    }
}
