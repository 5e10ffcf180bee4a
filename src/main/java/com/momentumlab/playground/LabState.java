package com.momentumlab.playground;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Objective;

/**
 * Everything that decides a run: the function, the optimizer's parameters, the start and the number of
 * steps. Always valid: it is only built from values that passed {@link LabRules}.
 */
public record LabState(String functionKey, double learningRate, double beta, Vec2 start, int steps) {

    public static final double DEFAULT_LEARNING_RATE = 0.1;
    public static final double DEFAULT_BETA = 0.9;
    public static final int DEFAULT_STEPS = 30;

    /** The classic example for {@code function}: α 0.1, β 0.9, its default start, 30 steps. */
    public static LabState defaults(Objective function) {
        return new LabState(function.key(), DEFAULT_LEARNING_RATE, DEFAULT_BETA, function.defaultStart(),
                DEFAULT_STEPS);
    }
}
