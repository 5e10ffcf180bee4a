package com.momentumlab.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.PropertyChangeListener;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

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
     * it is released, so the final position always arrives. The server keeps the position the browser reported,
     * so setting the same value again sends nothing: the slider is never written back under the learner's finger.
     */
    public Registration addValueListener(int throttleMillis, Consumer<String> listener) {
        PropertyChangeListener reported = event -> {
            if (event.isUserOriginated() && event.getValue() instanceof String value) {
                listener.accept(value);
            }
        };
        Registration moving = getElement().addPropertyChangeListener("value", "input", reported).throttle(throttleMillis);
        Registration released = getElement().addPropertyChangeListener("value", "change", reported);
        return () -> {
            moving.remove();
            released.remove();
        };
    }
}
