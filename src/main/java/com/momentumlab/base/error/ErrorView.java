package com.momentumlab.base.error;

import com.momentumlab.base.i18n.TranslationProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;

/**
 * What Vaadin shows instead of a view that cannot be shown: a translated heading, one sentence and a link
 * to the start page. The language is the link's {@code ?lang=} if valid, else the browser's.
 */
abstract class ErrorView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final String kind;
    private final H1 title = new H1();
    private final Paragraph text = new Paragraph();
    private final Anchor home = new Anchor("/", "");

    ErrorView(String kind) {
        this.kind = kind;
        title.setId("error-title");
        text.setId("error-text");
        home.setId("error-home");
        addClassName("ml-error");
        add(title, text, home);
    }

    /** Applies a valid {@code ?lang=} of the failed address. */
    static void useLanguageOf(BeforeEnterEvent event) {
        List<String> lang = event.getLocation().getQueryParameters().getParameters().getOrDefault("lang", List.of());
        if (!lang.isEmpty()) {
            TranslationProvider.fromCode(lang.get(0)).ifPresent(locale -> event.getUI().setLocale(locale));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("error." + kind + ".title"));
        text.setText(getTranslation("error." + kind + ".text"));
        home.setText(getTranslation("error.home"));
        UI ui = event.getUI();
        ui.getPage().setTitle(getPageTitle());
        ui.getPage().executeJs("document.documentElement.lang = $0", event.getLocale().getLanguage());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error." + kind + ".title") + " – " + getTranslation("app.title");
    }
}
