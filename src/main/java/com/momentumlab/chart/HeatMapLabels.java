package com.momentumlab.chart;

/** The words a {@link HeatMap} draws: the axis titles and the title of its colour legend. */
public record HeatMapLabels(String xTitle, String yTitle, String legendTitle) {}
