package com.momentumlab.playground.ui;

import com.momentumlab.playground.LabModel;
import com.vaadin.flow.component.html.Div;

/** The numbers of the step shown: t, θ, v and f(θ) of the optimizer chosen for details. */
final class StepDetailsPanel extends TabPanel {

    private final Readout readout = new Readout();

    StepDetailsPanel(LabModel model) {
        super(model);
        Div details = new Div(readout);
        details.addClassName("ml-details");
        add(details);
        model.addListener(this);
    }

    @Override
    protected void showCursor(LabModel.CursorMove move) {
        readout.show(model.detailRun().stepAt(move.to()));
    }

    @Override
    protected void catchUp() {
        readout.show(model.detailRun().stepAt(model.cursor()));
    }
}
