package com.momentumlab.chart;

import java.util.List;

/**
 * The frame the chart component draws itself around the plot instead of ApexCharts' axes: ticks at values the
 * server chose (ApexCharts can only space them evenly from the axis' minimum), axis titles, markers at given
 * points, and the option to keep one unit as long on both axes.
 *
 * @param markers       points marked with a cross (for example the function's minima), [x, y] each
 * @param markerLabel   what the markers are, for assistive technology
 * @param equalScale    size the plot so one unit is as long on x as on y, as far as the page allows
 * @param unequalNote   shown when the page is too narrow for equal scales (only with {@code equalScale})
 * @param gridLines     light lines across the plot at the y ticks
 */
public record ChartFrame(Axis x, Axis y, List<double[]> markers, String markerLabel, boolean equalScale,
                         String unequalNote, boolean gridLines) {

    public ChartFrame {
        markers = List.copyOf(markers);
    }

    /** An axis: its title and its ticks, in data coordinates. */
    public record Axis(String title, List<Tick> ticks) {

        public Axis {
            ticks = List.copyOf(ticks);
        }
    }

    public record Tick(double at, String label) {}
}
