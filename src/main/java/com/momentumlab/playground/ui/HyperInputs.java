package com.momentumlab.playground.ui;

import com.vaadin.flow.component.select.Select;
import com.momentumlab.playground.Form;
import com.momentumlab.playground.Hyper;
import com.momentumlab.playground.LabLink;
import com.momentumlab.playground.OptimizerKind;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The hyperparameter fields of one compared optimizer, under its name in its colour, and the choice of its form
 * when it has two (the usual one or the book's code).
 */
class HyperInputs extends Div implements LocaleChangeObserver {

    private final OptimizerKind kind;
    private final Span name = new Span();
    private final List<NumberInput> inputs = new ArrayList<>();
    /** Null for an optimizer with one form. */
    private final Select<Form> form;

    /** The fields show {@code values} and {@code form} from the start; {@code onChange} hears only what changes after. */
    HyperInputs(OptimizerKind kind, List<Double> values, Form form, Runnable onChange) {
        this.kind = kind;
        addClassName("ml-hyper-row");
        name.addClassName("ml-swatch-label");
        name.getStyle().set("--ml-swatch", kind.color());
        add(name);
        for (Hyper hyper : kind.hypers()) {
            NumberInput input = new NumberInput(hyper.labelKey(), () -> getTranslation(hyper.helperKey()), hyper::read);
            input.setId("field-" + LabLink.name(kind, hyper).replace('.', '-'));
            inputs.add(input);
            add(input);
        }
        this.form = kind.forms().isEmpty() ? null : new Select<>();
        if (this.form != null) {
            this.form.setId("field-" + LabLink.formName(kind).replace('.', '-'));
            this.form.setItemLabelGenerator(f -> getTranslation(kind.formLabelKey(f)));
            this.form.setItems(kind.forms());
            add(this.form);
        }
        show(values, form);
        inputs.forEach(input -> input.addValueChangeListener(e -> onChange.run()));
        if (this.form != null) {
            this.form.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onChange.run();
                }
            });
        }
    }

    OptimizerKind kind() {
        return kind;
    }

    void show(List<Double> values, Form shownForm) {
        for (int i = 0; i < inputs.size(); i++) {
            inputs.get(i).show(values.get(i));
        }
        if (form != null) {
            form.setValue(shownForm);
        }
    }

    /** The form chosen: the standard one for an optimizer with one form. */
    Form form() {
        return form == null || form.getValue() == null ? Form.STANDARD : form.getValue();
    }

    /** The values in the fields, if all are valid (each invalid field shows why). */
    Optional<List<Double>> read() {
        List<Double> values = new ArrayList<>();
        boolean valid = true;
        for (NumberInput input : inputs) {
            OptionalDouble value = input.read();
            valid &= value.isPresent();
            values.add(value.orElse(Double.NaN));
        }
        return valid ? Optional.of(values) : Optional.empty();
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
