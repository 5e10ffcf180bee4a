package com.momentumlab.playground;

import com.momentumlab.base.input.ParsedNumber;
import java.util.function.Function;

/**
 * One kind of hyperparameter, with the name it has in a URL parameter ({@code <optimizer>.<name>}, or just
 * {@code <name>} for Momentum), its translation key and its allowed range. Declared in the order a link lists an
 * optimizer's hyperparameters.
 */
public enum Hyper {

    /** α: (0, 10]. */
    LEARNING_RATE("lr", LabRules::learningRate),
    /** β of Momentum and Nesterov: [0, 1). */
    MOMENTUM("beta", LabRules::beta),
    /** ρ of RMSProp: [0, 1). */
    DECAY("rho", LabRules::decay),
    /** β₁ of Adam: [0, 1). */
    FIRST_MOMENT("b1", LabRules::decay),
    /** β₂ of Adam: [0, 1). */
    SECOND_MOMENT("b2", LabRules::decay);

    private final String urlName;
    private final Function<String, ParsedNumber> rule;

    Hyper(String urlName, Function<String, ParsedNumber> rule) {
        this.urlName = urlName;
        this.rule = rule;
    }

    public String urlName() {
        return urlName;
    }

    /** Reads and checks a value typed in a field or found in a URL. */
    public ParsedNumber read(String text) {
        return rule.apply(text);
    }

    /** Translation key of the field label, e.g. {@code hyper.lr.label}. */
    public String labelKey() {
        return "hyper." + urlName + ".label";
    }

    public String helperKey() {
        return "hyper." + urlName + ".helper";
    }
}
