package com.momentumlab.playground.ui;

import com.momentumlab.chart.Ink;
import com.momentumlab.playground.Form;
import com.momentumlab.playground.Hyper;
import com.momentumlab.playground.Hyperparameters;
import com.momentumlab.playground.LabLink;
import com.momentumlab.playground.LabModel;
import com.momentumlab.playground.LabState;
import com.momentumlab.playground.OptimizerKind;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.EnumMap;
import java.util.Map;

/**
 * The hyperparameter fields of one compared optimizer, under its name in its colour, and the choice of its form
 * when it has two (the usual one or the book's code).
 */
class HyperInputs extends Div implements LocaleChangeObserver {

    private final OptimizerKind kind;
    private final Span name = new Span();
    private final Map<Hyper, NumberInput> inputs = new EnumMap<>(Hyper.class);
    /** Null for an optimizer with one form. */
    private final Select<Form> form;

    /** Shows the optimizer's values in {@code model} and sends it what the learner sets. */
    HyperInputs(OptimizerKind kind, LabModel model) {
        this.kind = kind;
        addClassName("ml-hyper-row");
        name.addClassName("ml-swatch-label");
        name.getStyle().set("--ml-swatch", kind.color()).set("--ml-swatch-dark", Ink.onDarkPage(kind.color()));
        add(name);
        for (Hyper hyper : kind.hypers()) {
            NumberInput input = new NumberInput(hyper.labelKey(), () -> getTranslation(hyper.helperKey()), hyper::read);
            input.setId("field-" + LabLink.name(kind, hyper).replace('.', '-'));
            inputs.put(hyper, input);
            add(input);
            input.sendTo(model, value -> model.setHypers(kind, model.state().hypers().get(kind).with(hyper, value)));
        }
        this.form = kind.forms().isEmpty() ? null : new Select<>();
        if (this.form != null) {
            this.form.setId("field-" + LabLink.formName(kind).replace('.', '-'));
            this.form.setItemLabelGenerator(f -> getTranslation(kind.formLabelKey(f)));
            this.form.setItems(kind.forms());
            add(this.form);
            this.form.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    model.setForm(kind, e.getValue());
                }
            });
        }
        show(model.state());
    }

    OptimizerKind kind() {
        return kind;
    }

    void show(LabState state) {
        Hyperparameters values = state.hypers().get(kind);
        inputs.forEach((hyper, input) -> input.show(values.get(hyper)));
        if (form != null) {
            form.setValue(state.form(kind));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        name.setText(getTranslation("optimizer." + kind.key()));
        if (form != null) {
            form.setLabel(getTranslation("form.label"));
            form.setHelperText(getTranslation("form.helper"));
            form.setItemLabelGenerator(f -> getTranslation(kind.formLabelKey(f)));
        }
    }
}
