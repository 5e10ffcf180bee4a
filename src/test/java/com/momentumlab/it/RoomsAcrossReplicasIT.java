package com.momentumlab.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.momentumlab.testsupport.BrowserTest;
import com.momentumlab.testsupport.RedisServer;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two replicas of the app share one Redis, as behind the sticky-session proxy: the facilitator on replica A leads a
 * learner on replica B in real browsers (two profiles), across a Redis restart, until A closes the room.
 */
class RoomsAcrossReplicasIT {

    private static final String UNAVAILABLE = "The study rooms cannot be reached for a moment";

    private static RedisServer redis;
    private static ConfigurableApplicationContext replicaA;
    private static ConfigurableApplicationContext replicaB;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void start() {
        redis = RedisServer.start();
        replicaA = Replicas.start(redis);
        replicaB = Replicas.start(redis);
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Replicas.playwright();
        browser = BrowserTest.launchChromium(playwright);
    }

    @AfterAll
    static void stop() throws Exception {
        Replicas.stop(browser, playwright, replicaA, replicaB, redis);
    }

    private static String url(ConfigurableApplicationContext replica, String pathAndQuery) {
        return "http://localhost:" + Replicas.port(replica) + "/" + pathAndQuery;
    }

    @Test
    void aFacilitatorOnOneReplicaLeadsALearnerOnAnotherThroughARedisRestart() {
        Page facilitator = Replicas.newPage(browser);
        facilitator.navigate(url(replicaA, ""));
        facilitator.locator("#open-room").click();
        assertThat(facilitator).hasURL(Pattern.compile(".*/room/[A-Z0-9]{6}/lead\\?key=[A-Za-z0-9_-]{22}$"));
        String code = facilitator.url().replaceAll(".*/room/([A-Z0-9]{6})/lead.*", "$1");

        Page learner = Replicas.newPage(browser);
        learner.navigate(url(replicaB, "join?code=" + code));
        learner.locator("#room-nickname input").fill("Aiko");
        learner.locator("#room-join").click();
        assertThat(learner.locator("#room-banner")).containsText("Room " + code);
        assertThat(facilitator.locator("#room-people")).hasText("1 in the room"); // B's join, heard on A

        // Follow me: a value and a Run on A reach B.
        Replicas.setBeta(facilitator, "0.5");
        assertThat(learner.locator("#field-beta input")).hasValue("0.5");
        facilitator.locator("#run").click();
        assertThat(learner.locator("#readout-step")).hasText("30");

        // Ask the room from A: the learner on B answers; A counts it; the reveal reaches B.
        facilitator.locator("#poll-item").click();
        facilitator.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("valley — ")).click();
        facilitator.locator("#poll-ask").click();
        learner.locator("#poll-choose-3").click();
        assertThat(facilitator.locator("#poll-count-3")).hasText("D: 1");
        assertThat(facilitator.locator("#poll-status")).hasText("Answers so far: 1");
        facilitator.locator("#poll-reveal").click();
        assertThat(learner.locator("#poll-right")).hasText("Right answer");

        // A challenge from A: the learner on B submits the lab's α and β (the facilitator's, followed); B runs it,
        // and A's board ranks it and draws its dot.
        facilitator.locator("#challenge-start").click();
        assertThat(learner.locator("#challenge-goal")).containsText("(−7, 2)");
        learner.locator("#challenge-submit").click();
        assertThat(learner.locator("#challenge-result")).hasText(
                "Your α = 0.1, β = 0.5: f fell below the threshold after 191 steps.");
        assertThat(facilitator.locator("#challenge-row-1")).hasText("1. Aiko: α = 0.1, β = 0.5, 191 steps");
        facilitator.waitForFunction("() => document.querySelector('#challenge-map').colorAt(0.1, 0.5).join() === '255,255,255,255'");

        // Redis goes away: the facilitator is told in plain words, the learner keeps their lab; nobody gets an error page.
        redis.stopKeepingData();
        Replicas.setBeta(facilitator, "0.6");
        assertThat(facilitator.locator("#room-message")).containsText(UNAVAILABLE);
        assertThat(learner.locator("#field-beta input")).hasValue("0.5");
        Page latecomer = Replicas.newPage(browser);
        latecomer.navigate(url(replicaB, "join?code=" + code));
        latecomer.locator("#room-nickname input").fill("Ben");
        latecomer.locator("#room-join").click();
        assertThat(latecomer.locator("#room-problem")).containsText(UNAVAILABLE);
        for (Page page : new Page[] {facilitator, learner, latecomer}) {
            assertThat(page.locator("body")).not().containsText(Pattern.compile("Exception|\\tat |Internal error"));
        }

        // Back: both replicas listen again, and the room carries on from A to B.
        redis.restart();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(redis.subscribers("momentumlab:rooms:events")).isEqualTo(2));
        // Listening again does not mean each replica's command connection is back (Lettuce reconnects it on its own
        // backoff): the facilitator and the latecomer try again, as anyone told "a moment" would.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Replicas.setBeta(facilitator, "0.3");
            assertThat(facilitator.locator("#room-message")).hasText("", new LocatorAssertions.HasTextOptions().setTimeout(2000));
        });
        assertThat(learner.locator("#field-beta input")).hasValue("0.3");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            if (latecomer.locator("#room-join").isVisible()) {
                latecomer.locator("#room-join").click();
            }
            assertThat(latecomer.locator("#room-banner")).containsText("Room " + code,
                    new LocatorAssertions.ContainsTextOptions().setTimeout(2000));
        });
        assertThat(facilitator.locator("#room-people")).hasText("2 in the room");

        facilitator.locator("#room-close").click();
        assertThat(learner.locator("#room-banner")).hasText("The room has been closed. Thank you for taking part!");
        assertThat(latecomer.locator("#room-banner")).hasText("The room has been closed. Thank you for taking part!");
    }
}
