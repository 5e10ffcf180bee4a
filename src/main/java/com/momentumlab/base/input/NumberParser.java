package com.momentumlab.base.input;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads decimal numbers typed by a learner or found in a URL. Strict on purpose: {@link Double#parseDouble}
 * would also accept "NaN", "Infinity", "0x1p3" and "1d", none of which a learner means.
 *
 * <p>Accepted: an optional sign, digits with an optional decimal point, an optional exponent ({@code 1.5e-3}),
 * surrounding spaces. Full-width characters typed with a Japanese IME (０．５, －, ＋, ｅ, the ideographic space),
 * the minus sign U+2212 and the long-vowel mark ー (what an IME often gives for "-") are read as their ASCII
 * forms. Rejected: NaN, Infinity, hex, commas, units, more than {@value #MAX_LENGTH} characters.
 */
public final class NumberParser {

    public static final String EMPTY = "error.empty";
    public static final String NOT_A_NUMBER = "error.notNumber";
    public static final String NOT_FINITE = "error.notFinite";
    public static final String NOT_WHOLE = "error.notWhole";
    public static final String DECIMAL_COMMA = "error.decimalComma";

    /** Longer input is never a sensible parameter; refusing it early keeps the regex cheap. */
    static final int MAX_LENGTH = 40;

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,4})?");

    /** "0,1" or "−2,5": a decimal comma, as many European keyboards and habits give. */
    private static final Pattern DECIMAL_COMMA_NUMBER = Pattern.compile("[+-]?[0-9]*,[0-9]+");

    private NumberParser() {}

    /**
     * The text with full-width characters, U+2212 and ー turned into ASCII and the surrounding space removed:
     * what a learner typed, as the field shows it once read ("０．５" becomes "0.5").
     */
    public static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip()
                .replace('\u2212', '-')
                .replace('\u30FC', '-');
    }

    /**
     * The number exactly as typed (0.13235 stays 0.13235, not the nearest double), or empty if the text is
     * not a plain decimal number.
     */
    public static Optional<BigDecimal> parseExact(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String ascii = ascii(text);
        return DECIMAL.matcher(ascii).matches() ? Optional.of(new BigDecimal(ascii)) : Optional.empty();
    }

    public static ParsedNumber parseDecimal(String text) {
        if (text == null || text.isBlank()) {
            return ParsedNumber.invalid(EMPTY);
        }
        Optional<BigDecimal> exact = parseExact(text);
        if (exact.isEmpty()) {
            boolean comma = text.length() <= MAX_LENGTH && DECIMAL_COMMA_NUMBER.matcher(ascii(text)).matches();
            return ParsedNumber.invalid(comma ? DECIMAL_COMMA : NOT_A_NUMBER);
        }
        double value = exact.get().doubleValue();
        if (!Double.isFinite(value)) {
            return ParsedNumber.invalid(NOT_FINITE);
        }
        // -0 is a legal double but means nothing different from 0 to a learner.
        return new ParsedNumber.Valid(value == 0.0 ? 0.0 : value);
    }

    /** Like {@link #parseDecimal} but the value must be a whole number (written like "30" or "3e1"). */
    public static ParsedNumber parseWhole(String text) {
        ParsedNumber parsed = parseDecimal(text);
        if (parsed instanceof ParsedNumber.Valid valid && valid.value() != Math.rint(valid.value())) {
            return ParsedNumber.invalid(NOT_WHOLE);
        }
        return parsed;
    }
}
