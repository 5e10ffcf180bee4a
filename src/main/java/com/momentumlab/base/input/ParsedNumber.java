package com.momentumlab.base.input;

/** The outcome of reading a number a learner typed: a finite value, or the problem to show next to the field. */
public sealed interface ParsedNumber {

    record Valid(double value) implements ParsedNumber {}

    record Invalid(InputProblem problem) implements ParsedNumber {}

    static ParsedNumber invalid(String messageKey, String... args) {
        return new Invalid(InputProblem.of(messageKey, args));
    }

    /** Keeps a valid value only if {@code check} finds nothing wrong with it. */
    default ParsedNumber check(java.util.function.DoubleFunction<java.util.Optional<InputProblem>> check) {
        if (this instanceof Valid valid) {
            return check.apply(valid.value()).<ParsedNumber>map(Invalid::new).orElse(this);
        }
        return this;
    }
}
