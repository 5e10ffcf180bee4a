package com.momentumlab.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Order statistics of a sample: median, nearest-rank percentiles, min and max. */
public record Stats(List<Double> sorted) {

    public static Stats of(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new Stats(List.copyOf(sorted));
    }

    int count() {
        return sorted.size();
    }

    double min() {
        return sorted.get(0);
    }

    double max() {
        return sorted.get(sorted.size() - 1);
    }

    /** The median; the mean of the two middle values for an even count. */
    double median() {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Nearest-rank percentile: the smallest value with at least p % of the sample at or below it. */
    double percentile(double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(1, rank) - 1);
    }

    String seconds() {
        return String.format(Locale.ROOT, "median %.1f s (min %.1f, max %.1f), n = %d", median(), min(), max(), count());
    }

    public String millis() {
        return String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, max %.1f ms (min %.1f), n = %d",
                median(), percentile(95), max(), min(), count());
    }
}
