package com.momentumlab.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StreamSchedulerTest {

    @Test
    void neverRunsMoreStreamsThanItsCapEvenWhenManyLearnersPressRunAtOnce() throws Exception {
        StreamScheduler scheduler = new StreamScheduler(5);
        try {
            for (int round = 0; round < 20; round++) {
                AtomicInteger started = new AtomicInteger();
                List<ScheduledFuture<?>> futures = Collections.synchronizedList(new ArrayList<>());
                CountDownLatch go = new CountDownLatch(1);
                List<Thread> learners = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    Thread learner = new Thread(() -> {
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        scheduler.everyMillis(60_000, () -> { }).ifPresent(f -> {
                            started.incrementAndGet();
                            futures.add(f);
                        });
                    });
                    learner.start();
                    learners.add(learner);
                }
                go.countDown();
                for (Thread learner : learners) {
                    learner.join();
                }
                assertThat(started.get()).as("streams started in round %d", round).isEqualTo(5);
                assertThat(scheduler.activeStreams()).isEqualTo(5);
                futures.forEach(f -> f.cancel(false));
                assertThat(scheduler.activeStreams()).isZero();
            }
        } finally {
            scheduler.destroy();
        }
    }
}
