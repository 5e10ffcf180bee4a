package com.momentumlab.playground;

import com.momentumlab.base.input.Numbers;
import com.momentumlab.base.input.ParsedNumber;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;

/**
 * The learning-rate slider moves on a log scale (10⁻⁴ to 10, the useful α span over all functions, where a
 * linear slider would squeeze 0.001 to 0.1 into its first pixel); values it picks are rounded to two
 * significant digits, so α reads 0.1 or 0.015 rather than 0.09999.
 */
public final class SliderScales {

    public static final String LEARNING_RATE_MIN = "-4";
    public static final String LEARNING_RATE_MAX = "1";
    public static final String LEARNING_RATE_STEP = "0.01";

    private SliderScales() {}

    /** The slider position (log₁₀ α) for a learning rate. */
    public static String learningRatePosition(double learningRate) {
        return Numbers.plain(Math.round(Math.log10(learningRate) * 100) / 100.0);
    }

    /** The learning rate at a slider position, or empty if the browser sent something else than a position. */
    public static OptionalDouble learningRateAt(String position) {
        if (!(com.momentumlab.base.input.NumberParser.parseDecimal(position) instanceof ParsedNumber.Valid valid)
                || valid.value() < -4 || valid.value() > 1) {
            return OptionalDouble.empty();
        }
        double exact = Math.pow(10, valid.value());
        return OptionalDouble.of(new BigDecimal(exact).round(new MathContext(2)).doubleValue());
    }
}
