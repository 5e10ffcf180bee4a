package com.momentumlab.rooms;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The short code a learner types to join a room: six characters from an alphabet without look-alikes (no 0/O/D,
 * 1/I/L, 2/Z, 5/S, 6/G, 8/B), so it can be read off a projector from the back of a room.
 */
public record RoomCode(String value) {

    static final String ALPHABET = "ACEFHJKMNPRTUVWXY3479";
    public static final int LENGTH = 6;

    public RoomCode {
        if (value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not a room code: " + value);
        }
    }

    static RoomCode random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new RoomCode(code.toString());
    }

    /** What a learner typed, read forgivingly (lower case, spaces and hyphens); empty if it cannot be a code. */
    public static Optional<RoomCode> parse(String typed) {
        if (typed == null || typed.length() > 4 * LENGTH) {
            return Optional.empty();
        }
        String compact = typed.strip().replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        if (compact.length() != LENGTH || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new RoomCode(compact));
    }

    @Override
    public String toString() {
        return value;
    }
}
