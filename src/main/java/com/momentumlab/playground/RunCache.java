package com.momentumlab.playground;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.optim.GradientNoise;
import com.momentumlab.numerics.optim.Trajectory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The runs computed lately, shared by every tab: a study group mostly runs the same few settings (every tab
 * opens with the classic example), and a tab keeps its runs for as long as it is open. A run is a pure function
 * of its key, so a shared one is exactly the one the tab would have computed. Bounded: the least recently used
 * run goes first, and a long run counts for its steps, so the cache never holds more than {@link #MAX_STEPS}.
 */
final class RunCache {

    /** About 200 bytes a step: some 10 MB at most. */
    static final int MAX_STEPS = 50_000;

    /** What decides one optimizer's run. */
    record Key(String functionKey, Vec2 start, int steps, OptimizerKind kind, Form form, Hyperparameters hypers,
               GradientNoise noise) {}

    private final Map<Key, Trajectory> runs = new LinkedHashMap<>(16, 0.75f, true);
    private int stepsHeld;

    synchronized Trajectory get(Key key, Supplier<Trajectory> compute) {
        Trajectory run = runs.get(key);
        if (run == null) {
            run = compute.get();
            runs.put(key, run);
            stepsHeld += run.steps().size();
            var eldest = runs.entrySet().iterator();
            while (stepsHeld > MAX_STEPS && runs.size() > 1) {
                stepsHeld -= eldest.next().getValue().steps().size();
                eldest.remove();
            }
        }
        return run;
    }

    synchronized int size() {
        return runs.size();
    }
}
