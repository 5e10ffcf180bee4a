package com.momentumlab.lesson.ui;

import com.momentumlab.base.i18n.SharedTexts;
import com.momentumlab.base.ui.CompactHtml;
import com.momentumlab.base.ui.MathHtml;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * A source file shown as it is, in {@code <pre><code>}, below its caption: our own files and a text from the
 * bundles, escaped (jsoup writes the text as text), in one element. The block scrolls sideways by itself on a
 * narrow screen; it can be focused, so the keyboard can scroll it too.
 */
class CodeListing extends MathHtml implements HasStyle, LocaleChangeObserver {

    private final String widgetName;
    private final String captionKey;
    private final String language;
    private final String source;

    CodeListing(String widgetName, String captionKey, String language, String source) {
        this.widgetName = widgetName;
        this.captionKey = captionKey;
        this.language = language;
        this.source = source;
        setId(widgetName);
        addClassName("ml-widget");
        addClassName("ml-code-listing");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        // A widget's name always stands for the same file (LessonWidgetFactory), so every tab shares its HTML.
        Locale locale = event.getLocale();
        setSanitizedHtml(SharedTexts.get("code " + widgetName, locale, () -> html(locale)));
    }

    private String html(Locale locale) {
        Element body = CompactHtml.body(); // not one space added to the source
        String captionId = widgetName + "-caption";
        body.appendElement("p").addClass("ml-code-caption").id(captionId).text(getTranslation(locale, captionKey));
        Element pre = body.appendElement("pre").attr("tabindex", "0").attr("aria-labelledby", captionId);
        pre.appendElement("code").addClass("language-" + language).text(source);
        return body.html();
    }
}
