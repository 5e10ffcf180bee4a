package com.momentumlab.rooms;

import java.util.Optional;

/** The name a learner shows in a room: 1–24 characters of text, trimmed; never markup (views show it as text). */
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
        String name = typed == null ? "" : typed.strip();
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
        return new Nickname(typed == null ? "" : typed.strip());
    }
}
