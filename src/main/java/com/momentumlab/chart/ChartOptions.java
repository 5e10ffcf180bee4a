package com.momentumlab.chart;

import java.util.List;

/**
 * The subset of ApexCharts options this app uses (https://apexcharts.com/docs/options/), as records so the
 * JSON is typed. {@code null} fields are left out and ApexCharts uses its defaults. {@code frame} is ours,
 * not ApexCharts': with it the component draws ticks, titles and markers itself (see {@link ChartFrame}).
 */
public record ChartOptions(
        Chart chart,
        Axis xaxis,
        Axis yaxis,
        Stroke stroke,
        List<String> colors,
        Legend legend,
        Tooltip tooltip,
        Toggle dataLabels,
        States states,
        ChartFrame frame) {

    public record Chart(String type, String height, Toggle animations, Toggle toolbar, Toggle zoom,
                        Toggle selection, String fontFamily) {}

    public record Axis(String type, Double min, Double max, Integer tickAmount, Integer decimalsInFloat,
                       Title title, Toggle tooltip) {

        /** A numeric axis over [min, max] with {@code ticks} intervals. */
        public static Axis numeric(double min, double max, int ticks, int decimals, String title) {
            return new Axis("numeric", min, max, ticks, decimals, title == null ? null : new Title(title), Toggle.off());
        }
    }

    public record Title(String text) {}

    public record Stroke(double width, String curve) {}

    public record Legend(boolean show) {}

    public record Tooltip(boolean enabled) {}

    public record Toggle(boolean enabled, Boolean show) {
        public static Toggle on() {
            return new Toggle(true, true);
        }

        public static Toggle off() {
            return new Toggle(false, false);
        }
    }

    /** Hover and active filters; "none" keeps lines from changing colour under the mouse. */
    public record States(State hover, State active) {
        public static States none() {
            return new States(new State(new Filter("none")), new State(new Filter("none")));
        }
    }

    public record State(Filter filter) {}

    public record Filter(String type) {}
}
