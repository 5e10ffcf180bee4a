package com.momentumlab.lesson.ui;

import com.momentumlab.playground.LabState;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the lesson needs from the lab next to it; the page wires it.
 *
 * @param currentState the valid values currently in the lab's fields, or empty while any is invalid (the lab
 *                     marks the invalid fields); reading does not run anything
 * @param apply        shows a state in the lab and runs it
 * @param panel        the lab itself, scrolled into view on narrow screens after a preset
 */
public record LabHooks(Supplier<Optional<LabState>> currentState, Consumer<LabState> apply, Component panel) {

    /** Below this width the page has one column (the theme's breakpoint for the two-column layout). */
    static final int ONE_COLUMN_MAX_WIDTH_PX = 1099;

    /** Runs {@code state} in the lab and, where the lab is not beside the text (one column), brings it into view. */
    void runAndShow(LabState state) {
        apply.accept(state);
        panel.getElement().executeJs(
                "if (window.matchMedia('(max-width: ' + $0 + 'px)').matches) this.scrollIntoView({behavior: 'smooth', block: 'start'})",
                ONE_COLUMN_MAX_WIDTH_PX);
    }
}
