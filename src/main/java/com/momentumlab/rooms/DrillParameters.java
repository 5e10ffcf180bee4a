package com.momentumlab.rooms;

import com.momentumlab.numerics.Vec2;
import java.util.regex.Pattern;

/**
 * The hand-computation drill the facilitator put to the room, named by what it is computed from (never by its text):
 * every screen builds the drill, its questions and its worked solution itself, in its own language.
 *
 * @param functionKey the function's key
 * @param alpha       the learning rate α
 * @param beta        the momentum β
 * @param start       θ₀
 */
public record DrillParameters(String functionKey, double alpha, double beta, Vec2 start) {

    /** Keys travel as words on one line (see {@link RoomWire}). */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    /** A learner's result for one value of the drill, as the room counts it. */
    public enum Result { NOT_YET, RIGHT, WRONG }

    public DrillParameters {
        if (!WORD.matcher(functionKey).matches() || !Double.isFinite(alpha) || !Double.isFinite(beta)
                || !Double.isFinite(start.x()) || !Double.isFinite(start.y())) {
            throw new IllegalArgumentException("not a drill: " + functionKey + " " + alpha + " " + beta + " " + start);
        }
    }
}
