package com.momentumlab.base.input;

import java.util.List;

/** What is wrong with an input, as a translation key and the values its message shows. */
public record InputProblem(String messageKey, List<String> args) {

    public InputProblem {
        args = List.copyOf(args);
    }

    public static InputProblem of(String messageKey, String... args) {
        return new InputProblem(messageKey, List.of(args));
    }
}
