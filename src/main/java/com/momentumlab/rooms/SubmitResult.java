package com.momentumlab.rooms;

import com.momentumlab.base.input.InputProblem;

/** The answer to a learner who submits α and β: the outcome of their run, or why it was not taken. */
public sealed interface SubmitResult {

    record Scored(Submission submission) implements SubmitResult {}

    /** No challenge is open (none set, or the facilitator ended it). */
    record NoChallenge() implements SubmitResult {}

    /** α or β outside the lab's ranges or not a finite number, or a lab field not valid (its message says which). */
    record OutOfRange(InputProblem problem) implements SubmitResult {}

    /** Too many submissions from this learner in the last minute. */
    record TooMany() implements SubmitResult {}

    /** The room holds as many submissions as it may. */
    record BoardFull() implements SubmitResult {}

    /** Not (or no longer) in the room, or the room is closed. */
    record NotInRoom() implements SubmitResult {}
}
