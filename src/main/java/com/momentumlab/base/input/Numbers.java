package com.momentumlab.base.input;

/** Shows numbers the way a learner writes them: no trailing ".0", a real minus sign. */
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
        String text = stripped.toString();
        return text.replace('-', '\u2212');
    }
}
