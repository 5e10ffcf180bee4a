package com.momentumlab.playground.ui;

import com.momentumlab.base.input.Numbers;
import com.momentumlab.chart.ChartFrame;
import com.momentumlab.chart.ChartOptions;
import com.momentumlab.chart.ChartOptions.Axis;
import com.momentumlab.chart.ChartOptions.Chart;
import com.momentumlab.chart.ChartOptions.Legend;
import com.momentumlab.chart.ChartOptions.States;
import com.momentumlab.chart.ChartOptions.Stroke;
import com.momentumlab.chart.ChartOptions.Toggle;
import com.momentumlab.chart.ChartOptions.Tooltip;
import com.momentumlab.numerics.NiceScale;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.function.Window;
import java.util.List;
import java.util.function.UnaryOperator;

/** ApexCharts options for the lab's two charts and the lesson's contour charts. */
public final class ChartSetup {

    /** At most this many ticks on an axis: about one per 60 px on a laptop; the chart thins the labels on a phone. */
    private static final int MAX_X_TICKS = 11;
    private static final int MAX_Y_TICKS = 8;

    private ChartSetup() {}

    /**
     * A quiet contour chart: fixed axes on the function's window with equal scales, thin contour lines in the
     * given colours, a cross at each minimum, no animations (points arrive by streaming), no legend, tooltip,
     * zoom or toolbar. {@code translate} gives the axis titles and notes in the page's language.
     */
    public static ChartOptions contourChart(Objective function, List<String> levelColors, UnaryOperator<String> translate) {
        Window window = function.window();
        ChartFrame frame = new ChartFrame(
                axis(translate.apply("chart.axis.x"), window.xMin(), window.xMax(), MAX_X_TICKS, 0),
                axis(translate.apply("chart.axis.y"), window.yMin(), window.yMax(), MAX_Y_TICKS, 0),
                function.minima().stream().map(m -> new double[] {m.x(), m.y()}).toList(),
                translate.apply("chart.minimum"), true, translate.apply("chart.unequalScales"), false);
        return quietLineChart(Axis.numeric(window.xMin(), window.xMax(), 1, 1, null),
                Axis.numeric(window.yMin(), window.yMax(), 1, 1, null), levelColors, 1, frame);
    }

    /** log₁₀ of the loss against the step, axes fixed for the whole run. */
    static ChartOptions lossChart(int lastStep, double[] logRange, List<String> colors, String xTitle, String yTitle) {
        int steps = Math.max(1, lastStep);
        ChartFrame frame = new ChartFrame(axis(xTitle, 0, steps, MAX_X_TICKS, 1),
                axis(yTitle, logRange[0], logRange[1], MAX_Y_TICKS, 1), List.of(), null, false, null, true);
        return quietLineChart(Axis.numeric(0, steps, 1, 0, null),
                Axis.numeric(logRange[0], logRange[1], 1, 0, null), colors, 2, frame);
    }

    /** Round ticks inside [min, max], labelled with the step's decimals and a real minus sign. */
    static ChartFrame.Axis axis(String title, double min, double max, int maxTicks, double minStep) {
        NiceScale.Ticks ticks = NiceScale.ticks(min, max, maxTicks, minStep);
        return new ChartFrame.Axis(title, ticks.values().stream()
                .map(v -> new ChartFrame.Tick(v.doubleValue(), Numbers.tick(v, ticks.decimals())))
                .toList());
    }

    private static ChartOptions quietLineChart(Axis x, Axis y, List<String> colors, double strokeWidth, ChartFrame frame) {
        Chart chart = new Chart("line", "100%", Toggle.off(), Toggle.off(), Toggle.off(), Toggle.off(), "inherit");
        return new ChartOptions(chart, x, y, new Stroke(strokeWidth, "straight"), colors, new Legend(false),
                new Tooltip(false), Toggle.off(), States.none(), frame);
    }
}
