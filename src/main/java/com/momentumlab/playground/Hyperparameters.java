package com.momentumlab.playground;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The hyperparameter values of one optimizer, each under its {@link Hyper}: read them by name
 * ({@link #learningRate()}, {@link #beta()} …), or by {@link Hyper} where code treats every optimizer alike
 * (the permalink, the fields). Immutable; equal values make equal keys of the {@link RunCache}.
 *
 * @param values the values, in {@link Hyper} order
 */
public record Hyperparameters(Map<Hyper, Double> values) {

    public Hyperparameters {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no hyperparameters");
        }
        Map<Hyper, Double> copy = new EnumMap<>(values);
        if (copy.containsValue(null)) {
            throw new IllegalArgumentException("a hyperparameter without a value: " + values);
        }
        values = Collections.unmodifiableMap(copy);
    }

    /** α alone, as SGD and AdaGrad take it. */
    public static Hyperparameters learningRateOnly(double learningRate) {
        return new Hyperparameters(Map.of(Hyper.LEARNING_RATE, learningRate));
    }

    /** α and β, as Momentum and Nesterov take them. */
    public static Hyperparameters momentum(double learningRate, double beta) {
        return new Hyperparameters(Map.of(Hyper.LEARNING_RATE, learningRate, Hyper.MOMENTUM, beta));
    }

    /** α and ρ, as RMSProp takes them. */
    public static Hyperparameters rmsProp(double learningRate, double rho) {
        return new Hyperparameters(Map.of(Hyper.LEARNING_RATE, learningRate, Hyper.DECAY, rho));
    }

    /** α, β₁ and β₂, as Adam takes them. */
    public static Hyperparameters adam(double learningRate, double beta1, double beta2) {
        return new Hyperparameters(Map.of(Hyper.LEARNING_RATE, learningRate, Hyper.FIRST_MOMENT, beta1,
                Hyper.SECOND_MOMENT, beta2));
    }

    /** Which hyperparameters these are, in {@link Hyper} order (the order of a link). */
    public List<Hyper> hypers() {
        return List.copyOf(values.keySet());
    }

    /** The value of {@code hyper}, which must be one of {@link #hypers()}. */
    public double get(Hyper hyper) {
        Double value = values.get(hyper);
        if (value == null) {
            throw new IllegalArgumentException(hyper + " is not one of " + hypers());
        }
        return value;
    }

    /** The same values with {@code hyper}, which must be one of {@link #hypers()}, set to {@code value}. */
    public Hyperparameters with(Hyper hyper, double value) {
        get(hyper);
        Map<Hyper, Double> next = new EnumMap<>(values);
        next.put(hyper, value);
        return new Hyperparameters(next);
    }

    /** α. */
    public double learningRate() {
        return get(Hyper.LEARNING_RATE);
    }

    /** β of Momentum and Nesterov. */
    public double beta() {
        return get(Hyper.MOMENTUM);
    }

    /** ρ of RMSProp. */
    public double rho() {
        return get(Hyper.DECAY);
    }

    /** β₁ of Adam. */
    public double beta1() {
        return get(Hyper.FIRST_MOMENT);
    }

    /** β₂ of Adam. */
    public double beta2() {
        return get(Hyper.SECOND_MOMENT);
    }
}
