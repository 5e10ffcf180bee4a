package com.momentumlab.chart;

import java.util.List;

/**
 * How a {@link HeatMap} colours values: {@code colors} split [min, max] into equal bins, the first colour
 * for the lowest bin; values outside the range take the nearest end colour. The legend bar shows the
 * colours from min (bottom) to max (top) with the given ticks.
 *
 * @param colors at most {@value #MAX_COLORS} CSS colours "#rrggbb"
 * @param ticks  legend ticks at values in [min, max], each with its label (for example a value of a
 *               transformed scale labelled in the original unit)
 */
public record ColorScale(double min, double max, List<String> colors, List<Tick> ticks) {

    /** One byte per cell is sent, and 255 means "no value". */
    public static final int MAX_COLORS = 255;

    public record Tick(double value, String label) {}

    public ColorScale {
        if (!(max > min) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("need finite min < max: " + min + ", " + max);
        }
        if (colors.isEmpty() || colors.size() > MAX_COLORS) {
            throw new IllegalArgumentException("need 1 to " + MAX_COLORS + " colours, got " + colors.size());
        }
        colors = List.copyOf(colors);
        ticks = List.copyOf(ticks);
    }

    /**
     * The colour index of a value: ⌊(v − min)/(max − min) · n⌋ for n colours, clamped to 0 … n − 1; −1 for NaN.
     */
    public int indexOf(double value) {
        if (Double.isNaN(value)) {
            return -1;
        }
        double bin = Math.floor((value - min) / (max - min) * colors.size());
        return (int) Math.max(0, Math.min(colors.size() - 1, bin));
    }

    /** Where a value sits along the legend bar: 0 at min, 1 at max. */
    double position(double value) {
        return (value - min) / (max - min);
    }
}
