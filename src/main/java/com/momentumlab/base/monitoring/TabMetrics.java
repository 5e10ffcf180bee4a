package com.momentumlab.base.monitoring;

import com.momentumlab.base.limits.OpenUis;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * What decides how many learners one server holds, as Micrometer gauges (read at
 * {@code /actuator/metrics/<name>} on the management port): {@code momentumlab.ui.open}, the open tabs (Vaadin
 * UIs), each holding its page's state in memory. The lab adds its streams' gauges itself; HTTP sessions are
 * Tomcat's own {@code tomcat.sessions.active.current}.
 */
@Component
class TabMetrics implements MeterBinder {

    private final OpenUis openUis;

    TabMetrics(OpenUis openUis) {
        this.openUis = openUis;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("momentumlab.ui.open", openUis, OpenUis::count)
                .description("Open browser tabs (Vaadin UIs)")
                .register(registry);
    }
}
