package com.momentumlab.lesson.ui;

import com.momentumlab.base.i18n.Message;
import com.momentumlab.base.i18n.SharedTexts;
import com.momentumlab.base.ui.MathHtml;
import com.momentumlab.chart.ApexChart;
import com.momentumlab.chart.Ink;
import com.momentumlab.chart.OverlayPath;
import com.momentumlab.lesson.ComparisonRuns;
import com.momentumlab.lesson.drill.HandNumberFormat;
import com.momentumlab.numerics.optim.Trajectory;
import com.momentumlab.playground.ContourPicture;
import com.momentumlab.playground.PlaygroundService;
import com.momentumlab.playground.ui.ChartSetup;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Several fixed runs on the classic valley, drawn at once on a small contour chart, with a legend that gives
 * each run's loss after the last step and, for runs compared with a reference, the largest distance between
 * the two paths. The numbers come from {@link ComparisonRuns}; this class only shows them.
 */
class PathComparisonChart extends Div implements LocaleChangeObserver {

    /** Digits shown for the final loss and for distances. */
    private static final int VALUE_DIGITS = 3;
    private static final int DISTANCE_DIGITS = 2;

    /**
     * One run on the chart.
     *
     * @param reference the run it is compared with, or {@code null}
     */
    record Line(String id, String color, Trajectory run, Message label, Trajectory reference) {}

    private static final Map<Trajectory, List<double[]>> POINTS = new IdentityHashMap<>();

    private final PlaygroundService service;
    private final String widgetName;
    private final List<Line> lines;
    private final String labelKey;
    private final ApexChart chart = new ApexChart();
    /** The legend is text only, so it is one element: its HTML is built here, every text escaped by jsoup. */
    private final MathHtml legend = new MathHtml();

    PathComparisonChart(String widgetName, PlaygroundService service, String labelKey, List<Line> lines) {
        this.service = service;
        this.widgetName = widgetName;
        this.lines = List.copyOf(lines);
        this.labelKey = labelKey;
        setId(widgetName);
        addClassName("ml-widget");
        addClassName("ml-path-comparison");
        chart.setId(widgetName + "-chart");
        chart.addClassName("ml-lesson-chart");

        legend.setId(widgetName + "-legend");
        legend.addClassName("ml-comparison-legend");
        add(chart, legend);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (attachEvent.isInitialAttach()) {
            chart.loadPolylineSeries(service.contours(ComparisonRuns.VALLEY).url());
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        ContourPicture contours = service.contours(ComparisonRuns.VALLEY);
        chart.configure(ChartSetup.contourChart(ComparisonRuns.VALLEY, contours.colors(), this::getTranslation));
        chart.setAccessibleLabel(getTranslation(labelKey));
        List<OverlayPath> overlays = new ArrayList<>();
        for (Line line : lines) {
            String name = line.label().translate(this);
            overlays.add(0, new OverlayPath(overlayId(widgetName, line.id()), line.color(), name, points(line.run())));
        }
        // The first line is drawn last, on top of the others.
        chart.setOverlays(overlays);
        legend.setSanitizedHtml(SharedTexts.get(widgetName + "-legend", event.getLocale(), this::legendHtml));
    }

    /** The legend: each line's colour, name, loss after the last step and distance from its reference. */
    private String legendHtml() {
        Element list = new Element("ul").addClass("ml-legend");
        for (Line line : lines) {
            Element item = list.appendElement("li").attr("data-path", line.id());
            item.appendElement("span").addClass("ml-swatch").attr("aria-hidden", "true")
                    .attr("style", Ink.swatchStyle(line.color()));
            item.appendElement("span").addClass("ml-legend-name").text(line.label().translate(this));
            item.appendElement("span").addClass("ml-legend-result").id(partId(line, "result")).text(finalValue(line));
            item.appendElement("span").addClass("ml-legend-distance").id(partId(line, "distance")).text(distance(line));
        }
        return list.outerHtml();
    }

    private String partId(Line line, String part) {
        return widgetName + "-" + line.id() + "-" + part;
    }

    /** Overlay ids are unique on the page: the lab's own path is called "momentum". */
    static String overlayId(String widgetName, String lineId) {
        return widgetName + "/" + lineId;
    }

    private String finalValue(Line line) {
        String value = HandNumberFormat.format(line.run().last().value(), VALUE_DIGITS);
        return getTranslation("widget.path.final", Integer.toString(line.run().last().t()), value);
    }

    /** "" for a run compared with nothing. */
    private String distance(Line line) {
        if (line.reference() == null) {
            return "";
        }
        String distance = HandNumberFormat.format(ComparisonRuns.maxDistance(line.run(), line.reference()), DISTANCE_DIGITS);
        String key = ComparisonRuns.samePath(line.run(), line.reference()) ? "widget.path.same" : "widget.path.different";
        return getTranslation(key, distance);
    }

    /** The runs are fixed, so their points are made once and shared by every tab (by run, not by value). */
    private static List<double[]> points(Trajectory run) {
        synchronized (POINTS) {
            return POINTS.computeIfAbsent(run,
                    r -> r.steps().stream().map(s -> new double[] {s.theta().x(), s.theta().y()}).toList());
        }
    }
}
