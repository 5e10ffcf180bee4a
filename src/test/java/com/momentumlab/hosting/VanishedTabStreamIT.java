package com.momentumlab.hosting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.base.limits.OpenUis;
import com.momentumlab.playground.StreamScheduler;
import com.momentumlab.testsupport.BrowserTest;
import com.microsoft.playwright.WebSocketRoute;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A tab that vanishes without its goodbye (a lost network, a killed browser: no unload beacon) keeps its UI until
 * three heartbeats are missed (90 s here), but its stream stops soon after its push connection is gone: it has
 * nobody to draw for.
 */
@TestPropertySource(properties = {"momentumlab.limits.max-open-uis=50", "momentumlab.stream.time-scale=1"}) // a server of its own: no other test's tabs
class VanishedTabStreamIT extends BrowserTest {

    @Autowired
    private StreamScheduler scheduler;

    @Autowired
    private OpenUis openUis;

    @Test
    void theStreamOfAVanishedTabStopsLongBeforeItsUiIsRemoved() throws Exception {
        // The push socket passes through the test, which can cut it; sockets opened after the cut go nowhere.
        AtomicBoolean cut = new AtomicBoolean();
        List<WebSocketRoute> toServer = new CopyOnWriteArrayList<>();
        page.routeWebSocket(Pattern.compile(".*/VAADIN/push.*"), socket -> {
            if (!cut.get()) {
                toServer.add(socket.connectToServer());
            }
        });
        page.navigate(url("?steps=1000&speed=1")); // the page draws its 1000 steps by itself, for minutes
        assertThat(page.locator("#status")).containsText("Drawing the path");
        page.waitForFunction("() => Number(document.querySelector('#readout-step')?.textContent) >= 2"); // pushes arrive
        assertThat(scheduler.activeStreams()).isEqualTo(1);

        // From now on nothing of the tab reaches the server, as when its network is gone: no goodbye, no heartbeat.
        page.route(url -> url.contains("v-r="), route -> route.abort());
        cut.set(true);
        toServer.forEach(WebSocketRoute::close);
        long gone = System.currentTimeMillis();

        while (scheduler.activeStreams() > 0 && System.currentTimeMillis() - gone < 30_000) {
            Thread.sleep(100);
        }
        long stoppedAfter = System.currentTimeMillis() - gone;
        assertThat(scheduler.activeStreams()).as("the stream after %d ms", stoppedAfter).isZero();
        assertThat(openUis.count()).as("the tab's UI, kept for its missed heartbeats").isEqualTo(1);
        System.out.printf("vanished tab: stream stopped %d ms after its connection was cut%n", stoppedAfter);
        page.unrouteAll();
    }
}
