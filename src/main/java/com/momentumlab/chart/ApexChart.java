package com.momentumlab.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.JsonNode;

/**
 * A thin server-side wrapper of one ApexCharts chart ({@code frontend/apex-chart.ts}). It knows nothing of
 * what it draws: options, background polyline series and overlay paths. It keeps what it has sent so a
 * re-attached chart (new browser element) is restored exactly.
 */
@Tag("apex-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./apex-chart.ts")
public class ApexChart extends Component implements HasSize {

    private String optionsJson;
    private String seriesUrl;
    private String lineSeriesJson;
    private Double visibleXMax;
    private String arrowsJson;
    private double[] handle;
    private boolean handleEnabled;
    private final Map<String, OverlayPath> overlays = new LinkedHashMap<>();

    /** The overlay paths last written, by identity, and their JSON. */
    private record WrittenOverlays(List<OverlayPath> paths, String json) {}

    private static volatile WrittenOverlays lastWritten;

    public ApexChart() {
        getElement().setAttribute("role", "img");
    }

    public void configure(ChartOptions options) {
        // Interned: charts of the same kind get the same options in every tab, so all tabs share one copy.
        optionsJson = ChartJson.write(options).intern();
        getElement().callJsFunction("configure", optionsJson);
    }

    /**
     * Draws the background series served as JSON at {@code url} (a list of {@link PolylineSeries}); the
     * browser fetches it, so shared data is cached once per browser rather than sent with every view.
     */
    public void loadPolylineSeries(String url) {
        seriesUrl = url;
        lineSeriesJson = null;
        getElement().callJsFunction("loadPolylineSeries", url);
    }

    /** The JSON text of a list of polyline series, as {@link #loadPolylineSeries} expects it. */
    public static String polylineSeriesJson(List<PolylineSeries> series) {
        return ChartJson.write(series);
    }

    /** Draws line series of xy points (for example a loss curve per optimizer), replacing any others. */
    public void setLineSeries(List<XYSeries> series) {
        seriesUrl = null;
        lineSeriesJson = ChartJson.write(series);
        getElement().callJsFunction("setLineSeries", lineSeriesJson);
    }

    /** Shows the line series only up to x = {@code max}, to reveal them as a run advances. */
    public void setVisibleXMax(double max) {
        visibleXMax = max;
        getElement().callJsFunction("setVisibleXMax", max);
    }

    public void setArrows(List<Arrow> arrows) {
        arrowsJson = ChartJson.write(arrows);
        getElement().callJsFunction("setArrows", arrowsJson);
    }

    /**
     * Shows a handle at (x, y). When enabled, the user moves it by clicking or dragging in the plot area or
     * with the arrow keys (the chart becomes focusable); see {@link #addHandleMovedListener}.
     */
    public void setHandle(double x, double y, boolean enabled) {
        handle = new double[] {x, y};
        handleEnabled = enabled;
        getElement().callJsFunction("setHandle", x, y, enabled);
    }

    /**
     * Listens to handle moves, at most one every {@code throttleMillis}. The coordinates come from the browser:
     * check them before use (they may be anything a client sends).
     */
    public Registration addHandleMovedListener(int throttleMillis, BiConsumer<Double, Double> listener) {
        return getElement().addEventListener("handle-moved", e -> {
                    JsonNode x = e.getEventData().path("event.detail.x");
                    JsonNode y = e.getEventData().path("event.detail.y");
                    if (x.isNumber() && y.isNumber()) {
                        listener.accept(x.doubleValue(), y.doubleValue());
                    }
                })
                .addEventData("event.detail.x")
                .addEventData("event.detail.y")
                .throttle(throttleMillis);
    }

    /**
     * Replaces all overlay paths (for example at the start of a new run). Tabs that show the same paths may pass
     * the same list: its JSON is then written once for all of them.
     */
    public void setOverlays(List<OverlayPath> paths) {
        overlays.clear();
        paths.forEach(p -> overlays.put(p.id(), p)); // immutable, so paths shared by every tab stay shared
        WrittenOverlays last = lastWritten;
        if (last == null || last.paths() != paths) {
            last = new WrittenOverlays(paths, ChartJson.write(paths));
            lastWritten = last;
        }
        getElement().callJsFunction("setOverlays", last.json());
    }

    /**
     * Appends points to overlay paths (by id) and replaces the arrows: one streamed step is one call to the
     * browser, whatever the number of paths. Only the new points travel.
     */
    public void appendOverlayPoints(Map<String, List<double[]>> added, List<Arrow> arrows) {
        added.forEach((id, points) -> {
            OverlayPath path = overlays.get(id);
            if (path == null) {
                throw new IllegalArgumentException("no overlay path " + id);
            }
            List<double[]> longer = new ArrayList<>(path.points());
            longer.addAll(points);
            overlays.put(id, path.withPoints(longer));
        });
        arrowsJson = ChartJson.write(arrows);
        getElement().callJsFunction("appendOverlayPoints", ChartJson.write(added), arrowsJson);
    }

    /** Points drawn so far for an overlay path. */
    public List<double[]> overlayPoints(String id) {
        OverlayPath path = overlays.get(id);
        return path == null ? List.of() : path.points();
    }

    public void setAccessibleLabel(String label) {
        getElement().setAttribute("aria-label", label);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (!attachEvent.isInitialAttach()) {
            // A new browser element: send everything again.
            if (optionsJson != null) {
                getElement().callJsFunction("configure", optionsJson);
            }
            if (seriesUrl != null) {
                getElement().callJsFunction("loadPolylineSeries", seriesUrl);
            }
            if (lineSeriesJson != null) {
                getElement().callJsFunction("setLineSeries", lineSeriesJson);
            }
            if (visibleXMax != null) {
                getElement().callJsFunction("setVisibleXMax", visibleXMax);
            }
            if (arrowsJson != null) {
                getElement().callJsFunction("setArrows", arrowsJson);
            }
            if (handle != null) {
                getElement().callJsFunction("setHandle", handle[0], handle[1], handleEnabled);
            }
            sendOverlays();
        }
    }

    private void sendOverlays() {
        getElement().callJsFunction("setOverlays", ChartJson.write(new ArrayList<>(overlays.values())));
    }
}
