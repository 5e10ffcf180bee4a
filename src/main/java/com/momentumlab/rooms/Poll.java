package com.momentumlab.rooms;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A quiz item the facilitator put to the room. It names the item by its id, never by its text, so every screen
 * shows it in its own language; the room knows only how many choices it has, to refuse any other.
 *
 * <p>The hand-computation drill is a poll too ({@link #DRILL_ITEM}, with its {@code drill} parameters): each
 * learner answers it with their result per value, and its "choices" are its values.
 *
 * @param id       this asking of the item: answers to an earlier poll (even of the same item) never count here
 * @param itemId   the quiz item's id, or {@link #DRILL_ITEM}
 * @param choices  how many choices the item has (the drill: how many values it asks)
 * @param revealed whether the facilitator revealed the answer (answers are then closed)
 * @param drill    the drill's parameters, for a drill poll only
 */
public record Poll(String id, String itemId, int choices, boolean revealed, Optional<DrillParameters> drill) {

    /** The item id of the hand-computation drill. */
    public static final String DRILL_ITEM = "hand-drill";

    /** A quiz item's poll. */
    public Poll(String id, String itemId, int choices, boolean revealed) {
        this(id, itemId, choices, revealed, Optional.empty());
    }

    /** Ids travel as words on one line (see {@link RoomWire}): no spaces in them. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    public Poll {
        if (!WORD.matcher(id).matches() || !WORD.matcher(itemId).matches() || choices < 1) {
            throw new IllegalArgumentException("not a poll: " + id + " " + itemId + " " + choices);
        }
        if (drill.isPresent() != itemId.equals(DRILL_ITEM)) {
            throw new IllegalArgumentException("a drill poll, and only one, has the drill's parameters: " + itemId);
        }
    }

    Poll asRevealed() {
        return new Poll(id, itemId, choices, true, drill);
    }
}
