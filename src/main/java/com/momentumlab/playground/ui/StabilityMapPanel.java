package com.momentumlab.playground.ui;

import com.momentumlab.base.input.Numbers;
import com.momentumlab.chart.HeatMap;
import com.momentumlab.chart.HeatMapData;
import com.momentumlab.chart.HeatMapLabels;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.playground.Explanation;
import com.momentumlab.playground.StabilityPicture;
import com.momentumlab.playground.StabilityPicture.Setting;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.List;
import java.util.Optional;

/**
 * The (α, β) stability map of a quadratic function: the convergence rate of every setting, the divergent
 * region, the divergence and oscillation boundaries, a ring on the learner's α and β, and a legend. Picking a
 * point on the map (click, or arrow keys then Enter) moves the ring and hands α and β to the listener. For a
 * function that is not quadratic it shows a line saying the map exists for quadratics only.
 *
 * <p>The data come from {@link StabilityPicture} (computed once per function); this class only wires them.
 */
class StabilityMapPanel extends Div implements LocaleChangeObserver {

    /** Receives the α and β the learner picked on the map (already rounded and within the lab's ranges). */
    @FunctionalInterface
    interface PickListener {
        void picked(double alpha, double beta);
    }

    private final PickListener listener;
    private final H3 heading = new H3();
    private final Paragraph intro = new Paragraph();
    private final HeatMap map = new HeatMap();
    private final Paragraph point = new Paragraph();
    private final Div legend = new Div();
    private final Paragraph note = new Paragraph();
    private final Div mapParts = new Div(intro, map, point, legend);

    private Objective function;
    private Optional<StabilityPicture> picture = Optional.empty();
    private double alpha;
    private double beta;

    StabilityMapPanel(Objective function, double alpha, double beta, PickListener listener) {
        this.listener = listener;
        addClassName("ml-stability");
        map.setId("stability-map");
        map.setWidthFull();
        map.setHeight("340px");
        point.setId("stability-point");
        point.getElement().setAttribute("role", "status");
        note.setId("stability-note");
        map.addPickListener(event -> picked(event.getX(), event.getY()));
        add(heading, mapParts, note);
        showFunction(function, alpha, beta);
    }

    /** Shows another function's map (or the note), with the ring on (α, β). */
    void showFunction(Objective function, double alpha, double beta) {
        this.function = function;
        picture = StabilityPicture.of(function);
        picture.ifPresent(p -> map.setData(p.data()));
        mapParts.setVisible(picture.isPresent());
        note.setVisible(picture.isEmpty());
        this.alpha = alpha;
        this.beta = beta;
        translate();
    }

    /** Moves the ring to the learner's current α and β and says what they do. */
    void show(double alpha, double beta) {
        this.alpha = alpha;
        this.beta = beta;
        if (picture.isPresent()) {
            map.setMarker(alpha, beta);
            point.setText(translate(picture.get().describe(function, alpha, beta)));
        }
    }

    private void picked(double x, double y) {
        picture.ifPresent(p -> {
            Setting setting = p.pick(x, y);
            show(setting.alpha(), setting.beta());
            listener.picked(setting.alpha(), setting.beta());
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        translate();
    }

    private void translate() {
        heading.setText(getTranslation("stability.heading"));
        note.setText(getTranslation("stability.note"));
        picture.ifPresent(p -> {
            intro.setText(getTranslation("stability.intro"));
            map.setAccessibleLabel(getTranslation("stability.map.label"));
            map.setRoleDescription(getTranslation("stability.map.roledescription"));
            map.setLabels(new HeatMapLabels(getTranslation("stability.axis.alpha"),
                    getTranslation("stability.axis.beta"), getTranslation("stability.legend.title")));
            showLegend(p);
        });
        show(alpha, beta);
    }

    private void showLegend(StabilityPicture p) {
        HeatMapData data = p.data();
        List<String> palette = data.palette();
        List<HeatMapData.Curve> curves = data.curves();
        legend.removeAll();
        legend.add(
                entry(Swatch.gradient(palette.get(0), palette.get(palette.size() / 2), palette.get(palette.size() - 1)),
                        getTranslation("stability.legend.rate")),
                entry(Swatch.hatch(data.noValue()), getTranslation("stability.legend.diverges")),
                entry(Swatch.line(curves.get(0)), getTranslation("stability.legend.divergence",
                        Numbers.exact(p.map().lambdaMax()))),
                entry(Swatch.line(curves.get(1)), getTranslation("stability.legend.oscillationX",
                        Numbers.exact(p.curvatures().lambdaX()))),
                entry(Swatch.line(curves.get(2)), getTranslation("stability.legend.oscillationY",
                        Numbers.exact(p.curvatures().lambdaY()))),
                entry(Swatch.ring(data.markerColor()), getTranslation("stability.legend.marker")));
    }

    private static Div entry(Span swatch, String text) {
        Div entry = new Div(swatch, new Span(text));
        entry.addClassName("ml-stability-legend-entry");
        entry.getStyle().set("display", "flex").set("gap", "0.5em").set("align-items", "baseline");
        return entry;
    }

    private String translate(Explanation explanation) {
        return getTranslation(explanation.key(), explanation.argsArray());
    }

    /** The small samples in front of each legend line: the same colours and strokes the map draws. */
    private static final class Swatch {

        private Swatch() {}

        private static Span base() {
            Span swatch = new Span();
            swatch.getElement().setAttribute("aria-hidden", "true");
            swatch.getStyle().set("flex", "none").set("display", "inline-block").set("width", "2.2em")
                    .set("height", "0.9em").set("box-sizing", "border-box");
            return swatch;
        }

        static Span gradient(String first, String middle, String last) {
            Span swatch = base();
            swatch.getStyle().set("background", "linear-gradient(to right, " + first + ", " + middle + ", " + last + ")");
            return swatch;
        }

        static Span hatch(HeatMapData.Hatch hatch) {
            Span swatch = base();
            swatch.getStyle().set("background", "repeating-linear-gradient(-45deg, " + hatch.color() + " 0 4px, "
                    + hatch.lines() + " 4px 5px)");
            return swatch;
        }

        static Span line(HeatMapData.Curve curve) {
            Span swatch = base();
            String style = curve.dash() == null ? "solid" : curve.dash().get(0) > 4 ? "dashed" : "dotted";
            swatch.getStyle().set("height", "0.55em").set("border-bottom", "3px " + style + " " + curve.color())
                    .set("background", curve.halo());
            return swatch;
        }

        static Span ring(String color) {
            Span swatch = base();
            swatch.getStyle().set("width", "0.9em").set("margin", "0 0.65em").set("border-radius", "50%")
                    .set("border", "3px solid " + color);
            return swatch;
        }
    }
}
