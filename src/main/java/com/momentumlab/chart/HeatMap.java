package com.momentumlab.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Optional;

/**
 * A heat map drawn on a canvas by {@code frontend/heat-map.ts}: coloured cells of a grid over an x/y range,
 * axes with tick labels, a colour legend, overlay curves, dots and one marker. It knows nothing of what the values
 * mean.
 *
 * <p>The learner picks a point by clicking, or by moving the marker with the arrow keys (Shift: ten steps) and
 * pressing Enter or Space; either way a {@link PickEvent} arrives with the data coordinates, clamped to the
 * range. The marker moves in the browser at once; the server confirms (or corrects) it with
 * {@link #setMarker}.
 */
@Tag("heat-map")
@JsModule("./heat-map.ts")
public class HeatMap extends Component implements HasSize {

    private HeatMapData data;
    private List<HeatMapDots> dots = List.of();
    private double[] marker;

    public HeatMap() {
        // A widget with its own keyboard handling: arrow keys and Enter go to it, not to the screen reader.
        getElement().setAttribute("role", "application");
        getElement().setAttribute("tabindex", "0");
    }

    /**
     * Replaces the cells, colours, legend ticks and curves. {@code json} is {@code data.toJson()}: made once and
     * shared by every tab that shows the same map, so each tab does not keep its own copy of the text.
     */
    public void setData(HeatMapData data, String json) {
        this.data = data;
        getElement().setProperty("data", json);
    }

    public Optional<HeatMapData> getData() {
        return Optional.ofNullable(data);
    }

    /** Replaces the dots (a property of their own: changing them does not send the cells again). */
    public void setDots(List<HeatMapDots> groups) {
        dots = List.copyOf(groups);
        getElement().setProperty("dots", ChartJson.write(dots));
    }

    public List<HeatMapDots> getDots() {
        return dots;
    }

    /** Replaces the axis titles and the legend title (for example when the language changes). */
    public void setLabels(HeatMapLabels labels) {
        getElement().setProperty("labels", ChartJson.write(labels));
    }

    /** Places the marker at (x, y) in data coordinates; outside the range it is drawn dashed at the edge. */
    public void setMarker(double x, double y) {
        marker = new double[] {x, y};
        // Always sent, even if unchanged: it also corrects a marker the learner moved in the browser.
        getElement().callJsFunction("setMarker", x, y);
    }

    /** The marker's data coordinates [x, y] as last set by the server. */
    public Optional<double[]> getMarker() {
        return Optional.ofNullable(marker).map(double[]::clone);
    }

    /** The name a screen reader announces, for example what the map shows. */
    public void setAccessibleLabel(String label) {
        getElement().setAttribute("aria-label", label);
    }

    /** What a screen reader calls this kind of widget, for example "interactive map". */
    public void setRoleDescription(String description) {
        getElement().setAttribute("aria-roledescription", description);
    }

    public Registration addPickListener(ComponentEventListener<PickEvent> listener) {
        return addListener(PickEvent.class, listener);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Properties travel with the element; a JS call does not: send the marker again to a new element.
        if (!attachEvent.isInitialAttach() && marker != null) {
            getElement().callJsFunction("setMarker", marker[0], marker[1]);
        }
    }

    /** The learner picked a point (click, or Enter/Space on the marker), in data coordinates. */
    @DomEvent("heat-map-pick")
    public static class PickEvent extends ComponentEvent<HeatMap> {

        private final double x;
        private final double y;

        public PickEvent(HeatMap source, boolean fromClient,
                         @EventData("event.detail.x") double x, @EventData("event.detail.y") double y) {
            super(source, fromClient);
            this.x = x;
            this.y = y;
        }

        /** The picked x; the browser clamps it to the range, but like any client value it is not trusted. */
        public double getX() {
            return x;
        }

        public double getY() {
            return y;
        }
    }
}
