package com.momentumlab.base.monitoring;

import com.momentumlab.base.limits.OpenUis;
import com.momentumlab.playground.StreamScheduler;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * What decides how many learners one server holds, as Micrometer gauges (read at
 * {@code /actuator/metrics/<name>} on the management port):
 * <ul>
 *   <li>{@code momentumlab.ui.open}: open tabs (Vaadin UIs), each holding its page's state in memory;</li>
 *   <li>{@code momentumlab.streams.active}: runs being drawn now;</li>
 *   <li>{@code momentumlab.streams.overdue}: stream ticks due but not started, 0 while the scheduler keeps up.</li>
 * </ul>
 * HTTP sessions are Tomcat's own {@code tomcat.sessions.active.current}.
 */
@Component
class LabMetrics implements MeterBinder {

    private final OpenUis openUis;
    private final StreamScheduler scheduler;

    LabMetrics(OpenUis openUis, StreamScheduler scheduler) {
        this.openUis = openUis;
        this.scheduler = scheduler;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("momentumlab.ui.open", openUis, OpenUis::count)
                .description("Open browser tabs (Vaadin UIs)")
                .register(registry);
        Gauge.builder("momentumlab.streams.active", scheduler, StreamScheduler::activeStreams)
                .description("Runs being streamed to a tab now")
                .register(registry);
        Gauge.builder("momentumlab.streams.overdue", scheduler, StreamScheduler::overdueTicks)
                .description("Stream ticks that are due but not yet started (scheduler backlog)")
                .register(registry);
    }
}
