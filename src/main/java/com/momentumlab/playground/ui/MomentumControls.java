package com.momentumlab.playground.ui;

import com.momentumlab.base.input.Numbers;
import com.momentumlab.base.input.ParsedNumber;
import com.momentumlab.base.ui.RangeSlider;
import com.momentumlab.playground.Hyper;
import com.momentumlab.playground.LabModel;
import com.momentumlab.playground.LabRules;
import com.momentumlab.playground.LabState;
import com.momentumlab.playground.SliderScales;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/** Momentum's α and β, each as a field and a slider; both send the learner's value to the lab and show the lab's. */
final class MomentumControls extends Div implements LabModel.Listener, LocaleChangeObserver {

    /** Slider events while dragging: at most one per this many milliseconds reaches the server. */
    private static final int SLIDER_THROTTLE_MILLIS = 100;

    private final NumberInput learningRate = new NumberInput(Hyper.LEARNING_RATE.labelKey(),
            () -> getTranslation(Hyper.LEARNING_RATE.helperKey()), Hyper.LEARNING_RATE::read);
    private final NumberInput beta = new NumberInput(Hyper.MOMENTUM.labelKey(),
            () -> getTranslation(Hyper.MOMENTUM.helperKey()), Hyper.MOMENTUM::read);
    private final RangeSlider learningRateSlider = new RangeSlider(SliderScales.LEARNING_RATE_MIN,
            SliderScales.LEARNING_RATE_MAX, SliderScales.LEARNING_RATE_STEP);
    private final RangeSlider betaSlider = new RangeSlider("0", "0.99", "0.01");

    MomentumControls(LabModel model) {
        addClassName("ml-controls");
        learningRate.setId("field-lr");
        beta.setId("field-beta");
        learningRate.sendTo(model, model::setAlpha);
        beta.sendTo(model, model::setBeta);
        learningRateSlider.setId("slider-lr");
        learningRateSlider.addValueListener(SLIDER_THROTTLE_MILLIS,
                position -> SliderScales.learningRateAt(position).ifPresent(model::setAlpha));
        betaSlider.setId("slider-beta");
        betaSlider.addValueListener(SLIDER_THROTTLE_MILLIS, position -> {
            if (LabRules.beta(position) instanceof ParsedNumber.Valid valid) {
                model.setBeta(valid.value());
            }
        });
        add(pair(learningRate, learningRateSlider), pair(beta, betaSlider));
        model.addListener(this);
    }

    private static Div pair(NumberInput input, RangeSlider slider) {
        Div pair = new Div(input, slider);
        pair.addClassName("ml-slider-pair");
        return pair;
    }

    @Override
    public void stateChanged(LabState state, LabModel.Change change) {
        learningRate.show(state.learningRate());
        beta.show(state.beta());
        // A slider the learner holds between two rounded values of α stays where it is.
        if (SliderScales.learningRateAt(position(learningRateSlider)).orElse(Double.NaN) != state.learningRate()) {
            learningRateSlider.setValue(SliderScales.learningRatePosition(state.learningRate()));
        }
        if (!(LabRules.beta(position(betaSlider)) instanceof ParsedNumber.Valid held && held.value() == state.beta())) {
            betaSlider.setValue(Numbers.plain(state.beta()));
        }
    }

    /** Where the slider stands, as the browser last reported it or the server last set it. */
    private static String position(RangeSlider slider) {
        return slider.getElement().getProperty("value", "");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        learningRateSlider.setAccessibleName(getTranslation("slider.lr"));
        betaSlider.setAccessibleName(getTranslation("slider.beta"));
    }
}
