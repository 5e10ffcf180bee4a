package com.momentumlab.chart;

import java.util.List;

/**
 * A path drawn on top of the series, with a marker at each point; {@link ApexChart} can append points one batch
 * at a time without redrawing anything else. Immutable (do not change the arrays either), so a path that is
 * the same in every tab can be made once and shared.
 */
public record OverlayPath(String id, String color, String label, Boolean dashed, List<double[]> points) {

    public OverlayPath {
        points = List.copyOf(points);
    }

    public OverlayPath(String id, String color, String label, List<double[]> points) {
        this(id, color, label, null, points);
    }

    public OverlayPath withPoints(List<double[]> newPoints) {
        return new OverlayPath(id, color, label, dashed, newPoints);
    }

    public static OverlayPath empty(String id, String color, String label) {
        return new OverlayPath(id, color, label, List.of());
    }
}
