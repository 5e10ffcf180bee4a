package com.momentumlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes TeX out of Markdown before the Markdown parser sees it, so {@code _}, {@code *} and {@code \\} inside
 * {@code $...$} are not read as emphasis or escapes; each piece of TeX is replaced by a placeholder made of
 * private-use characters, which Markdown leaves alone and our own text never contains.
 *
 * <p>Recognised: display math, a block that starts on its own line with {@code $$} and ends with {@code $$}
 * (one line or several); inline math, {@code $...$} on one line whose content neither starts nor ends with a
 * space and whose closing {@code $} is not followed by a digit. Fenced code blocks, code spans and
 * backslash-escaped characters ({@code \$}) are copied unchanged.
 */
final class MathProtector {

    /** One piece of TeX, and the Markdown it came from (put back verbatim if it turns out to be code). */
    record MathFragment(String tex, boolean display, String source) {}

    /** The Markdown with placeholders, and the fragments in placeholder order. */
    record Protected(String markdown, List<MathFragment> fragments) {}

    static final Pattern PLACEHOLDER = Pattern.compile("\uE000(\\d+)\uE001");

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private MathProtector() {}

    static String placeholder(int index) {
        return "\uE000" + index + "\uE001";
    }

    static Protected protect(String markdown) {
        if (markdown.indexOf('\uE000') >= 0 || markdown.indexOf('\uE001') >= 0) {
            throw new IllegalArgumentException("Markdown must not contain the placeholder characters U+E000/U+E001");
        }
        List<MathFragment> fragments = new ArrayList<>();
        String[] lines = markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder();
        StringBuilder prose = new StringBuilder(); // text between code fences and display blocks
        String openFence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (openFence != null) {
                out.append(line).append('\n');
                if (isClosingFence(line, openFence)) {
                    openFence = null;
                }
                continue;
            }
            Matcher fence = FENCE.matcher(line);
            if (fence.find()) {
                flushProse(prose, out, fragments);
                openFence = fence.group(1);
                out.append(line).append('\n');
                continue;
            }
            int end = line.strip().startsWith("$$") ? displayBlockEnd(lines, i) : -1;
            if (end >= 0) {
                flushProse(prose, out, fragments);
                String source = String.join("\n", java.util.Arrays.copyOfRange(lines, i, end + 1));
                String tex = source.strip();
                tex = tex.substring(2, tex.length() - 2).strip();
                String indent = line.substring(0, line.indexOf('$'));
                fragments.add(new MathFragment(tex, true, source));
                // Blank lines around the placeholder make it a paragraph of its own.
                out.append('\n').append(indent).append(placeholder(fragments.size() - 1)).append("\n\n");
                i = end;
                continue;
            }
            prose.append(line).append('\n');
        }
        flushProse(prose, out, fragments);
        out.setLength(out.length() - 1); // the split added one '\n' per line; give back the original ending
        return new Protected(out.toString(), List.copyOf(fragments));
    }

    private static boolean isClosingFence(String line, String openFence) {
        String stripped = line.strip();
        char c = openFence.charAt(0);
        int run = 0;
        while (run < stripped.length() && stripped.charAt(run) == c) {
            run++;
        }
        return run >= openFence.length() && run == stripped.length() && line.indexOf(c) <= 3;
    }

    /** The index of the line that closes the {@code $$} block opened on line {@code start}, or -1. */
    private static int displayBlockEnd(String[] lines, int start) {
        String first = lines[start].strip();
        int closing = first.indexOf("$$", 2);
        if (closing >= 0) {
            // "$$...$$" on one line is a display block only if nothing follows it
            return closing == first.length() - 2 ? start : -1;
        }
        for (int j = start + 1; j < lines.length; j++) {
            String stripped = lines[j].strip();
            if (stripped.isEmpty()) {
                return -1; // a display block does not span paragraphs
            }
            if (stripped.endsWith("$$")) {
                return j;
            }
        }
        return -1;
    }

    private static void flushProse(StringBuilder prose, StringBuilder out, List<MathFragment> fragments) {
        out.append(protectInline(prose.toString(), fragments));
        prose.setLength(0);
    }

    private static String protectInline(String text, List<MathFragment> fragments) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
            } else if (c == '`') {
                int end = codeSpanEnd(text, i);
                out.append(text, i, end);
                i = end;
            } else if (c == '$') {
                int delimiter = text.startsWith("$$", i) ? 2 : 1;
                int close = inlineMathClose(text, i + delimiter, delimiter);
                if (close < 0) {
                    out.append(text, i, i + delimiter);
                    i += delimiter;
                } else {
                    String source = text.substring(i, close + delimiter);
                    fragments.add(new MathFragment(text.substring(i + delimiter, close), false, source));
                    out.append(placeholder(fragments.size() - 1));
                    i = close + delimiter;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** End (exclusive) of the code span starting with the backtick run at {@code start}, or of the run alone. */
    private static int codeSpanEnd(String text, int start) {
        int run = countRun(text, start, '`');
        int j = start + run;
        while ((j = text.indexOf('`', j)) >= 0) {
            int closing = countRun(text, j, '`');
            if (closing == run) {
                return j + closing;
            }
            j += closing;
        }
        return start + run; // no closing run: the backticks are literal
    }

    private static int countRun(String text, int from, char c) {
        int j = from;
        while (j < text.length() && text.charAt(j) == c) {
            j++;
        }
        return j - from;
    }

    /** Index of the closing delimiter of inline math whose content starts at {@code from}, or -1. */
    private static int inlineMathClose(String text, int from, int delimiter) {
        if (from >= text.length() || Character.isWhitespace(text.charAt(from))) {
            return -1;
        }
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return -1;
            }
            if (c == '\\') {
                j++; // \$ and \\ inside TeX belong to TeX
            } else if (c == '$' && j > from) {
                if (delimiter == 2 && !text.startsWith("$$", j)) {
                    continue;
                }
                boolean spaceBefore = Character.isWhitespace(text.charAt(j - 1));
                int after = j + delimiter;
                boolean digitAfter = after < text.length() && Character.isDigit(text.charAt(after));
                if (!spaceBefore && !digitAfter) {
                    return j;
                }
            }
        }
        return -1;
    }
}
