package com.momentumlab.lesson.drill;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Writes numbers the way a learner writes them on paper: at most {@value #SIGNIFICANT_DIGITS} significant
 * digits (rounded half up from the exact binary value, so 0.06999999999999999 is written 0.07), no
 * trailing zeros, a real minus sign (U+2212), and for magnitudes outside [10⁻⁴, 10⁶) a power of ten,
 * "1.5 × 10⁻⁷", never "1.5E-7". Zero is "0", also for −0.
 *
 * <p>{@link #fill} puts numbers into a formula and adds the parentheses a learner would: a negative
 * number after an operator, "0.1 × (−0.7)", or under a square, "(−1.5)²".
 */
public final class HandNumberFormat {

    static final int SIGNIFICANT_DIGITS = 6;

    private static final char MINUS = '\u2212';
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private HandNumberFormat() {}

    static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return format(new BigDecimal(value));
    }

    static String format(BigDecimal value) {
        return format(value, SIGNIFICANT_DIGITS);
    }

    /**
     * The same writing with at most {@code significantDigits} digits, for numbers shown next to a chart:
     * {@code format(4.440892098500626e-16, 2)} is "4.4 × 10⁻¹⁶", {@code format(0.04793, 3)} is "0.0479".
     */
    public static String format(double value, int significantDigits) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        return format(new BigDecimal(value), significantDigits);
    }

    private static String format(BigDecimal value, int significantDigits) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal rounded = value.round(new MathContext(significantDigits, RoundingMode.HALF_UP)).stripTrailingZeros();
        int exponent = exponentOf(rounded);
        if (exponent >= -4 && exponent < 6) {
            return withMinusSign(rounded.toPlainString());
        }
        String mantissa = withMinusSign(rounded.movePointLeft(exponent).toPlainString());
        return mantissa + " × 10" + superscript(exponent);
    }

    /** The point "(x, y)". */
    static String point(double x, double y) {
        return "(" + format(x) + ", " + format(y) + ")";
    }

    /**
     * The template with each {@code {name}} replaced by its value. A value is put in parentheses when
     * it is written with a power of ten, or when it is negative and either follows an operator (it is
     * not at the start of the template or right after "(") or is squared ("²" follows it).
     */
    static String fill(String template, Map<String, BigDecimal> values) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int end = template.indexOf('}', i);
            String name = template.substring(i + 1, end);
            BigDecimal value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + name + "} in " + template);
            }
            boolean leading = i == 0 || template.charAt(i - 1) == '(';
            boolean squared = end + 1 < template.length() && template.charAt(end + 1) == '²';
            String number = format(value);
            boolean scientific = number.contains("×");
            boolean negative = number.charAt(0) == MINUS;
            out.append(scientific || (negative && (!leading || squared)) ? "(" + number + ")" : number);
            i = end + 1;
        }
        return out.toString();
    }

    /** The power of ten of the leading digit: 2 for 123, −2 for 0.0123. */
    static int exponentOf(BigDecimal nonZero) {
        return nonZero.precision() - nonZero.scale() - 1;
    }

    private static String withMinusSign(String plain) {
        return plain.replace('-', MINUS);
    }

    private static String superscript(int exponent) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(exponent).toCharArray()) {
            out.append(c == '-' ? '⁻' : SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }
}
