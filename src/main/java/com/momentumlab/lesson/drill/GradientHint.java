package com.momentumlab.lesson.drill;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * How to write one function's gradient for a learner: each partial derivative as a formula and as a
 * template that {@link HandNumberFormat#fill} turns into the same formula with the learner's numbers,
 * {@code x/10} → "−6.93/10". The formulas are the ones in each function's Javadoc, written with the
 * multiplications a learner spells out when substituting ("4x(…)" → "4 × {x} × (…)").
 *
 * <p>Kept here, keyed by {@code Objective.key()}, so that the numerics' {@code Objective} stays free of
 * teaching text; a function without an entry gets the generic gradient hint.
 */
record GradientHint(String dx, String dxTemplate, String dy, String dyTemplate) {

    private static final Map<String, GradientHint> BY_FUNCTION = Map.of(
            "valley", new GradientHint(
                    "x/10", "{x}/10",
                    "2y", "2 × {y}"),
            "rosenbrock", new GradientHint(
                    "−2(1 − x) − 400x(y − x²)", "−2 × (1 − {x}) − 400 × {x} × ({y} − {x}²)",
                    "200(y − x²)", "200 × ({y} − {x}²)"),
            "himmelblau", new GradientHint(
                    "4x(x² + y − 11) + 2(x + y² − 7)", "4 × {x} × ({x}² + {y} − 11) + 2 × ({x} + {y}² − 7)",
                    "2(x² + y − 11) + 4y(x + y² − 7)", "2 × ({x}² + {y} − 11) + 4 × {y} × ({x} + {y}² − 7)"),
            "dip", new GradientHint(
                    "x(x + 3)(x + 4)", "{x} × ({x} + 3) × ({x} + 4)",
                    "2y", "2 × {y}"));

    /** The hint for the function with this key, if it has one. */
    static Optional<GradientHint> forFunction(String functionKey) {
        return Optional.ofNullable(BY_FUNCTION.get(functionKey));
    }

    /** The formula of ∂L/∂x or ∂L/∂y in x and y. */
    String formula(DrillQuestion.Axis axis) {
        return axis == DrillQuestion.Axis.X ? dx : dy;
    }

    /** That formula with x and y replaced by the given numbers. */
    String substituted(DrillQuestion.Axis axis, BigDecimal x, BigDecimal y) {
        return HandNumberFormat.fill(axis == DrillQuestion.Axis.X ? dxTemplate : dyTemplate, Map.of("x", x, "y", y));
    }
}
