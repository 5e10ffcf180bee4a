package com.momentumlab.playground.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.momentumlab.playground.ui.PlaygroundViewTest.openAndFinish;

import com.vaadin.flow.component.button.Button;
import com.momentumlab.testsupport.KaribuSpringTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.UidlWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test (its name matches no test pattern; run it with
 * {@code ./mvnw -q test -Dtest=StepEncodingBench -Dsurefire.failIfNoSpecifiedTests=false}): the server's CPU time
 * for one step of the lab, counted for this thread only, so the machine's other load matters less than in a
 * load test. A step is what a streamed step costs before the push is written to the socket: the lab's own work
 * (the Step button drives the same {@code advanceTo} as the stream, plus the status line) and Vaadin encoding the
 * changes and calls into the message ({@link UidlWriter#createUidl}). The Reset before each 30 steps is counted
 * too. {@code -Dquery=opt=sgd,adam} compares three optimizers.
 */
class StepEncodingBench extends KaribuSpringTest {

    private static final int WARM_UP_RUNS = 300;
    private static final int RUNS = 20;
    private static final int RUNS_PER_SAMPLE = 50;

    @Test
    void oneStep() {
        openAndFinish(System.getProperty("query", ""));
        UI ui = UI.getCurrent();
        UidlWriter writer = new UidlWriter();
        Button reset = _get(Button.class, spec -> spec.withId("reset"));
        Button step = _get(Button.class, spec -> spec.withId("step"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            thirtySteps(ui, writer, reset, step);
        }
        double[] microsPerStep = new double[RUNS];
        long characters = 0;
        for (int r = 0; r < RUNS; r++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < RUNS_PER_SAMPLE; i++) {
                characters = thirtySteps(ui, writer, reset, step);
            }
            microsPerStep[r] = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / RUNS_PER_SAMPLE / 30;
        }
        Arrays.sort(microsPerStep);
        System.out.printf(Locale.ROOT, "one step (lab + encoding), CPU µs: min %.1f, median %.1f, max %.1f (%d samples"
                        + " of %d x 30 steps); message %d characters per step%n",
                microsPerStep[0], microsPerStep[RUNS / 2], microsPerStep[RUNS - 1], RUNS, RUNS_PER_SAMPLE,
                characters / 30);
    }

    /** Back to step 0, then 30 steps, each encoded as the push would; returns the characters of the 30 messages. */
    private static long thirtySteps(UI ui, UidlWriter writer, Button reset, Button step) {
        _click(reset);
        writer.createUidl(ui, true);
        long characters = 0;
        for (int t = 1; t <= 30; t++) {
            _click(step);
            characters += writer.createUidl(ui, true).toString().length();
        }
        return characters;
    }
}
