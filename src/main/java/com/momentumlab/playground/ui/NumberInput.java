package com.momentumlab.playground.ui;

import com.momentumlab.base.input.InputProblem;
import com.momentumlab.base.input.NumberParser;
import com.momentumlab.base.input.ParsedNumber;
import com.momentumlab.base.input.Numbers;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.momentumlab.playground.LabModel;
import java.util.OptionalDouble;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A text field for one number, read and checked on the server so every kind of bad input gets the same
 * clear, translated message. Keeps its text and its problem across a language switch.
 */
class NumberInput extends TextField implements LocaleChangeObserver {

    private final String labelKey;
    private final Supplier<String> helperText;
    private final Function<String, ParsedNumber> rule;
    private InputProblem problem;

    NumberInput(String labelKey, Supplier<String> helperText, Function<String, ParsedNumber> rule) {
        this.labelKey = labelKey;
        this.helperText = helperText;
        this.rule = rule;
        addThemeVariants(TextFieldVariant.LUMO_SMALL);
        setValueChangeMode(ValueChangeMode.ON_CHANGE); // checked by the listener of sendTo
        // Our own check decides validity; the web component must not override it.
        setManualValidation(true);
        setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
    }

    /**
     * Checks the current text; shows what is wrong next to the field, or clears the message. A valid number
     * typed with full-width characters is shown in ASCII from then on ("０．５" reads "0.5").
     */
    OptionalDouble read() {
        ParsedNumber parsed = rule.apply(getValue());
        if (parsed instanceof ParsedNumber.Valid valid) {
            problem = null;
            showProblem();
            String shown = NumberParser.ascii(getValue()).replace('-', '\u2212');
            if (!shown.equals(getValue())) {
                setValue(shown);
            }
            return OptionalDouble.of(valid.value());
        }
        problem = ((ParsedNumber.Invalid) parsed).problem();
        showProblem();
        return OptionalDouble.empty();
    }

    /**
     * Shows {@code value}, the lab's own. A field that already holds it as typed ("0.10") keeps its text; one
     * holding a bad value shows the value used instead, and its message goes.
     */
    void show(double value) {
        if (!(rule.apply(getValue()) instanceof ParsedNumber.Valid valid && valid.value() == value)) {
            setValue(Numbers.exact(value));
        }
    }

    /**
     * Checks every value the field takes and sends a usable one to {@code model} through {@code use}; a bad one
     * marks the field invalid in the model (by its id), which then runs nothing until it is fixed. One listener
     * does both: each costs every open tab memory.
     */
    void sendTo(LabModel model, DoubleConsumer use) {
        String name = getId().orElseThrow(() -> new IllegalStateException("a lab input needs an id"));
        addValueChangeListener(e -> {
            OptionalDouble value = read();
            if (value.isPresent()) {
                model.markValid(name);
                use.accept(value.getAsDouble());
            } else {
                model.markInvalid(name);
            }
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        refreshTexts();
    }

    /** Re-reads label, helper and message (after a language switch, or when the allowed range changed). */
    void refreshTexts() {
        setLabel(getTranslation(labelKey));
        setHelperText(helperText.get());
        showProblem();
    }

    private void showProblem() {
        // Each call of setInvalid runs a script in the browser, even for the same value: once per field and change.
        if (isInvalid() != (problem != null)) {
            setInvalid(problem != null);
        }
        setErrorMessage(problem == null ? null : getTranslation(problem.messageKey(), problem.args().toArray()));
    }
}
