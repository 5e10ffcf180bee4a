package com.momentumlab.lesson.ui;

import com.momentumlab.base.i18n.Message;
import com.momentumlab.lesson.ComparisonRuns;
import com.momentumlab.lesson.LessonLibrary;
import com.momentumlab.lesson.LessonWidgets;
import com.momentumlab.lesson.drill.HandNumberFormat;
import com.momentumlab.playground.PlaygroundService;
import com.vaadin.flow.component.Component;
import java.util.List;

/** Makes the live component for each widget marker of the lesson ({@link LessonWidgets}). */
final class LessonWidgetFactory {

    /** Okabe–Ito colours: distinguishable with every common colour-vision deficiency, and on the viridis contours. */
    static final String BLUE = "#0072B2";
    static final String VERMILLION = "#D55E00";
    static final String BLUISH_GREEN = "#009E73";
    static final String REDDISH_PURPLE = "#CC79A7";

    private final LessonLibrary library;
    private final PlaygroundService service;
    private final LabHooks lab;

    LessonWidgetFactory(LessonLibrary library, PlaygroundService service, LabHooks lab) {
        this.library = library;
        this.service = service;
        this.lab = lab;
    }

    Component create(String name) {
        return switch (name) {
            case LessonWidgets.COMPARE_SGD_MOMENTUM -> sgdVersusMomentum();
            case LessonWidgets.NOTATION_COMPARE -> notations();
            case LessonWidgets.CLASSIC_PRESET -> new ClassicPreset(lab);
            case LessonWidgets.NOISE_PRESET -> new NoisePreset(lab);
            case LessonWidgets.CODE_JAVA -> new CodeListing(name, "widget.code.java.caption", "java",
                    library.javaMomentumSource());
            case LessonWidgets.CODE_NUMPY -> new CodeListing(name, "widget.code.numpy.caption", "python",
                    library.numpySource());
            case LessonWidgets.CODE_BOOK -> new CodeListing(name, "widget.code.book.caption", "python",
                    library.bookSource());
            default -> throw new IllegalArgumentException("no component for widget " + name);
        };
    }

    private Component sgdVersusMomentum() {
        String alpha = number(ComparisonRuns.ALPHA);
        String beta = number(ComparisonRuns.BETA);
        return new PathComparisonChart(LessonWidgets.COMPARE_SGD_MOMENTUM, service, "widget.compare.label", List.of(
                new PathComparisonChart.Line("sgd", BLUE, ComparisonRuns.SGD,
                        new Message("widget.compare.sgd", alpha), null),
                new PathComparisonChart.Line("momentum", VERMILLION, ComparisonRuns.MOMENTUM,
                        new Message("widget.compare.momentum", alpha, beta), null)));
    }

    /** Our form is drawn last, on top: the paths that coincide with it lie underneath. */
    private Component notations() {
        String alpha = number(ComparisonRuns.ALPHA);
        String beta = number(ComparisonRuns.BETA);
        return new PathComparisonChart(LessonWidgets.NOTATION_COMPARE, service, "widget.notation.label", List.of(
                new PathComparisonChart.Line("ours", VERMILLION, ComparisonRuns.MOMENTUM,
                        new Message("widget.notation.ours", alpha, beta), null),
                new PathComparisonChart.Line("pytorch", BLUE, ComparisonRuns.PYTORCH,
                        new Message("widget.notation.pytorch", alpha, beta), ComparisonRuns.MOMENTUM),
                new PathComparisonChart.Line("damped", BLUISH_GREEN, ComparisonRuns.DAMPED,
                        new Message("widget.notation.damped", alpha, beta), ComparisonRuns.MOMENTUM),
                new PathComparisonChart.Line("damped-compensated", REDDISH_PURPLE, ComparisonRuns.DAMPED_COMPENSATED,
                        new Message("widget.notation.dampedCompensated", number(ComparisonRuns.DAMPED_COMPENSATED_ALPHA), beta),
                        ComparisonRuns.MOMENTUM)));
    }

    /** Up to 6 significant digits: α/(1 − β) = 1.0000000000000002 in doubles is shown as 1. */
    private static String number(double value) {
        return HandNumberFormat.format(value, 6);
    }
}
