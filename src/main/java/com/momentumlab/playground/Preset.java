package com.momentumlab.playground;

import static com.momentumlab.playground.OptimizerKind.ADAGRAD;
import static com.momentumlab.playground.OptimizerKind.ADAM;
import static com.momentumlab.playground.OptimizerKind.MOMENTUM;
import static com.momentumlab.playground.OptimizerKind.NESTEROV;
import static com.momentumlab.playground.OptimizerKind.RMSPROP;
import static com.momentumlab.playground.OptimizerKind.SGD;

import com.momentumlab.numerics.function.Objective;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the lab starts with on a function (besides the function's own {@link Objective#defaultStart() start}): the
 * number of steps and every optimizer's hyperparameters.
 *
 * @param hypers the hyperparameters of every optimizer
 */
public record Preset(int steps, Map<OptimizerKind, Hyperparameters> hypers) {

    /**
     * Values that show each function well, chosen by running every optimizer on every function: the classic example
     * on the valley; smaller learning rates where the surface is steep (α = 0.1 diverges on Rosenbrock and
     * Himmelblau), and enough steps to see the path arrive. Momentum and Nesterov share α; β and the decays
     * keep their {@link OptimizerKind#usual() usual} values.
     */
    private static final Map<String, Preset> BY_FUNCTION = Map.of(
            "valley", learningRates(30,
                    Map.of(MOMENTUM, 0.1, NESTEROV, 0.1, SGD, 0.1, ADAGRAD, 0.5, RMSPROP, 0.1, ADAM, 0.3)),
            "rosenbrock", learningRates(300,
                    Map.of(MOMENTUM, 0.001, NESTEROV, 0.001, SGD, 0.001, ADAGRAD, 0.3, RMSPROP, 0.05, ADAM, 0.1)),
            "himmelblau", learningRates(100,
                    Map.of(MOMENTUM, 0.01, NESTEROV, 0.01, SGD, 0.01, ADAGRAD, 0.3, RMSPROP, 0.1, ADAM, 0.1)),
            "dip", learningRates(60,
                    Map.of(MOMENTUM, 0.1, NESTEROV, 0.1, SGD, 0.1, ADAGRAD, 0.3, RMSPROP, 0.1, ADAM, 0.3)));

    public Preset {
        hypers = OptimizerKind.requireEvery(hypers);
    }

    /** The preset of {@code function}; a function of the catalogue without one is a mistake, found at start-up. */
    public static Preset of(Objective function) {
        Preset preset = BY_FUNCTION.get(function.key());
        if (preset == null) {
            throw new IllegalArgumentException("no preset for the function " + function.key());
        }
        return preset;
    }

    /** Every optimizer's usual hyperparameters with the learning rate given for it. */
    private static Preset learningRates(int steps, Map<OptimizerKind, Double> rates) {
        Map<OptimizerKind, Hyperparameters> hypers = new EnumMap<>(OptimizerKind.class);
        rates.forEach((kind, rate) -> hypers.put(kind, kind.usual().with(Hyper.LEARNING_RATE, rate)));
        return new Preset(steps, hypers);
    }
}
