package com.momentumlab.playground;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Delayed;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one scheduler that paces every streamed run of every user. Two daemon threads are plenty: a tick only
 * hands a few points to {@code UI.access}, which does the work under the session lock. It runs at most
 * {@code momentumlab.limits.max-streams} streams at once, so a crowd makes the next learner wait rather than
 * making every stream late.
 */
@Component
public class StreamScheduler implements DisposableBean {

    private static final int THREADS = 2;

    private final ScheduledThreadPoolExecutor executor;
    private final int maxStreams;
    /** Weakly held: a stream cancelled by a closed tab must not keep that tab's UI in memory until the next count. */
    private final Set<ScheduledFuture<?>> streams = Collections.newSetFromMap(new WeakHashMap<>());

    public StreamScheduler(@Value("${momentumlab.limits.max-streams:250}") int maxStreams) {
        this.maxStreams = maxStreams;
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

    /**
     * Runs {@code tick} every {@code periodMillis}, or nothing (empty) when max-streams streams already run.
     * Synchronized, so the count cannot change between the check and the scheduling when many learners press
     * Run at once.
     */
    public synchronized Optional<ScheduledFuture<?>> everyMillis(long periodMillis, Runnable tick) {
        if (activeStreams() >= maxStreams) {
            return Optional.empty();
        }
        ScheduledFuture<?> stream = executor.scheduleAtFixedRate(tick, 0, periodMillis, TimeUnit.MILLISECONDS);
        streams.add(stream);
        return Optional.of(stream);
    }

    /**
     * Streams scheduled and not yet finished or cancelled (for the cap, metrics and tests). Counted from the
     * streams themselves: the executor's queue and active count both miss a tick that a thread has just taken,
     * and an overloaded server ran 288 streams with a cap of 250 that way.
     */
    public synchronized int activeStreams() {
        streams.removeIf(Future::isDone);
        return streams.size();
    }

    /**
     * Ticks that are due but not yet started: 0 while the two threads keep up; a growing number means every
     * stream is drawn late (for metrics).
     */
    public int overdueTicks() {
        int overdue = 0;
        for (Runnable task : executor.getQueue().toArray(new Runnable[0])) {
            if (task instanceof Delayed delayed && delayed.getDelay(TimeUnit.NANOSECONDS) <= 0) {
                overdue++;
            }
        }
        return overdue;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
