package com.momentumlab.chart;

import java.util.List;

/**
 * One named background series drawn as several polylines (for example all contour lines of one level).
 *
 * @param lines each polyline as a flat array x0, y0, x1, y1, ...
 */
public record PolylineSeries(String name, List<double[]> lines) {

    public PolylineSeries {
        lines = List.copyOf(lines);
    }
}
