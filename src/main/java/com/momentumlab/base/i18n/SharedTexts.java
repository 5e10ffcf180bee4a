package com.momentumlab.base.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Texts that depend only on what they show (and on the page's language), made once and shared by every tab:
 * each tab then holds a reference to the text, not a copy of it. Names come from the callers' own fixed set and
 * the language is one of the two we offer, so this stays a handful of entries.
 */
public final class SharedTexts {

    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private SharedTexts() {}

    /** The text called {@code name}, the same in every language, made by {@code make} the first time. */
    public static String get(String name, Supplier<String> make) {
        return TEXTS.computeIfAbsent(name, k -> make.get());
    }

    /** The text called {@code name} in {@code locale}'s language, made by {@code make} the first time. */
    public static String get(String name, Locale locale, Supplier<String> make) {
        String key = name + "@" + TranslationProvider.supported(locale).getLanguage();
        return TEXTS.computeIfAbsent(key, k -> make.get());
    }
}
