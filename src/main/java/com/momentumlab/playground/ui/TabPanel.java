package com.momentumlab.playground.ui;

import com.momentumlab.playground.LabModel;
import com.momentumlab.playground.LabState;
import com.vaadin.flow.component.html.Div;

/**
 * A view under one of the lab's tabs. It follows the model only while its tab is selected: a hidden view would
 * redo its work (format every row, write its series) at each change for nothing, in every tab of a room. It
 * catches up from the model when its tab is shown.
 */
abstract class TabPanel extends Div implements LabModel.Listener {

    protected final LabModel model;
    /** A change came while hidden: the browser shows an older state (or nothing yet). */
    private boolean behind;

    TabPanel(LabModel model) {
        this.model = model;
        setVisible(false); // until its tab is chosen: a view never shown costs the tab no rows or series
    }

    @Override
    public final void stateChanged(LabState state, LabModel.Change change) {
        if (isVisible()) {
            showState(state, change);
        } else {
            behind = true;
        }
    }

    @Override
    public final void cursorMoved(LabModel.CursorMove move) {
        if (isVisible()) {
            showCursor(move);
        } else {
            behind = true;
        }
    }

    /** Its tab was selected: shows the lab as it is now if it missed a change. */
    final void shown() {
        if (behind) {
            behind = false;
            catchUp();
        }
    }

    protected void showState(LabState state, LabModel.Change change) {}

    protected void showCursor(LabModel.CursorMove move) {}

    /** Shows the model's current state and step, whatever it showed before. */
    protected abstract void catchUp();
}
