package com.momentumlab.base.input;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Reads decimal numbers typed by a learner or found in a URL. Strict on purpose: {@link Double#parseDouble}
 * would also accept "NaN", "Infinity", "0x1p3" and "1d", none of which a learner means.
 *
 * <p>Full-width digits and signs (typed with a Japanese IME) and the minus sign U+2212 are accepted.
 */
public final class NumberParser {

    public static final String EMPTY = "error.empty";
    public static final String NOT_A_NUMBER = "error.notNumber";
    public static final String NOT_FINITE = "error.notFinite";
    public static final String NOT_WHOLE = "error.notWhole";

    /** Longer input is never a sensible parameter; refusing it early keeps the regex cheap. */
    static final int MAX_LENGTH = 40;

    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");

    private NumberParser() {}

    public static ParsedNumber parseDecimal(String text) {
        if (text == null || text.isBlank()) {
            return ParsedNumber.invalid(EMPTY);
        }
        if (text.length() > MAX_LENGTH) {
            return ParsedNumber.invalid(NOT_A_NUMBER);
        }
        String normalized = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).replace('\u2212', '-');
        if (!DECIMAL.matcher(normalized).matches()) {
            return ParsedNumber.invalid(NOT_A_NUMBER);
        }
        double value = Double.parseDouble(normalized);
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
