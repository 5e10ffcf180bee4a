package com.momentumlab.playground.ui;

import com.momentumlab.playground.OptimizerKind;
import com.momentumlab.playground.Run;
import com.momentumlab.playground.StepArrows;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;

/** Names the colours on the chart: one entry per optimizer, then the three arrows of the current step. */
class Legend extends Div {

    private final UnorderedList paths = new UnorderedList();
    private final UnorderedList arrows = new UnorderedList();
    private final List<Entry> entries = new ArrayList<>();
    private List<OptimizerKind> kinds;

    Legend() {
        addClassName("ml-legend");
        setId("legend");
        paths.addClassName("ml-legend-paths");
        arrows.addClassName("ml-legend-arrows");
        add(paths, arrows);
    }

    /** Names the optimizers of {@code runs}; nothing is sent again if they are the ones already named. */
    void show(List<Run> runs) {
        List<OptimizerKind> next = runs.stream().map(Run::kind).toList();
        if (next.equals(kinds)) {
            return;
        }
        kinds = next;
        paths.removeAll();
        arrows.removeAll();
        entries.clear();
        for (Run run : runs) {
            paths.add(entry("optimizer." + run.kind().key(), run.kind().color()));
        }
        arrows.add(entry("arrow.carry", StepArrows.CARRY_COLOR), entry("arrow.gradient", StepArrows.GRADIENT_COLOR),
                entry("arrow.velocity", null));
        retranslate();
    }

    void retranslate() {
        entries.forEach(entry -> entry.text.setText(getTranslation(entry.key)));
    }

    private ListItem entry(String key, String color) {
        Span swatch = new Span();
        swatch.addClassName("ml-swatch");
        if (color != null) {
            swatch.getStyle().set("background", color);
        } else {
            swatch.addClassName("ml-swatch-path-colour");
        }
        Span text = new Span();
        entries.add(new Entry(key, text));
        return new ListItem(swatch, text);
    }

    private record Entry(String key, Span text) {}
}
