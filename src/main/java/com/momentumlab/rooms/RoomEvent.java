package com.momentumlab.rooms;

import com.momentumlab.playground.LabState;

/** What happens in a room, as every screen in it hears of it. Nothing here is tied to one language. */
public sealed interface RoomEvent {

    /** The facilitator's lab, for everyone following; {@code run} when the facilitator pressed Run. */
    record Shown(LabState state, boolean run) implements RoomEvent {}

    /** "Follow me" is off: learners keep what they see and explore on their own. */
    record FollowOff() implements RoomEvent {}

    /** The number of people in the room changed. */
    record People(int count) implements RoomEvent {}

    /** A participant was removed by the facilitator. */
    record Removed(String participantId) implements RoomEvent {}

    /** The facilitator asked the room {@code poll}, or revealed its answer. */
    record Polled(Poll poll) implements RoomEvent {}

    /** Someone answered the poll (or changed their answer): its counts changed. Never says who, nor what. */
    record Answered(String pollId) implements RoomEvent {}

    /** The facilitator closed the poll. */
    record PollClosed() implements RoomEvent {}

    /** The facilitator started {@code challenge}, or ended it (then it is no longer open). */
    record Challenged(Challenge challenge) implements RoomEvent {}

    /** A learner's submission to the challenge, the room's submission number {@code index}. */
    record Submitted(int index, Submission submission) implements RoomEvent {}

    /** The room was closed (by the facilitator, or after hours without activity). */
    record Closed() implements RoomEvent {}
}
