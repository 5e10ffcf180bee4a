package com.momentumlab.playground;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The lab's share of what decides how many learners one server holds, as Micrometer gauges (read at
 * {@code /actuator/metrics/<name>} on the management port):
 * <ul>
 *   <li>{@code momentumlab.streams.active}: runs being drawn now;</li>
 *   <li>{@code momentumlab.streams.overdue}: stream ticks due but not started, 0 while the scheduler keeps up.</li>
 * </ul>
 */
@Component
class StreamMetrics implements MeterBinder {

    private final StreamScheduler scheduler;

    StreamMetrics(StreamScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("momentumlab.streams.active", scheduler, StreamScheduler::activeStreams)
                .description("Runs being streamed to a tab now")
                .register(registry);
        Gauge.builder("momentumlab.streams.overdue", scheduler, StreamScheduler::overdueTicks)
                .description("Stream ticks that are due but not yet started (scheduler backlog)")
                .register(registry);
    }
}
