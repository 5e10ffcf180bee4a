package com.momentumlab.playground;

/**
 * How fast a run is drawn: one point every {@code periodMillis} for short runs; longer runs send several
 * points per push instead of pushing more often, so any run is drawn in about {@link #TARGET_BATCHES} pushes.
 */
public record StreamPacing(int batchSize, long periodMillis) {

    static final int TARGET_BATCHES = 40;

    public static StreamPacing forPoints(int points, long periodMillis) {
        int batch = Math.max(1, (points + TARGET_BATCHES - 1) / TARGET_BATCHES);
        return new StreamPacing(batch, periodMillis);
    }
}
