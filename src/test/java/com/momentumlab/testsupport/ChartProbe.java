package com.momentumlab.testsupport;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;

/**
 * What a browser test reads off an {@code apex-chart}, from the outside: the SVG it drew, as a person reads the
 * figure. The element offers tests nothing of its own.
 */
public final class ChartProbe {

    /**
     * The pixel position, relative to the chart element, of the data point {@code [x, y]}: read off the tick labels
     * of the axes, as a person reads a figure (at least two numeric labels per axis, which every framed chart has).
     */
    private static final String PIXEL_OF = """
            (chart, [x, y]) => {
              const frame = chart.querySelector('.frame-layer rect.chart-frame');
              const labels = (anchor, at) => [...chart.querySelectorAll(
                      `.frame-layer text.chart-tick-label[text-anchor='${anchor}']`)]
                  .map((t) => ({ value: Number(t.textContent.replace(/\\u2212/g, '-')), pixel: Number(t.getAttribute(at)) }))
                  .filter((t) => Number.isFinite(t.value));
              const along = (ticks, value) => {
                const [first, last] = [ticks[0], ticks[ticks.length - 1]];
                return first.pixel + (value - first.value) * (last.pixel - first.pixel) / (last.value - first.value);
              };
              const xs = labels('middle', 'x');
              const ys = labels('end', 'y');
              if (!frame || xs.length < 2 || ys.length < 2) {
                return null;
              }
              const plot = frame.getBoundingClientRect();
              const box = chart.getBoundingClientRect();
              // a y label's baseline sits 4 px below its tick
              return [plot.left - box.left + along(xs, x), plot.top - box.top + along(ys, y) - 4];
            }
            """;

    private ChartProbe() {
    }

    /** JavaScript: true once the chart matched by {@code selector} has drawn its background series (contours). */
    public static String seriesDrawn(String selector) {
        return "() => document.querySelectorAll(\"" + selector + " .apexcharts-series path.apexcharts-line\").length > 0";
    }

    /** The number of background series (contour levels, loss lines) the chart drew. */
    public static int seriesCount(Page page, String selector) {
        return page.locator(selector + " .apexcharts-line-series > .apexcharts-series").count();
    }

    /** CSS selector of the markers of an overlay path, one per point drawn. */
    public static String markers(String selector, String pathId) {
        return selector + " g.overlay-path[data-id='" + pathId + "'] circle";
    }

    /** JavaScript: the number of points drawn of one overlay path. */
    public static String pointCount(String selector, String pathId) {
        return "document.querySelectorAll(\"" + markers(selector, pathId) + "\").length";
    }

    /** Where the data point (x, y) is, in pixels from the chart element's top-left corner. */
    public static double[] pixelOf(Locator chart, double x, double y) {
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) chart.evaluate(PIXEL_OF, List.of(x, y));
        if (pixel == null) {
            throw new IllegalStateException("the chart shows no axis with two numeric tick labels yet");
        }
        return new double[] {pixel.get(0).doubleValue(), pixel.get(1).doubleValue()};
    }
}
