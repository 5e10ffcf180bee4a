package com.momentumlab.lesson.ui;

import com.momentumlab.base.i18n.SharedTexts;
import com.momentumlab.base.ui.MathHtml;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A source file shown as it is, in {@code <pre><code>}: our own files, escaped (jsoup writes the text as text).
 * The block scrolls sideways by itself on a narrow screen; it can be focused, so the keyboard can scroll it too.
 */
class CodeListing extends Div implements LocaleChangeObserver {

    private final String captionKey;
    private final Paragraph caption = new Paragraph();
    private final MathHtml code = new MathHtml();

    CodeListing(String widgetName, String captionKey, String language, String source) {
        this.captionKey = captionKey;
        setId(widgetName);
        addClassName("ml-widget");
        addClassName("ml-code-listing");
        caption.addClassName("ml-code-caption");
        caption.setId(widgetName + "-caption");
        // A widget's name always stands for the same file (LessonWidgetFactory), so every tab shares its HTML.
        code.setSanitizedHtml(SharedTexts.get("code " + widgetName, () -> html(widgetName, language, source)));
        add(caption, code);
    }

    private static String html(String widgetName, String language, String source) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false); // not one space added to the source
        Element pre = document.body().appendElement("pre")
                .attr("tabindex", "0").attr("aria-labelledby", widgetName + "-caption");
        pre.appendElement("code").addClass("language-" + language).text(source);
        return pre.outerHtml();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        caption.setText(getTranslation(captionKey));
    }
}
