package com.momentumlab.playground.ui;

import com.vaadin.flow.component.select.Select;
import com.momentumlab.playground.Form;
import com.momentumlab.playground.Hyper;
import com.momentumlab.playground.Hyperparameters;
import com.momentumlab.playground.LabLink;
import com.momentumlab.playground.OptimizerKind;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

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

    /** The fields show {@code values} and {@code form} from the start; {@code onChange} hears only what changes after. */
    HyperInputs(OptimizerKind kind, Hyperparameters values, Form form, Runnable onChange) {
        this.kind = kind;
        addClassName("ml-hyper-row");
        name.addClassName("ml-swatch-label");
        name.getStyle().set("--ml-swatch", kind.color());
        add(name);
        for (Hyper hyper : kind.hypers()) {
            NumberInput input = new NumberInput(hyper.labelKey(), () -> getTranslation(hyper.helperKey()), hyper::read);
            input.setId("field-" + LabLink.name(kind, hyper).replace('.', '-'));
            inputs.put(hyper, input);
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
        inputs.values().forEach(input -> input.addValueChangeListener(e -> onChange.run()));
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

    void show(Hyperparameters values, Form shownForm) {
        inputs.forEach((hyper, input) -> input.show(values.get(hyper)));
        if (form != null) {
            form.setValue(shownForm);
        }
    }

    /** The form chosen: the standard one for an optimizer with one form. */
    Form form() {
        return form == null || form.getValue() == null ? Form.STANDARD : form.getValue();
    }

    /** The values in the fields, if all are valid (each invalid field shows why). */
    Optional<Hyperparameters> read() {
        Hyperparameters values = kind.usual();
        boolean valid = true;
        for (Map.Entry<Hyper, NumberInput> field : inputs.entrySet()) {
            OptionalDouble value = field.getValue().read();
            if (value.isPresent()) {
                values = values.with(field.getKey(), value.getAsDouble());
            } else {
                valid = false;
            }
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
