package com.momentumlab.lesson;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text reading of text with TeX in it ("$\alpha\lambda < 2 + 2\beta$" becomes "αλ < 2 + 2β"), for
 * accessible names where typeset formulas give assistive technology nothing to read.
 */
public final class SpokenMath {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("theta", "θ"), Map.entry("lambda", "λ"),
            Map.entry("eta", "η"), Map.entry("sigma", "σ"), Map.entry("rho", "ρ"), Map.entry("epsilon", "ε"),
            Map.entry("nabla", "∇"), Map.entry("partial", "∂"), Map.entry("leftarrow", "←"), Map.entry("cdot", "·"),
            Map.entry("times", "×"), Map.entry("ge", "≥"), Map.entry("geq", "≥"), Map.entry("le", "≤"),
            Map.entry("leq", "≤"), Map.entry("approx", "≈"), Map.entry("dots", "…"), Map.entry("ldots", "…"),
            Map.entry("infty", "∞"), Map.entry("left", ""), Map.entry("right", ""), Map.entry("quad", " "));
    private static final Pattern FRACTION = Pattern.compile("\\\\frac\\{([^{}]*)}\\{([^{}]*)}");
    private static final Pattern ROOT = Pattern.compile("\\\\sqrt\\{([^{}]*)}");
    private static final Pattern COMMAND = Pattern.compile("\\\\([a-zA-Z]+)");

    private SpokenMath() {}

    public static String of(String textWithTex) {
        String text = textWithTex.replace("$", "");
        text = replaceAll(FRACTION, text, m -> "(" + m.group(1) + ")/(" + m.group(2) + ")");
        text = replaceAll(ROOT, text, m -> "√(" + m.group(1) + ")");
        text = replaceAll(COMMAND, text, m -> SYMBOLS.getOrDefault(m.group(1), m.group(1)));
        return text.replace("\\\\", " ").replace("\\,", " ").replace("{", "").replace("}", "")
                .replaceAll("\\s+", " ").strip();
    }

    /** Replaces innermost matches first, until none is left, so nested fractions resolve from the inside. */
    private static String replaceAll(Pattern pattern, String text, java.util.function.Function<java.util.regex.MatchResult, String> by) {
        String current = text;
        Matcher m = pattern.matcher(current);
        while (m.find()) {
            current = m.replaceAll(match -> Matcher.quoteReplacement(by.apply(match)));
            m = pattern.matcher(current);
        }
        return current;
    }
}
