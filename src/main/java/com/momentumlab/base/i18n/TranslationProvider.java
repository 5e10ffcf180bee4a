package com.momentumlab.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Translations from {@code vaadin-i18n/translations*.properties} (UTF-8). English comes first, so a browser
 * asking for neither language gets English; Vaadin picks Japanese for a browser that prefers it.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale JAPANESE = Locale.JAPANESE;
    private static final List<Locale> LOCALES = List.of(ENGLISH, JAPANESE);
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger LOG = LoggerFactory.getLogger(TranslationProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        try {
            String pattern = bundle(supported).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
        } catch (MissingResourceException e) {
            LOG.warn("missing translation key {} for {}", key, supported);
            return "!" + key;
        }
    }

    /** The supported locale closest to the one asked for: Japanese for any "ja", English otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && JAPANESE.getLanguage().equals(locale.getLanguage()) ? JAPANESE : ENGLISH;
    }

    /** Parses a language code from a URL ("ja", "en"); anything else is not a language we offer. */
    public static java.util.Optional<Locale> fromCode(String code) {
        return LOCALES.stream().filter(l -> l.getLanguage().equals(code)).findFirst();
    }

    private static ResourceBundle bundle(Locale locale) {
        // The base file holds English; never fall back to the JVM's default locale.
        return ResourceBundle.getBundle(BUNDLE, locale.equals(ENGLISH) ? Locale.ROOT : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
