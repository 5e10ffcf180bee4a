package com.momentumlab.chart;

/** An arrow on top of the chart, from one data point to another. */
public record Arrow(double[] from, double[] to, String color) {}
