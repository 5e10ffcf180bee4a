package com.momentumlab.playground.ui;

import com.momentumlab.base.input.Numbers;
import com.momentumlab.base.ui.LiveText;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.optim.Step;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/** Shows the step the chart has reached: t, θₜ, vₜ and f(θₜ). */
class Readout extends Div implements LocaleChangeObserver {

    private static final int DIGITS = 6;

    private final H3 heading = new H3();
    private final Row step = new Row("readout.step", "step");
    private final Row theta = new Row("readout.theta", "theta");
    private final Row velocity = new Row("readout.velocity", "velocity");
    private final Row value = new Row("readout.value", "value");

    Readout() {
        addClassName("ml-readout");
        getElement().setAttribute("aria-live", "off");
        add(heading, step, theta, velocity, value);
        clear();
    }

    void show(Step s) {
        step.value.setText(Integer.toString(s.t()));
        theta.value.setText(pair(s.theta()));
        velocity.value.setText(pair(s.velocity()));
        value.value.setText(Numbers.rounded(s.value(), DIGITS));
    }

    void clear() {
        for (Row row : new Row[] {step, theta, velocity, value}) {
            row.value.setText("–");
        }
    }

    private static String pair(Vec2 v) {
        return "(" + Numbers.rounded(v.x(), DIGITS) + ", " + Numbers.rounded(v.y(), DIGITS) + ")";
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("readout.heading"));
        for (Row row : new Row[] {step, theta, velocity, value}) {
            row.label.setText(getTranslation(row.labelKey));
        }
    }

    private static final class Row extends Div {
        private final String labelKey;
        private final Span label = new Span();
        private final LiveText value = new LiveText();

        Row(String labelKey, String id) {
            this.labelKey = labelKey;
            addClassName("ml-readout-row");
            label.addClassName("ml-readout-label");
            value.addClassName("ml-readout-value");
            value.setId("readout-" + id);
            add(label, value);
        }
    }
}
