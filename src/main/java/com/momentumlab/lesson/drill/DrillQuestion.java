package com.momentumlab.lesson.drill;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One number the learner computes: one component of g, v or θ after step 1 or 2.
 *
 * @param id        stable identifier, e.g. {@code g1.x}, {@code v1.y}, {@code theta2.x}
 * @param quantity  which vector
 * @param step      1 or 2
 * @param axis      which component
 * @param expected  the engine's value, bit for bit the one the chart's trajectory holds
 * @param reference {@code expected} as a hand computation gives it (see {@link RoundingRule#reference}):
 *                  what answers are compared with and what the learner is shown
 * @param prompt    what to compute: "{0} = {2} ({1} component)", e.g. v₁, x, βv₀ − αg₁
 * @param hint      the next sub-step for a wrong answer: the formula with the learner's numbers put in;
 *                  never the result
 * @param worked    the worked solution: the formula, the numbers put in and the result, for when the answers are out
 */
public record DrillQuestion(
        String id,
        Quantity quantity,
        int step,
        Axis axis,
        double expected,
        BigDecimal reference,
        DrillMessage prompt,
        DrillMessage hint,
        DrillMessage worked) {

    /** The three vectors of a Momentum step, in the order they are computed. */
    public enum Quantity {
        /** gₜ = ∇L(θₜ₋₁) */
        GRADIENT("g", "g"),
        /** vₜ = βvₜ₋₁ − αgₜ */
        VELOCITY("v", "v"),
        /** θₜ = θₜ₋₁ + vₜ */
        POSITION("theta", "θ");

        private final String idPrefix;
        private final String letter;

        Quantity(String idPrefix, String letter) {
            this.idPrefix = idPrefix;
            this.letter = letter;
        }

        /** The vector's symbol with its step as a subscript: "θ₂". */
        public String symbol(int step) {
            return letter + subscript(step);
        }
    }

    public enum Axis {
        X,
        Y;

        /** "x" or "y", as written in formulas and in "x component". */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The vector's symbol, e.g. "v₁" (the component is given by {@link #axis()}). */
    public String symbol() {
        return quantity.symbol(step);
    }

    /** True if the typed value is within the {@link RoundingRule rounding rule} of the reference. */
    public boolean accepts(BigDecimal answer) {
        return RoundingRule.accepts(reference, answer);
    }

    /** The learner's view of the exact value, as a hint or a solution shows it: "0.07". */
    public String formattedReference() {
        return HandNumberFormat.format(reference);
    }

    static String id(Quantity quantity, int step, Axis axis) {
        return quantity.idPrefix + step + "." + axis.label();
    }

    static String subscript(int digit) {
        if (digit < 0 || digit > 9) {
            throw new IllegalArgumentException("single digit expected: " + digit);
        }
        return String.valueOf((char) ('₀' + digit));
    }
}
