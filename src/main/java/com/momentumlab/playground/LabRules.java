package com.momentumlab.playground;

import static com.momentumlab.base.input.Numbers.exact;

import com.momentumlab.base.input.InputProblem;
import com.momentumlab.base.input.NumberParser;
import com.momentumlab.base.input.ParsedNumber;
import com.momentumlab.numerics.function.Window;
import java.util.Optional;

/**
 * The allowed range of every parameter, applied to text from a field or a URL alike. The ranges keep runs
 * meaningful and cheap: α in (0, 10], β in [0, 1), the start inside the chart's window, 1 to 1000 steps,
 * gradient noise σ in [0, 10] with a seed from 0 to 2³¹ − 1.
 */
public final class LabRules {

    public static final double MAX_LEARNING_RATE = 10;
    public static final int MAX_STEPS = 1000;
    public static final int MAX_SPEED = 5;
    /** σ of the gradient noise: up to 10, several times the valley's largest gradient in its window. */
    public static final double MAX_NOISE = 10;
    /** Seeds are whole numbers from 0 to 2³¹ − 1: short enough to read and type. */
    public static final long MAX_SEED = Integer.MAX_VALUE;

    private LabRules() {}

    public static ParsedNumber learningRate(String text) {
        return NumberParser.parseDecimal(text).check(a -> a > 0 && a <= MAX_LEARNING_RATE
                ? Optional.empty()
                : Optional.of(InputProblem.of("error.lr.range", exact(MAX_LEARNING_RATE))));
    }

    public static ParsedNumber beta(String text) {
        return NumberParser.parseDecimal(text).check(b -> b >= 0 && b < 1
                ? Optional.empty()
                : Optional.of(InputProblem.of("error.beta.range")));
    }

    /** A decay rate (RMSProp's ρ, Adam's β₁ and β₂): [0, 1). */
    public static ParsedNumber decay(String text) {
        return NumberParser.parseDecimal(text).check(r -> r >= 0 && r < 1
                ? Optional.empty()
                : Optional.of(InputProblem.of("error.decay.range")));
    }

    /** σ of the gradient noise: [0, {@value #MAX_NOISE}], 0 = exact gradients. */
    public static ParsedNumber noise(String text) {
        return NumberParser.parseDecimal(text).check(s -> s >= 0 && s <= MAX_NOISE
                ? Optional.empty()
                : Optional.of(InputProblem.of("error.noise.range", exact(MAX_NOISE))));
    }

    public static ParsedNumber seed(String text) {
        return NumberParser.parseWhole(text).check(n -> n >= 0 && n <= MAX_SEED
                ? Optional.empty()
                : Optional.of(InputProblem.of("error.seed.range", Long.toString(MAX_SEED))));
    }

    public static ParsedNumber speed(String text) {
        return NumberParser.parseWhole(text).check(n -> n >= 1 && n <= MAX_SPEED
                ? Optional.empty()
                : Optional.of(InputProblem.of("error.speed.range", exact(MAX_SPEED))));
    }

    public static ParsedNumber startX(String text, Window window) {
        return NumberParser.parseDecimal(text).check(x -> x >= window.xMin() && x <= window.xMax()
                ? Optional.empty()
                : Optional.of(InputProblem.of("error.x0.range", exact(window.xMin()), exact(window.xMax()))));
    }

    public static ParsedNumber startY(String text, Window window) {
        return NumberParser.parseDecimal(text).check(y -> y >= window.yMin() && y <= window.yMax()
                ? Optional.empty()
                : Optional.of(InputProblem.of("error.y0.range", exact(window.yMin()), exact(window.yMax()))));
    }

    public static ParsedNumber steps(String text) {
        return NumberParser.parseWhole(text).check(n -> n >= 1 && n <= MAX_STEPS
                ? Optional.empty()
                : Optional.of(InputProblem.of("error.steps.range", exact(MAX_STEPS))));
    }
}
