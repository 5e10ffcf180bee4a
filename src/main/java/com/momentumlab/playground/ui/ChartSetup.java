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

/** ApexCharts options for a contour chart of one function's window. */
public final class ChartSetup {

    private static final int TICKS = 10;

    private ChartSetup() {}

    /**
     * A quiet line chart: fixed axes on the function's window, thin contour lines in the given colours,
     * no animations (points arrive by streaming), no legend, tooltip, zoom or toolbar.
     */
    public static ChartOptions contourChart(Window window, List<String> levelColors) {
        Chart chart = new Chart("line", "100%", Toggle.off(), Toggle.off(), Toggle.off(), Toggle.off(), "inherit");
        Axis x = new Axis("numeric", window.xMin(), window.xMax(), TICKS, 1, null, Toggle.off());
        Axis y = new Axis("numeric", window.yMin(), window.yMax(), TICKS, 1, null, Toggle.off());
        return new ChartOptions(chart, x, y, new Stroke(1, "straight"), levelColors, new Legend(false),
                new Tooltip(false), Toggle.off(), States.none());
    }
}
