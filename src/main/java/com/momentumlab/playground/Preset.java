package com.momentumlab.playground;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Starting hyperparameters that show each function well: the classic values on the valley; smaller learning
 * rates where the surface is steep (α = 0.1 diverges on Rosenbrock and Himmelblau), and enough steps to see
 * the path arrive. Chosen by running every optimizer on every function.
 */
public record Preset(int steps, Map<OptimizerKind, List<Double>> hypers) {

    public Preset {
        hypers = Map.copyOf(hypers);
    }

    public static Preset of(String functionKey) {
        return switch (functionKey) {
            case "rosenbrock" -> preset(300, 0.001, 0.001, 0.3, 0.05, 0.1);
            case "himmelblau" -> preset(100, 0.01, 0.01, 0.3, 0.1, 0.1);
            case "dip" -> preset(60, 0.1, 0.1, 0.3, 0.1, 0.3);
            default -> preset(LabState.DEFAULT_STEPS, LabState.DEFAULT_LEARNING_RATE, 0.1, 0.5, 0.1, 0.3);
        };
    }

    /** Momentum and Nesterov share α and β = 0.9; the adaptive methods get their own α and the usual decays. */
    private static Preset preset(int steps, double momentumRate, double sgdRate, double adagradRate,
                                 double rmspropRate, double adamRate) {
        Map<OptimizerKind, List<Double>> hypers = new EnumMap<>(OptimizerKind.class);
        hypers.put(OptimizerKind.MOMENTUM, List.of(momentumRate, LabState.DEFAULT_BETA));
        hypers.put(OptimizerKind.SGD, List.of(sgdRate));
        hypers.put(OptimizerKind.NESTEROV, List.of(momentumRate, LabState.DEFAULT_BETA));
        hypers.put(OptimizerKind.ADAGRAD, List.of(adagradRate));
        hypers.put(OptimizerKind.RMSPROP, List.of(rmspropRate, 0.99));
        hypers.put(OptimizerKind.ADAM, List.of(adamRate, 0.9, 0.999));
        return new Preset(steps, hypers);
    }
}
