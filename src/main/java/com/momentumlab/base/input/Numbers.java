package com.momentumlab.base.input;

/**
 * Shows numbers the way a learner writes them: no trailing ".0", a real minus sign, and very large or small
 * readings as 1.6 × 10⁶ rather than 1.6E+6 (the same in every language).
 */
public final class Numbers {

    private Numbers() {}

    /** Shortest text that reads back as the same double ("0.1", "-10" shown as "−10", "1.0E-5"). */
    public static String exact(double value) {
        String text = value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
        return text.replace('-', '\u2212');
    }

    /** ASCII text that reads back as the same double, without exponent (for URLs and CSV). */
    public static String plain(double value) {
        return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** A compact reading for the readout: up to {@code digits} significant digits. */
    public static String rounded(double value, int digits) {
        if (value == 0.0) {
            return "0";
        }
        java.math.BigDecimal stripped = new java.math.BigDecimal(value)
                .round(new java.math.MathContext(digits))
                .stripTrailingZeros();
        // A whole number that fits in the digits reads as itself ("20"), not as stripped's "2E+1".
        if (stripped.scale() < 0 && stripped.precision() - stripped.scale() <= digits) {
            stripped = stripped.setScale(0);
        }
        return stripped.toString().contains("E") ? scientific(stripped) : minus(stripped.toPlainString());
    }

    /**
     * A tick label: {@code value} with exactly {@code decimals} digits after the point ("−1.5", "2.0" for a step
     * of 0.5), never "−0"; magnitudes of {@value #SCIENTIFIC_FROM} or more as 1.6 × 10⁶.
     */
    public static String tick(java.math.BigDecimal value, int decimals) {
        if (value.signum() == 0) {
            return decimals == 0 ? "0" : java.math.BigDecimal.ZERO.setScale(decimals).toPlainString();
        }
        if (value.abs().compareTo(java.math.BigDecimal.valueOf(SCIENTIFIC_FROM)) >= 0) {
            return scientific(value.stripTrailingZeros());
        }
        return minus(value.setScale(decimals, java.math.RoundingMode.HALF_EVEN).toPlainString());
    }

    /** Ticks this large read better as mantissa × 10ⁿ than as a row of zeros. */
    static final double SCIENTIFIC_FROM = 1e5;

    private static final String SUPERSCRIPT_DIGITS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    /** 1.61562 × 10⁶, −2 × 10⁻⁷: the mantissa keeps the digits of {@code value} (not zero). */
    static String scientific(java.math.BigDecimal value) {
        int exponent = value.precision() - value.scale() - 1;
        String mantissa = value.movePointLeft(exponent).stripTrailingZeros().toPlainString();
        return minus(mantissa) + " \u00D7 10" + superscript(exponent);
    }

    private static String superscript(int exponent) {
        StringBuilder text = new StringBuilder(exponent < 0 ? "\u207B" : "");
        for (char digit : Integer.toString(Math.abs(exponent)).toCharArray()) {
            text.append(SUPERSCRIPT_DIGITS.charAt(digit - '0'));
        }
        return text.toString();
    }

    private static String minus(String text) {
        return text.replace('-', '\u2212');
    }
}
