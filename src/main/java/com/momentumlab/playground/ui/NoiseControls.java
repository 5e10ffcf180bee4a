package com.momentumlab.playground.ui;

import com.momentumlab.base.input.Numbers;
import com.momentumlab.numerics.optim.GradientNoise;
import com.momentumlab.playground.LabModel;
import com.momentumlab.playground.LabRules;
import com.momentumlab.playground.LabState;
import com.vaadin.flow.component.html.Div;

/** The gradient noise: its σ and the seed of its draws. */
final class NoiseControls extends Div implements LabModel.Listener {

    private final NumberInput sigma = new NumberInput("field.noise.label",
            () -> getTranslation("field.noise.helper", Numbers.exact(LabRules.MAX_NOISE)), LabRules::noise);
    private final NumberInput seed = new NumberInput("field.seed.label",
            () -> getTranslation("field.seed.helper", Long.toString(LabRules.MAX_SEED)), LabRules::seed);

    NoiseControls(LabModel model) {
        addClassName("ml-controls");
        sigma.setId("field-noise");
        seed.setId("field-seed");
        sigma.sendTo(model, s -> model.setNoise(new GradientNoise(s, model.state().noise().seed())));
        seed.sendTo(model, n -> model.setNoise(new GradientNoise(model.state().noise().sigma(), (long) n)));
        add(sigma, seed);
        model.addListener(this);
    }

    @Override
    public void stateChanged(LabState state, LabModel.Change change) {
        sigma.show(state.noise().sigma());
        seed.show(state.noise().seed());
    }
}
