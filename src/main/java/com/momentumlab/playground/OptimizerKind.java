package com.momentumlab.playground;

import com.momentumlab.numerics.optim.AdaGrad;
import com.momentumlab.numerics.optim.Adam;
import com.momentumlab.numerics.optim.Momentum;
import com.momentumlab.numerics.optim.Nesterov;
import com.momentumlab.numerics.optim.Optimizer;
import com.momentumlab.numerics.optim.RmsProp;
import com.momentumlab.numerics.optim.Sgd;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The optimizers a learner can put on the chart, each with its hyperparameters (in URL order) and a colour
 * from the Okabe–Ito palette, which stays distinguishable with the common colour-vision deficiencies.
 */
public enum OptimizerKind {

    MOMENTUM("momentum", "#D55E00", List.of(Hyper.LEARNING_RATE, Hyper.MOMENTUM),
            v -> new Momentum(v[0], v[1])),
    SGD("sgd", "#0072B2", List.of(Hyper.LEARNING_RATE), v -> new Sgd(v[0])),
    NESTEROV("nesterov", "#009E73", List.of(Hyper.LEARNING_RATE, Hyper.MOMENTUM),
            v -> new Nesterov(v[0], v[1])),
    ADAGRAD("adagrad", "#CC79A7", List.of(Hyper.LEARNING_RATE), v -> new AdaGrad(v[0])),
    RMSPROP("rmsprop", "#E69F00", List.of(Hyper.LEARNING_RATE, Hyper.DECAY),
            v -> new RmsProp(v[0], v[1], RmsProp.DEFAULT_EPSILON)),
    ADAM("adam", "#56B4E9", List.of(Hyper.LEARNING_RATE, Hyper.FIRST_MOMENT, Hyper.SECOND_MOMENT),
            v -> new Adam(v[0], v[1], v[2], Adam.DEFAULT_EPSILON));

    private final String key;
    private final String color;
    private final List<Hyper> hypers;
    private final Function<double[], Optimizer> factory;

    OptimizerKind(String key, String color, List<Hyper> hypers, Function<double[], Optimizer> factory) {
        this.key = key;
        this.color = color;
        this.hypers = hypers;
        this.factory = factory;
    }

    /** Stable name in URLs and translation keys ({@code optimizer.<key>}). */
    public String key() {
        return key;
    }

    public String color() {
        return color;
    }

    public List<Hyper> hypers() {
        return hypers;
    }

    /** The optimizer with these hyperparameter values, in the order of {@link #hypers()}. */
    public Optimizer create(List<Double> values) {
        return factory.apply(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    public static Optional<OptimizerKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** The optimizers a learner may add next to Momentum. */
    public static List<OptimizerKind> comparable() {
        return Arrays.stream(values()).filter(k -> k != MOMENTUM).toList();
    }
}
