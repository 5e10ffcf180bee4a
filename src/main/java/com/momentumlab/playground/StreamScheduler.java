package com.momentumlab.playground;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The one scheduler that paces every streamed run of every user. Two daemon threads are plenty: a tick only
 * hands a few points to {@code UI.access}, which does the work under the session lock.
 */
@Component
public class StreamScheduler implements DisposableBean {

    private static final int THREADS = 2;

    private final ScheduledThreadPoolExecutor executor;

    public StreamScheduler() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "path-stream-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        executor = new ScheduledThreadPoolExecutor(THREADS, threads);
        // A cancelled stream must not linger in the queue until its next planned tick.
        executor.setRemoveOnCancelPolicy(true);
    }

    public ScheduledFuture<?> everyMillis(long periodMillis, Runnable tick) {
        return executor.scheduleAtFixedRate(tick, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Streams scheduled and not yet finished or cancelled (for metrics and tests). */
    public int activeStreams() {
        return executor.getQueue().size() + executor.getActiveCount();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
