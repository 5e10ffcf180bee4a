package com.momentumlab.rooms;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The name a learner shows in a room: 1–24 characters of text, trimmed and NFC-normalised; never markup (views show
 * it as text). Unique in its room as {@link #key} compares it: a second "Aiko" becomes "Aiko 2" ({@link #candidate}).
 */
public record Nickname(String value) {

    public static final int MAX_LENGTH = 24;

    /** Why a typed name cannot be used. */
    public enum Problem {
        EMPTY, TOO_LONG, CONTROL_CHARACTERS
    }

    public Nickname {
        if (problem(value).isPresent() || !value.equals(value.strip())) {
            throw new IllegalArgumentException("not a nickname: " + value);
        }
    }

    /** The name as typed, trimmed; or why it cannot be used. */
    public static Optional<Problem> problem(String typed) {
        String name = normalised(typed);
        if (name.isEmpty()) {
            return Optional.of(Problem.EMPTY);
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            return Optional.of(Problem.CONTROL_CHARACTERS);
        }
        return Optional.empty();
    }

    public static Nickname of(String typed) {
        return new Nickname(normalised(typed));
    }

    private static String normalised(String typed) {
        return typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
    }

    /** What two nicknames in one room must not share: the NFC form, case-folded ("Aiko", "AIKO" and "aiko" are one). */
    public String key() {
        return Normalizer.normalize(value.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /**
     * The {@code n}-th name to try when this one is taken: itself for 1, else "Aiko 2", "Aiko 3", …, the base
     * shortened so that the whole stays within {@link #MAX_LENGTH} characters.
     */
    public Nickname candidate(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("candidates count from 1: " + n);
        }
        if (n == 1) {
            return this;
        }
        String suffix = " " + n;
        int room = MAX_LENGTH - suffix.length();
        String base = value.codePointCount(0, value.length()) <= room ? value
                : value.substring(0, value.offsetByCodePoints(0, room));
        return new Nickname(base.strip() + suffix);
    }
}
