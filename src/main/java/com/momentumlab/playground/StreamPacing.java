package com.momentumlab.playground;

/**
 * How fast a run is drawn. Each speed is a number of points per second; above the push cap the server sends
 * several points per push instead of pushing more often, so a tab never gets more than
 * {@value #MAX_PUSHES_PER_SECOND} pushes a second.
 */
public record StreamPacing(int batchSize, long periodMillis) {

    static final int MAX_PUSHES_PER_SECOND = 25;
    /** Points per second for speeds 1 … 5; 3 draws the classic 30 steps in about 2.4 s. */
    private static final int[] POINTS_PER_SECOND = {3, 6, 12, 40, 120};

    public static StreamPacing forSpeed(int speed) {
        int pointsPerSecond = POINTS_PER_SECOND[Math.max(1, Math.min(speed, POINTS_PER_SECOND.length)) - 1];
        long period = Math.max(1000 / MAX_PUSHES_PER_SECOND, 1000 / pointsPerSecond);
        int batch = (int) Math.max(1, Math.round(pointsPerSecond * period / 1000.0));
        return new StreamPacing(batch, period);
    }
}
