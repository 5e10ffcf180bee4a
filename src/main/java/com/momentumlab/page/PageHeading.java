package com.momentumlab.page;

import com.momentumlab.base.i18n.SharedTexts;
import com.momentumlab.base.ui.CompactHtml;
import com.momentumlab.base.ui.ServerHtml;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The page's title ({@code <h1>}) and subtitle ({@code <p>}) as one element. They only ever change together (on a
 * language switch), so the tab keeps one state node instead of five; both are texts from the bundles, escaped by
 * jsoup, and each language's HTML is made once and shared by every tab.
 */
class PageHeading extends ServerHtml {

    PageHeading() {
        setId("page-heading");
    }

    void show(Locale locale) {
        setEscapedHtml(SharedTexts.get("page heading", locale, () -> html(locale)));
    }

    private String html(Locale locale) {
        Element body = CompactHtml.body();
        body.appendElement("h1").text(getTranslation(locale, "app.title"));
        body.appendElement("p").text(getTranslation(locale, "app.subtitle"));
        return body.html();
    }
}
