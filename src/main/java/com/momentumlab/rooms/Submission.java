package com.momentumlab.rooms;

/**
 * One learner's α and β for a challenge and what the server's run of them did. The board shows the nickname (as
 * text), α, β and the outcome; the participant id stays on the server, to find each learner's best.
 */
public record Submission(String challengeId, String participantId, Nickname nickname, double alpha, double beta,
                         Challenge.Outcome outcome) {}
