package com.momentumlab.playground.ui;

import com.momentumlab.playground.LabModel;
import com.momentumlab.playground.LabState;
import com.vaadin.flow.component.html.Div;

/** The stability map of the lab's function with a ring on its α and β; a point picked on it sets both. */
final class StabilityPanel extends Div implements LabModel.Listener {

    private final LabModel model;
    private final StabilityMapPanel map;
    private String functionShown;

    StabilityPanel(LabModel model) {
        this.model = model;
        map = new StabilityMapPanel(model.function(), model.state().learningRate(), model.state().beta(),
                model::setMomentum);
        functionShown = model.function().key();
        add(map);
        model.addListener(this);
    }

    @Override
    public void stateChanged(LabState state, LabModel.Change change) {
        if (!state.functionKey().equals(functionShown)) {
            functionShown = state.functionKey();
            map.showFunction(model.function(), state.learningRate(), state.beta());
        }
        map.show(state.learningRate(), state.beta());
    }
}
