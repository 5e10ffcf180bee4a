package com.momentumlab.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import com.vaadin.flow.dom.DomEvent;
import tools.jackson.databind.JsonNode;

/**
 * The browser's own range slider ({@code <input type="range">}): keyboard and screen-reader support come
 * with it. Values arrive as the text the browser reports; read them with a strict parser before use.
 */
@Tag("input")
public class RangeSlider extends Component implements HasStyle {

    public RangeSlider(String min, String max, String step) {
        getElement().setAttribute("type", "range");
        getElement().setAttribute("min", min);
        getElement().setAttribute("max", max);
        getElement().setAttribute("step", step);
        addClassName("ml-slider");
    }

    public void setValue(String value) {
        getElement().setProperty("value", value);
    }

    public void setAccessibleName(String name) {
        getElement().setAttribute("aria-label", name);
    }

    /**
     * Listens while the slider is dragged (at most one event every {@code throttleMillis}) and once more when
     * it is released, so the final position always arrives.
     */
    public Registration addValueListener(int throttleMillis, Consumer<String> listener) {
        Registration moving = getElement().addEventListener("input", e -> acceptValue(e, listener))
                .addEventData("element.value")
                .throttle(throttleMillis);
        Registration released = getElement().addEventListener("change", e -> acceptValue(e, listener))
                .addEventData("element.value");
        return () -> {
            moving.remove();
            released.remove();
        };
    }

    /** The slider's value as the browser sent it; a hand-made message without one is ignored. */
    private static void acceptValue(DomEvent event, Consumer<String> listener) {
        JsonNode value = event.getEventData().path("element.value");
        if (value.isString()) {
            listener.accept(value.stringValue());
        }
    }
}
