package com.momentumlab.base.ui;

import com.momentumlab.base.i18n.TranslationProvider;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Two buttons, 日本語 and English, each named in its own language. Switching sets the UI's locale, which
 * re-translates every component in place: nothing is reloaded and no state is lost.
 */
public class LanguageSwitch extends Div implements LocaleChangeObserver {

    private final Map<Locale, Button> buttons;
    private final Consumer<Locale> onSwitch;

    /** @param onSwitch called after the locale changed (for example to update the URL) */
    public LanguageSwitch(Consumer<Locale> onSwitch) {
        this.onSwitch = onSwitch;
        addClassName("ml-language-switch");
        getElement().setAttribute("role", "group");
        buttons = Map.of(
                TranslationProvider.JAPANESE, button(TranslationProvider.JAPANESE),
                TranslationProvider.ENGLISH, button(TranslationProvider.ENGLISH));
        add(buttons.get(TranslationProvider.JAPANESE), buttons.get(TranslationProvider.ENGLISH));
    }

    private Button button(Locale locale) {
        Button button = new Button();
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("lang", locale.getLanguage());
        button.setId("language-" + locale.getLanguage());
        button.addClickListener(e -> switchTo(locale));
        return button;
    }

    private void switchTo(Locale locale) {
        UI ui = UI.getCurrent();
        if (!locale.equals(ui.getLocale())) {
            ui.setLocale(locale);
            onSwitch.accept(locale);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        showCurrent(attachEvent.getUI().getLocale());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getElement().setAttribute("aria-label", getTranslation("language.label"));
        showCurrent(event.getLocale());
    }

    private void showCurrent(Locale current) {
        buttons.forEach((locale, button) -> {
            button.setText(getTranslation("language." + locale.getLanguage()));
            boolean selected = locale.equals(TranslationProvider.supported(current));
            button.getElement().setAttribute("aria-pressed", Boolean.toString(selected));
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_TERTIARY);
            button.addThemeVariants(selected ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        });
    }
}
