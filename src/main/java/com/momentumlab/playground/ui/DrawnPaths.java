package com.momentumlab.playground.ui;

import com.momentumlab.chart.OverlayPath;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.playground.Run;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The chart's paths of some runs up to a step, made once and shared by every tab that shows them: a room's
 * learners all show the facilitator's runs, and the runs themselves are shared (see the service's run cache).
 * The paths are immutable, so a shared one is exactly the one the tab would have made.
 */
final class DrawnPaths {

    /** A room's tabs follow one state at a time; a few more cover several rooms and languages. */
    private static final int HELD = 16;

    /** The runs by identity: equal runs are the same shared objects, and comparing them point by point costs. */
    private record Key(List<Run> runs, int to, Locale locale) {
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key that) || to != that.to || !locale.equals(that.locale)
                    || runs.size() != that.runs.size()) {
                return false;
            }
            for (int i = 0; i < runs.size(); i++) {
                if (runs.get(i).kind() != that.runs.get(i).kind()
                        || runs.get(i).trajectory() != that.runs.get(i).trajectory()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = 31 * to + locale.hashCode();
            for (Run run : runs) {
                hash = 31 * hash + System.identityHashCode(run.trajectory());
            }
            return hash;
        }
    }

    private static final Map<Key, List<OverlayPath>> HELD_PATHS = new LinkedHashMap<>(HELD * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<OverlayPath>> eldest) {
            return size() > HELD;
        }
    };

    private DrawnPaths() {}

    /** Each run's path from step 0 to {@code to}, named by {@code name} (the translated optimizer). */
    static List<OverlayPath> upTo(List<Run> runs, int to, Locale locale, Function<Run, String> name) {
        Key key = new Key(List.copyOf(runs), to, locale);
        synchronized (HELD_PATHS) {
            List<OverlayPath> held = HELD_PATHS.get(key);
            if (held != null) {
                return held;
            }
        }
        List<OverlayPath> paths = runs.stream().map(run -> new OverlayPath(run.kind().key(), run.kind().color(),
                name.apply(run), points(run, 0, to))).toList();
        synchronized (HELD_PATHS) {
            HELD_PATHS.putIfAbsent(key, paths);
            return HELD_PATHS.get(key);
        }
    }

    /** The points of steps {@code from} … {@code to} (fewer if the run stopped earlier). */
    static List<double[]> points(Run run, int from, int to) {
        List<double[]> points = new ArrayList<>();
        for (int t = from; t <= Math.min(to, run.lastStep()); t++) {
            Vec2 theta = run.stepAt(t).theta();
            points.add(new double[] {theta.x(), theta.y()});
        }
        return points;
    }
}
