package com.momentumlab.lesson.drill;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * When a typed answer counts as correct, stated for the learner by {@link #statement()}.
 *
 * <p><b>The rule.</b> Give at least {@value #SIGNIFICANT_DIGITS} significant digits; an answer is accepted
 * when it differs from the exact value by at most half a unit of the {@value #SIGNIFICANT_DIGITS}th
 * significant digit: for 0.1323 every answer in [0.13225, 0.13235]. That is exactly the set of correct
 * 4-digit roundings (both roundings of a tie such as 0.12345 pass), and any answer given with more
 * digits that is at least that close. The tolerance is less than a tenth of the value, so a wrong sign
 * or a wrong power of ten is never accepted. An exact 0 has no significant digits: there, answers with
 * |answer| ≤ {@link #ZERO_TOLERANCE} (0, −0, 0.00001, …) are accepted.
 *
 * <p><b>The exact value</b> is the engine's double as a hand computation gives it: the
 * {@link #reference(double, double) reference}, the double rounded to {@value #CLEAN_DIGITS} significant
 * digits relative to the numbers it was computed from. The double 0.9199999999999999 (the lesson's θ₂ᵧ)
 * becomes 0.92, 0.12344999999999999 (1.2345/10) becomes the tie 0.12345 it stands for, and
 * 200 × (1.21 − 1.1²) = −4.4 × 10⁻¹⁴ becomes the 0 it is by hand. Comparisons are exact
 * ({@link BigDecimal}), so the boundary is where the rule says, not where binary rounding puts it.
 */
final class RoundingRule {

    static final int SIGNIFICANT_DIGITS = 4;

    /** What an exact 0 tolerates: half a unit of the 4th decimal place, as a 4-decimal answer would. */
    static final BigDecimal ZERO_TOLERANCE = new BigDecimal("0.00005");

    /** A double carries 15–17 digits; two steps of rounding noise stay far below the 12th. */
    static final int CLEAN_DIGITS = 12;

    private RoundingRule() {}

    /** "Give each value to at least {0} significant digits … an exact 0 accepts up to {1}." */
    static DrillMessage statement() {
        return DrillMessage.of("drill.rule", Integer.toString(SIGNIFICANT_DIGITS), ZERO_TOLERANCE.toPlainString());
    }

    /**
     * The exact value as a hand computation gives it: {@code exact} rounded (half even) to the decimal
     * place {@value #CLEAN_DIGITS} − 1 places below the leading digit of {@code scale}, the largest
     * magnitude among the numbers the value was computed from (and the value itself).
     */
    static BigDecimal reference(double exact, double scale) {
        if (!(Double.isFinite(exact) && Double.isFinite(scale) && scale >= Math.abs(exact))) {
            throw new IllegalArgumentException("exact " + exact + ", scale " + scale);
        }
        if (exact == 0) {
            return BigDecimal.ZERO;
        }
        int quantumExponent = (int) Math.floor(Math.log10(scale)) - (CLEAN_DIGITS - 1);
        BigDecimal cleaned = new BigDecimal(exact).setScale(-quantumExponent, RoundingMode.HALF_EVEN);
        return cleaned.signum() == 0 ? BigDecimal.ZERO : cleaned.stripTrailingZeros();
    }

    /** Half a unit of the 4th significant digit of the reference ({@link #ZERO_TOLERANCE} for 0). */
    static BigDecimal tolerance(BigDecimal reference) {
        if (reference.signum() == 0) {
            return ZERO_TOLERANCE;
        }
        int leading = HandNumberFormat.exponentOf(reference.stripTrailingZeros());
        return BigDecimal.valueOf(5, -(leading - SIGNIFICANT_DIGITS)); // 5 × 10^(leading − 4)
    }

    static boolean accepts(BigDecimal reference, BigDecimal answer) {
        return answer.subtract(reference).abs().compareTo(tolerance(reference)) <= 0;
    }

    /**
     * True for an answer that is not accepted only because it is too short: fewer than 4 significant
     * digits, and a correct rounding of the reference to the digits it has ("0.13" for 0.1323).
     */
    static boolean isTooShort(BigDecimal reference, BigDecimal answer) {
        if (reference.signum() == 0 || answer.signum() == 0 || answer.precision() >= SIGNIFICANT_DIGITS) {
            return false;
        }
        BigDecimal halfLastPlace = BigDecimal.valueOf(5, answer.scale() + 1);
        return answer.subtract(reference).abs().compareTo(halfLastPlace) <= 0;
    }
}
