package com.momentumlab.lesson.ui;

import com.momentumlab.base.i18n.SharedTexts;
import com.momentumlab.base.ui.CompactHtml;
import com.momentumlab.base.ui.MathHtml;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The heading and the introductory paragraph of a lesson part (the drill, the quiz) as one element: a real
 * {@code <h2>} with the id the part's region and the table of contents point at, and a {@code <p>}. Both are
 * texts from the bundles (escaped by jsoup), so each language's HTML is made once and shared by every tab.
 */
class PartIntro extends MathHtml {

    private final String headingId;
    private final String headingKey;
    private final String introKey;

    PartIntro(String headingId, String headingKey, String introKey) {
        this.headingId = headingId;
        this.headingKey = headingKey;
        this.introKey = introKey;
    }

    void show(Locale locale) {
        setSanitizedHtml(SharedTexts.get("part intro " + headingId, locale, () -> html(locale)));
    }

    private String html(Locale locale) {
        Element body = CompactHtml.body();
        body.appendElement("h2").id(headingId).text(getTranslation(locale, headingKey));
        body.appendElement("p").text(getTranslation(locale, introKey));
        return body.html();
    }
}
