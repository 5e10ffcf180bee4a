package com.momentumlab.playground.ui;

import com.momentumlab.base.i18n.SharedTexts;
import com.momentumlab.base.ui.MathHtml;
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

    /** A swatch of the colour (null: the path's own colour, shown as a mix of them) and its name. */
    private void entry(Element list, String key, String color) {
        Element item = list.appendElement("li");
        Element swatch = item.appendElement("span").addClass("ml-swatch").attr("aria-hidden", "true");
        if (color != null) {
            swatch.attr("style", "background: " + color);
        } else {
            swatch.addClass("ml-swatch-path-colour");
        }
        item.appendElement("span").text(getTranslation(key));
    }
}
