package com.momentumlab.numerics.function;

import java.util.List;
import java.util.Optional;

/** The functions a learner can pick, in menu order, each found by its {@link Objective#key() key}. */
public final class Catalogue {

    private static final List<Objective> ALL =
            List.of(new Valley(), new Rosenbrock(), new Himmelblau(), new ShallowDip());

    private Catalogue() {}

    /** All functions; the first is the lesson's valley. */
    public static List<Objective> all() {
        return ALL;
    }

    /** The function with this key, or empty for an unknown (or null) key, e.g. from a hand-edited URL. */
    public static Optional<Objective> byKey(String key) {
        return ALL.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
