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
 * @param panel        the lab itself, scrolled into view after a preset
 */
public record LabHooks(Supplier<Optional<LabState>> currentState, Consumer<LabState> apply, Component panel) {

    /** Runs {@code state} in the lab and brings the lab into view (it stands above the text at every width). */
    void runAndShow(LabState state) {
        apply.accept(state);
        panel.getElement().executeJs("this.scrollIntoView({behavior: 'smooth', block: 'start'})");
    }
}
