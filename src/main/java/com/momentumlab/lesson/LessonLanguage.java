package com.momentumlab.lesson;

import java.util.Locale;

/** The languages the lesson is written in; any other locale is shown in English. */
enum LessonLanguage {
    EN(Locale.ENGLISH),
    JA(Locale.JAPANESE);

    private final Locale locale;

    LessonLanguage(Locale locale) {
        this.locale = locale;
    }

    static LessonLanguage of(Locale locale) {
        return locale != null && "ja".equals(locale.getLanguage()) ? JA : EN;
    }

    Locale locale() {
        return locale;
    }

    /** The folder and JSON key of the language: "en" or "ja". */
    String code() {
        return locale.getLanguage();
    }
}
