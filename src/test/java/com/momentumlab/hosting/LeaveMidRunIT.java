package com.momentumlab.hosting;

import com.momentumlab.testsupport.RealTimeStream;
import com.momentumlab.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A learner who leaves while a run is being drawn (a new link, a reload) closes the push socket while the server
 * is writing to it. That is an everyday event: the server must take it quietly, with no error in its log, however
 * the close falls between two pushes or inside one. Each round opens a long run with every optimizer at the
 * fastest speed (the largest and most frequent pushes) and leaves it as soon as points arrive. Before
 * {@code ClosingSocketBroadcaster}, two of three runs of this test (with 40 rounds) logged errors.
 */
@ExtendWith(OutputCaptureExtension.class)
@RealTimeStream
class LeaveMidRunIT extends BrowserTest {

    private static final int ROUNDS = 20;
    private static final String HEAVY_RUN = "?steps=1000&speed=5&opt=sgd,nesterov,adagrad,rmsprop,adam&x=";

    @Test
    void leavingDuringARunLogsNoError(CapturedOutput output) throws Exception {
        int logStart = output.getAll().length();
        for (int round = 0; round < ROUNDS; round++) {
            // A new start point each round, so every page computes and streams its own run.
            page.navigate(url(HEAVY_RUN + (-7 + round * 0.1)));
            // Leave once a few steps have been pushed, long before the run ends.
            page.waitForFunction("() => Number(document.querySelector('#readout-step')?.textContent) >= 3");
        }
        page.navigate("about:blank");
        BadInputBatteryIT.assertCleanLog(output, logStart);
    }
}
