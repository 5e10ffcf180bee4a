package com.momentumlab.playground.ui;

import com.momentumlab.playground.LabModel;
import com.momentumlab.playground.PathStream;
import com.momentumlab.playground.StreamPacing;
import com.momentumlab.playground.StreamScheduler;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** The lab's steps drawn over time by server push into the current tab (the shared scheduler paces them). */
final class UiStepStream implements LabModel.StepStream {

    private final PathStream<Integer> stream;

    UiStepStream(StreamScheduler scheduler) {
        this.stream = new PathStream<>(scheduler);
    }

    @Override
    public boolean start(int from, int to, StreamPacing pacing, IntConsumer advanceTo) {
        List<Integer> steps = IntStream.rangeClosed(from, to).boxed().toList();
        return stream.start(UI.getCurrent(), steps, pacing.batchSize(), pacing.periodMillis(),
                batch -> advanceTo.accept(batch.get(batch.size() - 1)), () -> {});
    }

    @Override
    public void cancel() {
        stream.cancel();
    }
}
