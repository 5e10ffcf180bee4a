package com.momentumlab.playground;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.communication.PushConnection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Delivers a computed run to one browser tab in small batches, paced by the shared {@link StreamScheduler}.
 * At most one stream per tab: starting a new one cancels the old one; the view cancels it when the tab
 * closes, and a tick that finds the tab gone ends the stream too. So does a tick that finds the tab's push
 * connection lost for {@link #UNREACHABLE_MILLIS} after it was up: a tab closed without its goodbye (a killed
 * browser, a lost network) keeps its UI until its heartbeats are missed, but its stream has nobody to draw for.
 */
public final class PathStream<T> {

    /** Longer than a page's first push connection takes, or a reconnect after a short network blip. */
    static final long UNREACHABLE_MILLIS = 10_000;

    private final StreamScheduler scheduler;
    private Run current;

    public PathStream(StreamScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Starts streaming {@code items}: every {@code periodMillis} the next {@code batchSize} items are handed to
     * {@code onBatch} inside {@code ui.access}; {@code onDone} runs right after the last batch.
     *
     * @return false if the server already draws as many runs as it may (nothing was started: tell the
     *         learner to try again in a moment)
     */
    public synchronized boolean start(UI ui, List<T> items, int batchSize, long periodMillis,
                                      Consumer<List<T>> onBatch, Runnable onDone) {
        cancel();
        Run run = new Run(ui, List.copyOf(items), Math.max(1, batchSize), onBatch, onDone);
        Optional<ScheduledFuture<?>> future = scheduler.everyMillis(periodMillis, run);
        if (future.isEmpty()) {
            return false;
        }
        current = run;
        run.future = future.get();
        return true;
    }

    public synchronized void cancel() {
        if (current != null) {
            current.cancelled = true;
            current.stop();
            current = null;
        }
    }

    public synchronized boolean isRunning() {
        return current != null && !current.finished;
    }

    /** One stream; the scheduler never runs the same task twice at once. */
    private final class Run implements Runnable {
        private final UI ui;
        private final List<T> items;
        private final int batchSize;
        private final Consumer<List<T>> onBatch;
        private final Runnable onDone;
        private int position;
        private volatile boolean finished;
        private volatile boolean cancelled;
        private volatile ScheduledFuture<?> future;
        /** Whether the tab's push connection has been up during this run (a new page connects a moment late). */
        private boolean seenConnected;
        /** When the tab's push connection was first seen lost, in nanoseconds; -1 while it is connected. */
        private long unreachableSince = -1;

        Run(UI ui, List<T> items, int batchSize, Consumer<List<T>> onBatch, Runnable onDone) {
            this.ui = ui;
            this.items = items;
            this.batchSize = batchSize;
            this.onBatch = onBatch;
            this.onDone = onDone;
        }

        @Override
        public void run() {
            if (finished) {
                stop();
                return;
            }
            int end = Math.min(items.size(), position + batchSize);
            List<T> batch = items.subList(position, end);
            position = end;
            boolean last = position >= items.size();
            try {
                ui.access(() -> {
                    if (cancelled) {
                        return; // a newer run replaced this one while the batch waited for the session lock
                    }
                    if (unreachableTooLong()) {
                        stop();
                        return;
                    }
                    if (!batch.isEmpty()) {
                        onBatch.accept(batch);
                    }
                    if (last) {
                        onDone.run();
                    }
                });
                if (last) {
                    stop();
                }
            } catch (UIDetachedException tabClosed) {
                stop();
            }
        }

        /** Under the session lock: whether the tab's push connection has been lost for too long. */
        private boolean unreachableTooLong() {
            PushConnection push = ui.getInternals().getPushConnection();
            if (push == null || push.isConnected()) {
                seenConnected = push != null;
                unreachableSince = -1;
                return false;
            }
            if (!seenConnected) {
                return false;
            }
            long now = System.nanoTime();
            if (unreachableSince < 0) {
                unreachableSince = now;
            }
            return now - unreachableSince > TimeUnit.MILLISECONDS.toNanos(UNREACHABLE_MILLIS);
        }

        void stop() {
            finished = true;
            ScheduledFuture<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
        }
    }
}
