package com.momentumlab.lesson.drill;

import java.util.List;

/**
 * Text for the learner as data: a translation key and its arguments, already formatted as strings
 * (numbers as {@link HandNumberFormat} writes them, formulas as plain Unicode text). The view translates
 * it, for example {@code getTranslation(message.key(), message.args().toArray())}; the arguments are
 * {@code {0}, {1}, …} of the translated pattern.
 */
public record DrillMessage(String key, List<String> args) {

    public DrillMessage {
        args = List.copyOf(args);
    }

    public static DrillMessage of(String key, String... args) {
        return new DrillMessage(key, List.of(args));
    }
}
