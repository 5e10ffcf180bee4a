package com.momentumlab.playground.ui;

import com.momentumlab.playground.LabModel;
import com.momentumlab.playground.LabState;

/** The stability map of the lab's function with a ring on its α and β; a point picked on it sets both. */
final class StabilityPanel extends TabPanel {

    private final StabilityMapPanel map;
    private String functionShown;

    StabilityPanel(LabModel model) {
        super(model);
        map = new StabilityMapPanel(model.function(), model.state().learningRate(), model.state().beta(),
                model::setMomentum);
        functionShown = model.function().key();
        add(map);
        model.addListener(this);
    }

    @Override
    protected void catchUp() {
        showState(model.state(), LabModel.Change.FUNCTION);
    }

    @Override
    protected void showState(LabState state, LabModel.Change change) {
        if (!state.functionKey().equals(functionShown)) {
            functionShown = state.functionKey();
            map.showFunction(model.function(), state.learningRate(), state.beta());
        }
        map.show(state.learningRate(), state.beta());
    }
}
