package com.momentumlab.playground.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.momentumlab.lesson.Quiz;
import com.momentumlab.lesson.SpokenMath;
import com.momentumlab.base.ui.MathHtml;
import com.momentumlab.testsupport.KaribuSpringTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every word on the page comes from the translation bundle of the page's language: the page is rendered
 * in each language and each visible text (text nodes, labels, helper texts, accessible names) must be a
 * translation of that language, or contain no letters at all (numbers, symbols, punctuation).
 */
class VisibleTextTest extends KaribuSpringTest {

    private static final Pattern LETTER = Pattern.compile("[\\p{IsAlphabetic}&&[^αβθ∇ₜ₀]]");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");
    private static final List<String> TEXT_PROPERTIES = List.of("label", "helperText", "errorMessage", "placeholder");
    private static final List<String> TEXT_ATTRIBUTES = List.of("aria-label", "title");
    /**
     * Inside other HTML, the lesson's own content: quiz texts rendered from Markdown, source files, formulas' TeX,
     * the section titles in the table of contents. Around them (headings, captions, the quiz's numbers and
     * verdicts) every text comes from the bundles.
     */
    private static final String CONTENT_IN_HTML = ".math, .lesson-inline, .lesson-text, pre, .ml-toc-links > li > a";

    @ParameterizedTest
    @CsvSource({"en, translations.properties", "ja, translations_ja.properties"})
    void everyVisibleTextIsATranslation(String language, String bundle) throws IOException {
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        UI.getCurrent().navigate("", QueryParameters.fromString("opt=sgd,nesterov,adagrad,rmsprop,adam")); // every row of fields
        _click(_get(Button.class, spec -> spec.withId("drill-new"))); // the drill's fields too
        List<Pattern> translations = translations(bundle);
        // The quiz's choices are lesson content (quiz.json, checked in both languages by the content tests);
        // their radio buttons are named with a plain-text reading of it.
        new Quiz().items(Locale.forLanguageTag(language)).forEach(item -> item.choices().forEach(choice ->
                translations.add(Pattern.compile(Pattern.quote(SpokenMath.of(choice.source()))))));

        List<String> texts = new ArrayList<>();
        collect(UI.getCurrent(), texts);

        assertThat(texts).isNotEmpty();
        for (String text : texts) {
            if (LETTER.matcher(text).find()) {
                assertThat(translations).as("'%s' should come from %s", text, bundle)
                        .anyMatch(p -> p.matcher(text).matches());
            }
        }
    }

    private static void collect(Component component, List<String> texts) {
        Element element = component.getElement();
        TEXT_PROPERTIES.forEach(name -> add(texts, element.getProperty(name)));
        TEXT_ATTRIBUTES.forEach(name -> add(texts, element.getAttribute(name)));
        element.getChildren().filter(Element::isTextNode).forEach(text -> add(texts, text.getText()));
        if (component instanceof MathHtml html && !isLessonContent(element)) {
            // HTML built on the server from the bundles: its texts and accessible names, without lesson content
            org.jsoup.nodes.Element body = Jsoup.parseBodyFragment(html.getSanitizedHtml()).body();
            body.select(CONTENT_IN_HTML).remove();
            body.nodeStream(TextNode.class).forEach(text -> add(texts, text.text()));
            body.select("*").forEach(e -> TEXT_ATTRIBUTES.forEach(name -> add(texts, e.attr(name))));
        }
        if (!(component instanceof MathHtml) && element.hasProperty("innerHTML")) {
            // HTML built on the server from the bundles and escaped values (ServerHtml, a button's or link's text)
            org.jsoup.nodes.Element body = Jsoup.parseBodyFragment(element.getProperty("innerHTML")).body();
            body.select(CONTENT_IN_HTML).remove();
            body.nodeStream(TextNode.class).forEach(text -> add(texts, text.text()));
        }
        component.getChildren().forEach(child -> collect(child, texts));
    }

    /** The sections' text blocks (children of a section that are not widgets): only the lesson's own content. */
    private static boolean isLessonContent(Element element) {
        return element.getParent().getClassList().contains("ml-lesson-section")
                && !element.getClassList().contains("ml-widget");
    }

    private static void add(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text.strip());
        }
    }

    /** Each translation as a pattern: its {n} arguments may be any text. */
    private static List<Pattern> translations(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VisibleTextTest.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<Pattern> patterns = new HashSet<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).replace("''", "'").strip();
            String[] literalParts = ARGUMENT.split(value, -1);
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < literalParts.length; i++) {
                if (i > 0) {
                    regex.append(".*?");
                }
                regex.append(Pattern.quote(literalParts[i]));
            }
            patterns.add(Pattern.compile(regex.toString(), Pattern.DOTALL));
        }
        return new ArrayList<>(patterns);
    }
}
