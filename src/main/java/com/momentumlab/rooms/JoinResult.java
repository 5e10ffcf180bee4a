package com.momentumlab.rooms;

/** The answer to a learner who asks to join: in, or why not (each a translated message on the join page). */
public sealed interface JoinResult {

    record Joined(RoomCode code, String participantId, Nickname nickname) implements JoinResult {}

    /** No open room has this code (never opened, closed, or expired): the same answer for each, on purpose. */
    record NoSuchRoom() implements JoinResult {}

    record Locked() implements JoinResult {}

    record Full() implements JoinResult {}

    record BadNickname(Nickname.Problem problem) implements JoinResult {}

    /** Too many attempts from this client in the last minute. */
    record TooManyAttempts() implements JoinResult {}
}
