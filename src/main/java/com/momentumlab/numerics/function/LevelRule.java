package com.momentumlab.numerics.function;

/**
 * How a function's contour levels are chosen. Data only: the contour package turns a rule and the
 * sampled value range into level values.
 */
public sealed interface LevelRule {

    /** Linear levels as matplotlib's {@code contour(X, Y, Z, count)} picks them (MaxNLocator). */
    record Linear(int count) implements LevelRule {}

    /** Log-spaced levels, {@code numpy.logspace(fromExponent, toExponent, count)}, for ranges spanning decades. */
    record Log(double fromExponent, double toExponent, int count) implements LevelRule {}
}
