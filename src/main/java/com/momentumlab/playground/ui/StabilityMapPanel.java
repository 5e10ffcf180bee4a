package com.momentumlab.playground.ui;

import com.momentumlab.base.i18n.SharedTexts;
import com.momentumlab.base.input.Numbers;
import com.momentumlab.base.ui.CompactHtml;
import com.momentumlab.base.ui.MathHtml;
import com.momentumlab.base.ui.ServerHtml;
import com.momentumlab.chart.HeatMap;
import com.momentumlab.chart.HeatMapData;
import com.momentumlab.chart.HeatMapLabels;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.optim.QuadraticAnalysis.Axis;
import com.momentumlab.playground.Explanation;
import com.momentumlab.playground.StabilityPicture;
import com.momentumlab.playground.StabilityPicture.Setting;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The (α, β) stability map of a quadratic function: the convergence rate of every setting, the divergent
 * region, the divergence and oscillation boundaries, a ring on the learner's α and β, and a legend. Picking a
 * point on the map (click, or arrow keys then Enter) moves the ring and hands α and β to the listener. For a
 * function that is not quadratic it shows a line saying the map exists for quadratics only.
 *
 * <p>The data come from {@link StabilityPicture} (computed once per function); this class only wires them. The
 * heading and the text under it (the intro, or the note) are one element whose HTML is made once per language and
 * shared by every tab, and the line about the ring is one element too: each element and text costs every tab a
 * state node on the server.
 */
class StabilityMapPanel extends Div implements LocaleChangeObserver {

    /** Receives the α and β the learner picked on the map (already rounded and within the lab's ranges). */
    @FunctionalInterface
    interface PickListener {
        void picked(double alpha, double beta);
    }

    private final PickListener listener;
    /** The heading, then the intro (with the map) or the note (without). */
    private final ServerHtml texts = new ServerHtml();
    private final HeatMap map = new HeatMap();
    private final ServerHtml point = new ServerHtml("p");
    private final MathHtml legend = new MathHtml();

    private Objective function;
    private Optional<StabilityPicture> picture = Optional.empty();
    private double alpha;
    private double beta;
    /** Whether the browser's ring was last put on {@link #alpha}, {@link #beta} (by the server). */
    private boolean marked;

    StabilityMapPanel(Objective function, double alpha, double beta, PickListener listener) {
        this.listener = listener;
        addClassName("ml-stability");
        legend.setId("stability-legend");
        legend.addClassName("ml-stability-legend");
        map.setId("stability-map");
        map.setWidthFull();
        map.setHeight("340px");
        point.setId("stability-point");
        point.getElement().setAttribute("role", "status");
        map.addPickListener(event -> picked(event.getX(), event.getY()));
        add(texts, map, point, legend);
        showFunction(function, alpha, beta);
    }

    /** Shows another function's map (or the note), with the ring on (α, β). */
    void showFunction(Objective function, double alpha, double beta) {
        this.function = function;
        marked = false;
        picture = StabilityPicture.of(function);
        picture.ifPresent(p -> map.setData(p.data(), p.dataJson()));
        map.setVisible(picture.isPresent());
        point.setVisible(picture.isPresent());
        legend.setVisible(picture.isPresent());
        this.alpha = alpha;
        this.beta = beta;
        translate();
    }

    /**
     * Moves the ring to the learner's current α and β and says what they do. Nothing travels if the ring is
     * already there (a new start or step count leaves α and β alone): the map would redraw its canvas, in the
     * same browser task that shows the new run.
     */
    void show(double alpha, double beta) {
        if (marked && alpha == this.alpha && beta == this.beta) {
            return;
        }
        mark(alpha, beta);
    }

    private void mark(double alpha, double beta) {
        marked = picture.isPresent();
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
            mark(setting.alpha(), setting.beta()); // always: it also corrects the ring the learner moved in the browser
            listener.picked(setting.alpha(), setting.beta());
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        translate();
    }

    private void translate() {
        boolean quadratic = picture.isPresent();
        texts.setEscapedHtml(SharedTexts.get(quadratic ? "stability-intro" : "stability-note", getLocale(),
                () -> headingAndText(quadratic)));
        picture.ifPresent(p -> {
            map.setAccessibleLabel(getTranslation("stability.map.label"));
            map.setRoleDescription(getTranslation("stability.map.roledescription"));
            map.setLabels(new HeatMapLabels(getTranslation("stability.axis.alpha"),
                    getTranslation("stability.axis.beta"), getTranslation("stability.legend.title")));
            showLegend(p);
        });
        mark(alpha, beta); // the line below the map in the new language
    }

