package com.momentumlab.rooms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.momentumlab.numerics.Vec2;
import org.junit.jupiter.api.Test;

/** A challenge's score against a count made from the update rule alone ({@link ValleyCount}), on f = x²/20 + y². */
class ChallengeTest {

    private static final Challenge.Goal VALLEY = new Challenge.Goal("valley", new Vec2(-7, 2), 1e-3, 300);

    private static int count(double alpha, double beta, double x0, double y0, double threshold, int maxSteps) {
        return ValleyCount.steps(alpha, beta, x0, y0, threshold, maxSteps);
    }

    @Test
    void theStepsToReachTheThresholdAreTheStepsOfTheUpdateRule() {
        double[][] settings = {{0.1, 0.9}, {0.5, 0.7}, {0.9, 0.6}, {0.8, 0.5}, {0.3, 0.8}, {0.05, 0.95}, {1.0, 0.2}};
        for (double[] s : settings) {
            int expected = count(s[0], s[1], -7, 2, 1e-3, 300);
            assertThat(expected).as("α %s β %s reaches", s[0], s[1]).isPositive();
            assertThat(VALLEY.score(s[0], s[1])).as("α %s β %s", s[0], s[1])
                    .isEqualTo(new Challenge.Outcome(Challenge.Outcome.Kind.REACHED, expected));
        }
        assertThat(count(0.1, 0.9, -7, 2, 1e-3, 300)).isEqualTo(58);
    }

    @Test
    void tooSlowIsNotReachedAndTooFastDivergesWhereTheRunStops() {
        assertThat(count(0.01, 0, -7, 2, 1e-3, 300)).isZero();
        assertThat(VALLEY.score(0.01, 0)).isEqualTo(new Challenge.Outcome(Challenge.Outcome.Kind.NOT_REACHED, 300));
        int diverged = -count(2.5, 0.9, -7, 2, 1e-3, 300);
        assertThat(diverged).isEqualTo(13);
        assertThat(VALLEY.score(2.5, 0.9)).isEqualTo(new Challenge.Outcome(Challenge.Outcome.Kind.DIVERGED, 13));
    }

    @Test
    void aGoalIsOnlyWhatTheLabCanRun() {
        assertThatThrownBy(() -> new Challenge.Goal("nope", new Vec2(0, 0), 1e-3, 300)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Challenge.Goal("valley", new Vec2(-700, 2), 1e-3, 300)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Challenge.Goal("valley", new Vec2(-7, 2), 0, 300)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Challenge.Goal("valley", new Vec2(-7, 2), Double.NaN, 300)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Challenge.Goal("valley", new Vec2(-7, 2), 1e-3, 1001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Challenge.Goal("valley", new Vec2(Double.NaN, 2), 1e-3, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChallengeAndASubmissionTravelBetweenReplicasUnchanged() {
        Challenge challenge = new Challenge("c-1", new Challenge.Goal("valley", new Vec2(-7.25, 0.1), 0.000123, 250), true);
        assertThat(RoomWire.challenge(RoomWire.challenge(challenge))).isEqualTo(challenge);
        Submission submission = new Submission("c-1", "p-1", new Nickname("Aiko <b> 2"), 0.1, 0.30000000000000004,
                new Challenge.Outcome(Challenge.Outcome.Kind.DIVERGED, 13));
        assertThat(RoomWire.submission(RoomWire.submission(submission))).isEqualTo(submission);
        RoomCode code = new RoomCode("ACEFHJ");
        assertThat(RoomWire.event(RoomWire.event(code, new RoomEvent.Submitted(7, submission))))
                .isEqualTo(new RoomWire.Addressed(code, new RoomEvent.Submitted(7, submission)));
    }
}
