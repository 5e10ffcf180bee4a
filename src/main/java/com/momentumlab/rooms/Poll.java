package com.momentumlab.rooms;

import java.util.regex.Pattern;

/**
 * A quiz item the facilitator put to the room. It names the item by its id, never by its text, so every screen
 * shows it in its own language; the room knows only how many choices it has, to refuse any other.
 *
 * @param id       this asking of the item: answers to an earlier poll (even of the same item) never count here
 * @param itemId   the quiz item's id
 * @param choices  how many choices the item has
 * @param revealed whether the facilitator revealed the answer (answers are then closed)
 */
public record Poll(String id, String itemId, int choices, boolean revealed) {

    /** Ids travel as words on one line (see {@link RoomWire}): no spaces in them. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    public Poll {
        if (!WORD.matcher(id).matches() || !WORD.matcher(itemId).matches() || choices < 1) {
            throw new IllegalArgumentException("not a poll: " + id + " " + itemId + " " + choices);
        }
    }

    Poll asRevealed() {
        return new Poll(id, itemId, choices, true);
    }
}
