package com.momentumlab.chart;

/**
 * Colours for sequential data: viridis (perceptually uniform, readable with colour-vision deficiencies and
 * in greyscale). Anchors are matplotlib's viridis at t = 0, 1/8, …, 1; linear interpolation in between.
 */
public final class Palette {

    private static final int[][] VIRIDIS = {
            {0x44, 0x01, 0x54}, {0x46, 0x32, 0x7e}, {0x36, 0x5c, 0x8d}, {0x27, 0x7f, 0x8e}, {0x1f, 0xa1, 0x87},
            {0x4a, 0xc1, 0x6d}, {0x9f, 0xda, 0x3a}, {0xd8, 0xe2, 0x19}, {0xfd, 0xe7, 0x25}};

    private Palette() {}

    /** The viridis colour at {@code t} in [0, 1] (clamped), as "#rrggbb". */
    public static String viridis(double t) {
        double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double position = clamped * (VIRIDIS.length - 1);
        int i = Math.min((int) position, VIRIDIS.length - 2);
        double f = position - i;
        StringBuilder hex = new StringBuilder("#");
        for (int c = 0; c < 3; c++) {
            long channel = Math.round(VIRIDIS[i][c] + f * (VIRIDIS[i + 1][c] - VIRIDIS[i][c]));
            hex.append(String.format("%02x", channel));
        }
        return hex.toString();
    }
}