    /** The heading and the intro or, for a function that is not quadratic, the note. */
    private String headingAndText(boolean quadratic) {
        Element body = CompactHtml.body();
        body.appendElement("h3").text(getTranslation("stability.heading"));
        Element text = body.appendElement("p").text(getTranslation(quadratic ? "stability.intro" : "stability.note"));
        if (!quadratic) {
            text.id("stability-note");
        }
        return body.html();
    }

    private void showLegend(StabilityPicture p) {
        HeatMapData data = p.data();
        List<String> palette = data.palette();
        legend.setSanitizedHtml(SharedTexts.get("stability-legend " + p.curvatures(), getLocale(), () -> String.join("",
                entry(Swatch.gradient(palette), getTranslation("stability.legend.rate")),
                entry(Swatch.hatch(data.noValue()), getTranslation("stability.legend.diverges")),
                entry(Swatch.line(p.divergenceCurve()), getTranslation("stability.legend.divergence",
                        Numbers.exact(p.map().lambdaMax()))),
                entry(Swatch.line(p.oscillationCurve(Axis.X)), getTranslation("stability.legend.oscillationX",
                        Numbers.exact(p.curvatures().lambdaX()))),
                entry(Swatch.line(p.oscillationCurve(Axis.Y)), getTranslation("stability.legend.oscillationY",
                        Numbers.exact(p.curvatures().lambdaY()))),
                entry(Swatch.ring(data.markerColor()), getTranslation("stability.legend.marker")))));
    }

    /** One legend line: the sample, then the text (escaped; the sample is our own SVG). */
    private static String entry(String swatch, String text) {
        return "<div class='ml-stability-legend-entry'>" + swatch + "<span>" + Entities.escape(text) + "</span></div>";
    }

    private String translate(Explanation explanation) {
        return getTranslation(explanation.key(), explanation.argsArray());
    }

    /**
     * The small samples in front of each legend line, drawn like the map draws them (same colours, widths,
     * dashes and halos). Only our own colours and numbers go into the SVG text.
     */
    private static final class Swatch {

        private static final String OPEN = "<svg xmlns='http://www.w3.org/2000/svg' width='36' height='12' viewBox='0 0 36 12'"
                + " aria-hidden='true'>";

        private Swatch() {}

        private static String of(String body) {
            return OPEN + body + "</svg>";
        }

        static String gradient(List<String> palette) {
            StringBuilder stops = new StringBuilder();
            for (int i = 0; i < palette.size(); i += Math.max(1, palette.size() / 8)) {
                stops.append("<stop offset='").append((double) i / (palette.size() - 1)).append("' stop-color='")
                        .append(palette.get(i)).append("'/>");
            }
            stops.append("<stop offset='1' stop-color='").append(palette.get(palette.size() - 1)).append("'/>");
            return of("<defs><linearGradient id='ml-stability-gradient'>" + stops + "</linearGradient></defs>"
                    + "<rect x='1' y='1' width='34' height='10' fill='url(#ml-stability-gradient)'/>");
        }

        static String hatch(HeatMapData.Hatch hatch) {
            StringBuilder lines = new StringBuilder();
            for (int x = -10; x < 36; x += 7) {
                lines.append("<line x1='").append(x).append("' y1='11' x2='").append(x + 10)
                        .append("' y2='1' stroke='").append(hatch.lines()).append("'/>");
            }
            return of("<clipPath id='ml-stability-hatch'><rect x='1' y='1' width='34' height='10'/></clipPath>"
                    + "<g clip-path='url(#ml-stability-hatch)'><rect x='1' y='1' width='34' height='10' fill='" + hatch.color() + "'/>"
                    + lines + "</g>");
        }

        static String line(HeatMapData.Curve curve) {
            String dash = curve.dash() == null ? "" : " stroke-dasharray='" + String.join(",",
                    curve.dash().stream().map(String::valueOf).toList()) + "'";
            return of(stroke(curve.halo(), curve.width() + 2.5, dash) + stroke(curve.color(), curve.width(), dash));
        }

        private static String stroke(String color, double width, String dash) {
            return color == null ? "" : "<line x1='1' y1='6' x2='35' y2='6' stroke='" + color + "' stroke-width='"
                    + width + "'" + dash + "/>";
        }

        static String ring(String color) {
            return of("<circle cx='18' cy='6' r='4' fill='none' stroke='#fff' stroke-width='5'/>"
                    + "<circle cx='18' cy='6' r='4' fill='none' stroke='" + color + "' stroke-width='2.5'/>");
        }
    }
}
