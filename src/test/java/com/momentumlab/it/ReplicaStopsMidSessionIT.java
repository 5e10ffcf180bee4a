package com.momentumlab.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.momentumlab.testsupport.BrowserTest;
import com.momentumlab.testsupport.FailoverProxy;
import com.momentumlab.testsupport.RedisServer;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A replica stops mid-session as on SIGTERM (its context closes with graceful shutdown): the learner it served
 * reconnects through the proxy to the other replica and is back in the room, as the same participant, with the
 * facilitator's lab, without an error page.
 */
class ReplicaStopsMidSessionIT {

    private static final Pattern ERROR_PAGE = Pattern.compile("Exception|\\tat |Internal error|Session Expired");

    private static RedisServer redis;
    private static ConfigurableApplicationContext replicaA;
    private static ConfigurableApplicationContext replicaB;
    private static FailoverProxy learnersProxy;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void start() {
        redis = RedisServer.start();
        replicaA = Replicas.start(redis);
        replicaB = Replicas.start(redis);
        learnersProxy = new FailoverProxy(List.of(port(replicaB), port(replicaA)));
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Replicas.playwright();
        browser = BrowserTest.launchChromium(playwright);
    }

    @AfterAll
    static void stop() throws Exception {
        Replicas.stop(browser, playwright, learnersProxy, replicaA, replicaB, redis);
    }

    private static int port(ConfigurableApplicationContext replica) {
        return Replicas.port(replica);
    }

    @Test
    void theLearnerOfAStoppedReplicaIsBackInTheRoomOnTheOtherOne() {
        Page facilitator = Replicas.newPage(browser);
        facilitator.navigate("http://localhost:" + port(replicaA) + "/");
        facilitator.locator("#open-room").click();
        assertThat(facilitator).hasURL(Pattern.compile(".*/room/[A-Z0-9]{6}/lead\\?key=[A-Za-z0-9_-]{22}$"));
        String code = facilitator.url().replaceAll(".*/room/([A-Z0-9]{6})/lead.*", "$1");

        Page learner = Replicas.newPage(browser);
        learner.navigate("http://localhost:" + learnersProxy.port() + "/join?code=" + code);
        assertThat(learnersProxy.currentReplicaPort()).isEqualTo(port(replicaB));
        learner.locator("#room-nickname input").fill("Aiko");
        learner.locator("#room-join").click();
        assertThat(learner.locator("#room-banner")).containsText("Room " + code);
        Replicas.setBeta(facilitator, "0.5");
        assertThat(learner.locator("#field-beta input")).hasValue("0.5");
        assertThat(facilitator.locator("#room-participants")).hasText("Remove Aiko");

        learner.evaluate("() => window.servedByTheStoppedReplica = true"); // gone once the page is loaded anew
        // SIGTERM: Spring's shutdown hook closes the context, gracefully, while the learner's page is open.
        Thread sigterm = Thread.ofPlatform().start(() -> SpringApplication.exit(replicaB));
        await().atMost(Duration.ofSeconds(40)).until(() -> !replicaB.isActive());
        // as a proxy does, it notices within its next health checks
        await().atMost(Duration.ofSeconds(10)).until(() -> learnersProxy.currentReplicaPort() == port(replicaA));

        // The page finds its way back through the proxy to A: in the room, following, with the room's state.
        learner.waitForFunction("() => window.servedByTheStoppedReplica === undefined");
        assertThat(learner.locator("#room-banner")).hasText("Room " + code + ": you are following the facilitator.");
        assertThat(learner.locator("#field-beta input")).hasValue("0.5");
        assertThat(learner).hasURL(Pattern.compile(".*/room/" + code + "$"));
        Replicas.setBeta(facilitator, "0.3"); // and it listens on A now
        assertThat(learner.locator("#field-beta input")).hasValue("0.3");
        // The same participant, not a second Aiko.
        assertThat(facilitator.locator("#room-people")).hasText("1 in the room");
        assertThat(facilitator.locator("#room-participants")).hasText("Remove Aiko");
        for (Page page : new Page[] {facilitator, learner}) {
            assertThat(page.locator("body")).not().containsText(ERROR_PAGE);
        }
        try {
            sigterm.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
