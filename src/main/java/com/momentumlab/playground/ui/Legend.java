package com.momentumlab.playground.ui;

import com.momentumlab.base.i18n.SharedTexts;
import com.momentumlab.base.ui.MathHtml;
import com.momentumlab.chart.Ink;
import com.momentumlab.playground.OptimizerKind;
import com.momentumlab.playground.Run;
import com.momentumlab.playground.StepArrows;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * Names the colours on the chart: one entry per optimizer, then the three arrows of the current step. It is
 * text only, so it is one element whose HTML is built here (jsoup escapes the texts).
 */
class Legend extends MathHtml {

    private List<OptimizerKind> kinds = List.of();

    Legend() {
        addClassName("ml-legend");
        setId("legend");
    }

    /** Names the optimizers of {@code runs}; nothing is sent again if they are the ones already named. */
    void show(List<Run> runs) {
        List<OptimizerKind> next = runs.stream().map(Run::kind).toList();
        if (!next.equals(kinds)) {
            kinds = next;
            retranslate();
        }
    }

    void retranslate() {
        String name = "lab-legend " + kinds.stream().map(OptimizerKind::key).collect(Collectors.joining(","));
        setSanitizedHtml(SharedTexts.get(name, getLocale(), this::html));
    }

    /** The same for every tab that shows these optimizers in this language, so the tabs share it. */
    private String html() {
        Element paths = new Element("ul").addClass("ml-legend-paths");
        kinds.forEach(kind -> entry(paths, "optimizer." + kind.key(), kind.color()));
        Element arrows = new Element("ul").addClass("ml-legend-arrows");
        entry(arrows, "arrow.carry", StepArrows.CARRY_COLOR);
        entry(arrows, "arrow.gradient", StepArrows.GRADIENT_COLOR);
        entry(arrows, "arrow.velocity", null);
        return paths.outerHtml() + arrows.outerHtml();
    }

    /**
     * A swatch of the colour, as the chart draws it on a light or a dark page (null: the velocity arrow, in its
     * path's own colour, shown as the paths' colours side by side), and its name.
     */
    private void entry(Element list, String key, String color) {
        Element item = list.appendElement("li");
        Element swatch = item.appendElement("span").addClass("ml-swatch").attr("aria-hidden", "true");
        swatch.attr("style", color != null ? Ink.swatchStyle(color) : pathColours());
        item.appendElement("span").text(getTranslation(key));
    }

    private String pathColours() {
        List<String> colours = kinds.stream().map(OptimizerKind::color).toList();
        return "--ml-swatch: " + stripes(colours) + "; --ml-swatch-dark: "
                + stripes(colours.stream().map(Ink::onDarkPage).toList());
    }

    /** Equal stripes of {@code colours}, left to right. */
    private static String stripes(List<String> colours) {
        StringBuilder gradient = new StringBuilder("linear-gradient(90deg");
        for (int i = 0; i < colours.size(); i++) {
            gradient.append(", ").append(colours.get(i)).append(' ').append(100 * i / colours.size()).append("% ")
                    .append(100 * (i + 1) / colours.size()).append('%');
        }
        return gradient.append(')').toString();
    }
}
