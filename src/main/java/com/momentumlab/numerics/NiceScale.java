package com.momentumlab.numerics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Round numbers for axes and inputs: steps of 1, 2 or 5 × 10ⁿ, and the multiples of such a step inside a range.
 * Tick values are exact decimals (a multiple of 0.1 is 0.3, not 0.30000000000000004), so they print without
 * noise and zero has no sign.
 */
public final class NiceScale {

    private static final int[] MANTISSAS = {1, 2, 5, 10};

    private NiceScale() {}

    /**
     * Ticks at the multiples of {@code step} in [min, max].
     *
     * @param step a 1-2-5 step, exact
     */
    public record Ticks(BigDecimal step, List<BigDecimal> values) {

        public Ticks {
            values = List.copyOf(values);
        }

        /** Digits after the decimal point that every tick needs (0 for steps of 1 or more). */
        public int decimals() {
            return Math.max(0, step.stripTrailingZeros().scale());
        }
    }

    /** The smallest 1-2-5 step at least {@code rough} (> 0, finite). */
    public static BigDecimal stepAtLeast(double rough) {
        if (!(rough > 0) || !Double.isFinite(rough)) {
            throw new IllegalArgumentException("a step must be positive and finite: " + rough);
        }
        int exponent = (int) Math.floor(Math.log10(rough));
        for (int mantissa : MANTISSAS) {
            BigDecimal step = BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent);
            // Compared as decimals: log10 can miss a power of ten by one ulp.
            if (step.compareTo(new BigDecimal(rough)) >= 0 || step.doubleValue() >= rough) {
                return step.stripTrailingZeros();
            }
        }
        throw new AssertionError("10 × 10ⁿ ≥ rough always");
    }

    /** The 1-2-5 step nearest {@code rough} on a log scale (for a resolution of "about" a size). */
    public static BigDecimal stepNear(double rough) {
        BigDecimal above = stepAtLeast(rough);
        int mantissa = above.unscaledValue().intValueExact(); // 1, 2 or 5: above is stripped
        BigDecimal below = above.multiply(new BigDecimal(mantissa == 5 ? "0.4" : "0.5"));
        boolean belowIsNearer = Math.log(rough / below.doubleValue()) < Math.log(above.doubleValue() / rough);
        return (belowIsNearer ? below : above).stripTrailingZeros();
    }

    /**
     * At most {@code maxCount} ticks at round values inside [min, max]: the smallest 1-2-5 step whose multiples
     * there number no more than {@code maxCount}, and never less than {@code minStep} (1 for step counts).
     */
    public static Ticks ticks(double min, double max, int maxCount, double minStep) {
        if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max) || maxCount < 2) {
            throw new IllegalArgumentException("no ticks for [" + min + ", " + max + "] with " + maxCount);
        }
        BigDecimal step = stepAtLeast(Math.max(minStep > 0 ? minStep : Double.MIN_NORMAL, (max - min) / maxCount));
        List<BigDecimal> values = multiplesWithin(step, min, max);
        while (values.size() > maxCount) {
            step = stepAtLeast(step.doubleValue() * 1.5);
            values = multiplesWithin(step, min, max);
        }
        return new Ticks(step, values);
    }

    private static List<BigDecimal> multiplesWithin(BigDecimal step, double min, double max) {
        BigDecimal low = new BigDecimal(min).divide(step, 0, RoundingMode.CEILING);
        BigDecimal high = new BigDecimal(max).divide(step, 0, RoundingMode.FLOOR);
        List<BigDecimal> values = new ArrayList<>();
        for (long k = low.longValueExact(); k <= high.longValueExact(); k++) {
            BigDecimal value = step.multiply(BigDecimal.valueOf(k));
            values.add(value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
        }
        return values;
    }

    /**
     * {@code value} rounded to the decimals of {@code step} (a start picked on a chart reads 5.61, not
     * 5.606447496692182), as the nearest double; never −0.
     */
    public static double roundToDecimalsOf(double value, BigDecimal step) {
        int decimals = Math.max(0, step.stripTrailingZeros().scale());
        double rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
        return rounded == 0.0 ? 0.0 : rounded;
    }
}
