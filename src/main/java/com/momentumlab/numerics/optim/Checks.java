package com.momentumlab.numerics.optim;

/** Argument checks shared by the optimizers: a bad hyperparameter fails at construction, not mid-run. */
final class Checks {

    private Checks() {}

    static void learningRate(double learningRate) {
        if (!(Double.isFinite(learningRate) && learningRate > 0)) {
            throw new IllegalArgumentException("learning rate must be finite and > 0: " + learningRate);
        }
    }

    static void nonNegative(String name, double value) {
        if (!(Double.isFinite(value) && value >= 0)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0: " + value);
        }
    }

    /** For decay rates that must leave some memory and some room for the new value: 0 ≤ value < 1. */
    static void decay(String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1): " + value);
        }
    }

    static void epsilon(double epsilon) {
        if (!(Double.isFinite(epsilon) && epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be finite and > 0: " + epsilon);
        }
    }
}
