package com.momentumlab.playground.ui;

import com.momentumlab.chart.ChartOptions;
import com.momentumlab.chart.ChartOptions.Axis;
import com.momentumlab.chart.ChartOptions.Chart;
import com.momentumlab.chart.ChartOptions.Legend;
import com.momentumlab.chart.ChartOptions.States;
import com.momentumlab.chart.ChartOptions.Stroke;
import com.momentumlab.chart.ChartOptions.Toggle;
import com.momentumlab.chart.ChartOptions.Tooltip;
import com.momentumlab.numerics.function.Window;
import java.util.List;

/** ApexCharts options for the lab's two charts. */
public final class ChartSetup {

    private static final int TICKS = 10;

    private ChartSetup() {}

    /**
     * A quiet line chart: fixed axes on the function's window, thin contour lines in the given colours,
     * no animations (points arrive by streaming), no legend, tooltip, zoom or toolbar.
     */
    public static ChartOptions contourChart(Window window, List<String> levelColors) {
        return quietLineChart(Axis.numeric(window.xMin(), window.xMax(), TICKS, 1, null),
                Axis.numeric(window.yMin(), window.yMax(), TICKS, 1, null), levelColors, 1);
    }

    /** log₁₀ of the loss against the step, axes fixed for the whole run. */
    static ChartOptions lossChart(int lastStep, double[] logRange, List<String> colors, String xTitle, String yTitle) {
        int yTicks = (int) Math.max(1, Math.min(8, logRange[1] - logRange[0]));
        return quietLineChart(Axis.numeric(0, Math.max(1, lastStep), Math.min(10, Math.max(1, lastStep)), 0, xTitle),
                Axis.numeric(logRange[0], logRange[1], yTicks, 0, yTitle), colors, 2);
    }

    private static ChartOptions quietLineChart(Axis x, Axis y, List<String> colors, double strokeWidth) {
        Chart chart = new Chart("line", "100%", Toggle.off(), Toggle.off(), Toggle.off(), Toggle.off(), "inherit");
        return new ChartOptions(chart, x, y, new Stroke(strokeWidth, "straight"), colors, new Legend(false),
                new Tooltip(false), Toggle.off(), States.none());
    }
}
