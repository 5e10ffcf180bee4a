package com.momentumlab.playground;

import java.util.List;

/** A text to show, as a translation key and the (already formatted) values its message shows. */
public record Explanation(String key, List<String> args) {

    public Explanation {
        args = List.copyOf(args);
    }

    public static Explanation of(String key, String... args) {
        return new Explanation(key, List.of(args));
    }

    /** The arguments as {@code getTranslation(key, args)} takes them. */
    public Object[] argsArray() {
        return args.toArray();
    }
}
