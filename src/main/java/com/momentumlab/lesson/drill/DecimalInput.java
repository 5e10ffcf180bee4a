package com.momentumlab.lesson.drill;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A strict reader for a typed decimal number, kept exact as a {@link BigDecimal} so that the rounding
 * rule's boundary is decided in decimal (a typed 0.13235 is 0.13235, not the nearest double).
 *
 * <p>Accepted: an optional sign, digits with an optional decimal point, an optional exponent
 * ({@code 1.5e-3}), surrounding spaces. Full-width digits, point, plus and minus (０．５, －), the minus
 * sign U+2212 and the long-vowel mark ー (what a Japanese IME often gives for "-") are read as their
 * ASCII forms. Rejected: NaN, Infinity, hex, thousands or decimal commas, more than
 * {@value #MAX_LENGTH} characters, exponents beyond ±{@value #MAX_EXPONENT}.
 *
 * <p>Meant to be replaced by the project's shared number parser once it exists, as long as that one
 * also returns the typed decimal exactly (or {@code BigDecimal.valueOf(double)}, whose shortest
 * representation gives back what was typed).
 */
final class DecimalInput {

    static final int MAX_LENGTH = 40;
    static final int MAX_EXPONENT = 999;

    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,3})?");

    private DecimalInput() {}

    /** The number typed, or empty if the text is not one. */
    static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String ascii = toAscii(trimmed);
        if (!DECIMAL.matcher(ascii).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(ascii));
    }

    private static String toAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\uFF10' && c <= '\uFF19') {
                out.append((char) ('0' + (c - '\uFF10')));
            } else {
                out.append(switch (c) {
                    case '\u2212', '\uFF0D', '\u30FC' -> '-'; // minus sign, full-width hyphen-minus, ー
                    case '\uFF0B' -> '+';
                    case '\uFF0E' -> '.';
                    case '\uFF45', '\uFF25' -> 'e';
                    default -> c;
                });
            }
        }
        return out.toString();
    }
}
