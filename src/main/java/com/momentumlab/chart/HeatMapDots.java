package com.momentumlab.chart;

import java.util.List;

/**
 * Points a {@link HeatMap} draws as dots over its cells, all in one colour with an outline of another (so each dot
 * reads on any cell). A point outside the map's range is drawn at its edge.
 *
 * @param points each point as [x, y] in data coordinates
 */
public record HeatMapDots(String color, String outline, List<double[]> points) {

    public HeatMapDots {
        points = List.copyOf(points);
    }
}
