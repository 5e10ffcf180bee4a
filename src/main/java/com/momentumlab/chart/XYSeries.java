package com.momentumlab.chart;

import java.util.List;

/** A named line series of [x, y] points. */
public record XYSeries(String name, List<double[]> data) {

    public XYSeries {
        data = List.copyOf(data);
    }
}
