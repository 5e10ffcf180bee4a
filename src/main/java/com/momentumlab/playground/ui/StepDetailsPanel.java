package com.momentumlab.playground.ui;

import com.momentumlab.playground.LabModel;
import com.vaadin.flow.component.html.Div;

/** The numbers of the step shown: t, θ, v and f(θ) of the optimizer chosen for details. */
final class StepDetailsPanel extends Div implements LabModel.Listener {

    private final LabModel model;
    private final Readout readout = new Readout();

    StepDetailsPanel(LabModel model) {
        this.model = model;
        Div details = new Div(readout);
        details.addClassName("ml-details");
        add(details);
        model.addListener(this);
    }

    @Override
    public void cursorMoved(LabModel.CursorMove move) {
        readout.show(model.detailRun().stepAt(move.to()));
    }
}
