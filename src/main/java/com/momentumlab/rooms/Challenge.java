package com.momentumlab.rooms;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.function.Window;
import com.momentumlab.numerics.optim.Momentum;
import com.momentumlab.numerics.optim.Step;
import com.momentumlab.numerics.optim.Trajectory;
import com.momentumlab.playground.LabRules;
import java.util.regex.Pattern;

/**
 * The facilitator's challenge: a goal for Momentum that every learner tries to reach with their own α and β. Like
 * a {@link Poll} it is data only (a function key, numbers), so every screen words it in its own language.
 *
 * @param id   this challenge: submissions to an earlier one never count here
 * @param goal what to reach
 * @param open whether submissions are taken (the facilitator ends it; the board stays)
 */
public record Challenge(String id, Goal goal, boolean open) {

    /** Ids travel as words on one line (see {@link RoomWire}). */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    public Challenge {
        if (!WORD.matcher(id).matches()) {
            throw new IllegalArgumentException("not a challenge id: " + id);
        }
    }

    Challenge asEnded() {
        return new Challenge(id, goal, false);
    }

    /**
     * From {@code start} on the function {@code functionKey}, bring f below {@code threshold} within
     * {@code maxSteps} Momentum steps.
     */
    public record Goal(String functionKey, Vec2 start, double threshold, int maxSteps) {

        /** The threshold a facilitator may set: a positive number up to this (far above any function's minimum). */
        public static final double MAX_THRESHOLD = 1e3;
        public static final double DEFAULT_THRESHOLD = 1e-3;
        public static final int DEFAULT_MAX_STEPS = 300;

        public Goal {
            Window window = function(functionKey).window();
            if (!(start.x() >= window.xMin() && start.x() <= window.xMax() && start.y() >= window.yMin()
                    && start.y() <= window.yMax())) {
                throw new IllegalArgumentException("the start must lie in the function's window: " + start);
            }
            if (!(threshold > 0 && threshold <= MAX_THRESHOLD)) {
                throw new IllegalArgumentException("the threshold must be in (0, " + MAX_THRESHOLD + "]: " + threshold);
            }
            if (maxSteps < 1 || maxSteps > LabRules.MAX_STEPS) {
                throw new IllegalArgumentException("steps must be in [1, " + LabRules.MAX_STEPS + "]: " + maxSteps);
            }
        }

        public Objective function() {
            return function(functionKey);
        }

        private static Objective function(String key) {
            return Catalogue.byKey(key).orElseThrow(() -> new IllegalArgumentException("no function " + key));
        }

        /**
         * Runs Momentum with α and β (in the lab's ranges) from the start: the first step whose f is below the
         * threshold, else the step where it diverged, else "not reached" after {@link #maxSteps}.
         */
        public Outcome score(double alpha, double beta) {
            Trajectory run = Trajectory.run(new Momentum(alpha, beta), function(), start, maxSteps);
            for (Step step : run.steps()) {
                if (step.value() < threshold) {
                    return new Outcome(Outcome.Kind.REACHED, step.t());
                }
            }
            return run.divergedAt().isPresent()
                    ? new Outcome(Outcome.Kind.DIVERGED, run.divergedAt().getAsInt())
                    : new Outcome(Outcome.Kind.NOT_REACHED, maxSteps);
        }
    }

    /**
     * What a submission did: reached the threshold after {@code steps} steps, diverged at step {@code steps}, or
     * did not reach it in all {@code steps} steps. The kinds are in the board's order, best first.
     */
    public record Outcome(Kind kind, int steps) {

        public enum Kind { REACHED, NOT_REACHED, DIVERGED }

        public Outcome {
            if (steps < 0) {
                throw new IllegalArgumentException("steps must be >= 0: " + steps);
            }
        }

        public boolean reached() {
            return kind == Kind.REACHED;
        }
    }
}
