package com.momentumlab.lesson.ui;

import com.momentumlab.base.i18n.Message;
import com.momentumlab.lesson.drill.HandDrill;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.List;

/** A drill's worked solution ({@link HandDrill#solution()}), one line per value in the order they are computed. */
public class DrillSolution extends Div implements LocaleChangeObserver {

    private final Paragraph heading = new Paragraph();
    private final OrderedList lines = new OrderedList();
    private List<Message> solution = List.of();

    public DrillSolution() {
        setId("drill-solution");
        addClassName("ml-drill-solution");
        heading.addClassName("ml-quiz-number");
        lines.setId("drill-solution-lines");
        add(heading, lines);
    }

    public void show(HandDrill drill) {
        solution = drill.solution().stream().map(HandDrillPanel::message).toList();
        render();
    }

    private void render() {
        heading.setText(getTranslation("drill.solution"));
        lines.removeAll();
        solution.forEach(line -> lines.add(new ListItem(line.translate(this))));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }
}
