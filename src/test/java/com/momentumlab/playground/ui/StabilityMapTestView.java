package com.momentumlab.playground.ui;

import com.momentumlab.numerics.function.Valley;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;

/**
 * A test-only page with the valley's stability map, for the browser test until the lead places the panel in
 * the lab. It lives in the test sources, so the application itself has no such route; Vaadin's route scan
 * in the Spring Boot test finds it on the test classpath.
 */
@Route("test/stability-map")
class StabilityMapTestView extends Div {

    StabilityMapTestView() {
        Span picked = new Span();
        picked.setId("picked");
        StabilityMapPanel panel = new StabilityMapPanel(new Valley(), 0.1, 0.9,
                (alpha, beta) -> picked.setText(alpha + " " + beta));
        panel.setWidth("900px");
        add(panel, picked);
    }
}
