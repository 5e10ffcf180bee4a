package com.momentumlab.lesson;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The lesson in every language, loaded from the classpath and rendered once, then immutable and safe to share.
 *
 * <p>Layout on the classpath: {@code lesson/sections.txt} lists the sections in order as {@code NN-anchor};
 * each has {@code lesson/en/NN-anchor.md} and {@code lesson/ja/NN-anchor.md}, first line {@code # Title}.
 * {@code lesson/code/momentum.py} is our NumPy version, {@code lesson/code/momentum_book.py} our class in the book's style; {@code lesson/code/Momentum.java} is copied there by
 * the build from the optimizer's real source. A content mistake (missing file, the Java source included,
 * untitled section, unknown widget, a widget inside a list) fails here, at start-up, not in front of a learner.
 *
 * <p>One instance serves every user: see {@link LessonConfiguration}.
 */
public final class LessonLibrary {

    static final String ROOT = "lesson/";
    private static final Pattern SECTION_NAME = Pattern.compile("(\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)");

    private final Map<LessonLanguage, Lesson> lessons = new EnumMap<>(LessonLanguage.class);
    private final String javaMomentumSource;
    private final String numpySource;
    private final String bookSource;

    public LessonLibrary() {
        this(new MarkdownRenderer());
    }

    public LessonLibrary(MarkdownRenderer renderer) {
        List<String> names = ClasspathText.require(ROOT + "sections.txt").lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        for (LessonLanguage language : LessonLanguage.values()) {
            List<LessonSection> sections = new ArrayList<>();
            for (String name : names) {
                sections.add(loadSection(renderer, language, name));
            }
            lessons.put(language, new Lesson(language.locale(), sections));
        }
        javaMomentumSource = ClasspathText.require(ROOT + "code/Momentum.java");
        numpySource = ClasspathText.require(ROOT + "code/momentum.py");
        bookSource = ClasspathText.require(ROOT + "code/momentum_book.py");
    }

    /** The lesson in Japanese for a {@code ja} locale, in English for any other. */
    public Lesson lesson(Locale locale) {
        return lessons.get(LessonLanguage.of(locale));
    }

    /** The source of {@code com.momentumlab.numerics.optim.Momentum}, exactly as the server was built from. */
    public String javaMomentumSource() {
        return javaMomentumSource;
    }

    /** Our NumPy version of the same optimizer, runnable with {@code python3 momentum.py}. */
    public String numpySource() {
        return numpySource;
    }

    /**
     * Our Momentum class in the style of the optimizers of 「ゼロから作るDeep Learning」 chapter 6 ({@code lr},
     * {@code momentum}, {@code update(params, grads)}), runnable with {@code python3 momentum_book.py}.
     */
    public String bookSource() {
        return bookSource;
    }

    private static LessonSection loadSection(MarkdownRenderer renderer, LessonLanguage language, String name) {
        Matcher m = SECTION_NAME.matcher(name);
        if (!m.matches()) {
            throw new IllegalStateException("section name is not NN-anchor: " + name);
        }
        String path = ROOT + language.code() + "/" + name + ".md";
        String markdown = ClasspathText.require(path);
        if (!markdown.startsWith("# ")) {
            throw new IllegalStateException(path + ": the first line must be '# Title'");
        }
        String anchor = m.group(2);
        RenderedMarkdown rendered = renderer.render(markdown, anchor);
        for (String widget : rendered.widgets()) {
            if (!LessonWidgets.ALL.contains(widget)) {
                throw new IllegalStateException(path + ": unknown widget " + widget);
            }
        }
        return new LessonSection(Integer.parseInt(m.group(1)), anchor, rendered.title(), rendered.html(),
                rendered.widgets(), splitAtWidgets(rendered.html(), path));
    }

    /** Cuts the section's top-level HTML at each widget, wrapping each text run in one root element. */
    static List<LessonBlock> splitAtWidgets(String html, String where) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        List<LessonBlock> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Node node : document.body().childNodes()) {
            if (node instanceof Element element && element.hasClass("lesson-widget")) {
                addTextBlock(blocks, text);
                blocks.add(new LessonBlock.Widget(element.attr("data-widget")));
            } else if (node instanceof Element element && !element.select(".lesson-widget").isEmpty()) {
                throw new IllegalStateException(where + ": a widget marker must be a top-level paragraph");
            } else {
                text.append(node.outerHtml());
            }
        }
        addTextBlock(blocks, text);
        return blocks;
    }

    /** Adds the collected (already sanitized) HTML as one block, unless it is only white space. */
    private static void addTextBlock(List<LessonBlock> blocks, StringBuilder text) {
        if (!text.toString().isBlank()) {
            blocks.add(new LessonBlock.Text("<div class=\"lesson-text\">" + text + "</div>"));
        }
        text.setLength(0);
    }
}
