package com.momentumlab.base.limits;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.atmosphere.util.ExecutorsFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Drops a push socket's cancelled heartbeat timers at once instead of 60 s later.
 *
 * <p>Atmosphere's heartbeat interceptor sends a heartbeat over a push socket that has been quiet for 60 s. It
 * cancels and re-schedules that timer on every push, and its shared scheduler keeps a cancelled timer in its queue
 * until the time it was due. A streamed run pushes about 12 times a second, so every streaming tab left some 700
 * dead timers in the queue, and every idle tab the last 30 of its run. Removing them on cancel is the
 * scheduler's own option; Atmosphere makes the scheduler once and shares it, so setting it here applies to every
 * socket. Measured in docs/PERFORMANCE.md ("Memory per open tab").
 */
@Component
public class PushHeartbeats implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(PushHeartbeats.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        PushBuffers.atmosphere(event).ifPresent(framework -> {
            ScheduledExecutorService scheduler = ExecutorsFactory.getScheduler(framework.getAtmosphereConfig());
            if (scheduler instanceof ScheduledThreadPoolExecutor pool) {
                pool.setRemoveOnCancelPolicy(true);
            } else {
                LOG.warn("Atmosphere's scheduler is a {}: cancelled heartbeats stay queued until due", scheduler.getClass());
            }
        });
    }
}
