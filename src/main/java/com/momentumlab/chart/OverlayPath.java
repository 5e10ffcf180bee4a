package com.momentumlab.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A path drawn on top of the series, with a marker at each point; points can be appended one batch at a time
 * without redrawing anything else.
 */
public record OverlayPath(String id, String color, String label, Boolean dashed, List<double[]> points) {

    public OverlayPath {
        points = new ArrayList<>(points);
    }

    public OverlayPath(String id, String color, String label, List<double[]> points) {
        this(id, color, label, null, points);
    }

    public static OverlayPath empty(String id, String color, String label) {
        return new OverlayPath(id, color, label, List.of());
    }
}
