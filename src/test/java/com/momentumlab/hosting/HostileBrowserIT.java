package com.momentumlab.hosting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.momentumlab.hosting.HostileClientBatteryIT.assertCleanLog;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.momentumlab.base.limits.OpenUis;
import com.momentumlab.base.security.SecurityHeaders;
import com.momentumlab.testsupport.BrowserTest;
import com.momentumlab.testsupport.ChartProbe;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile-client battery in a real browser (issue 19): what a learner sees when they open such an address, the
 * headers the browser receives, a clean log, and no tab left behind: an error page creates no tab and no session; a
 * lab page's tab is gone once the browser leaves it. Counts are in docs/HOSTING.md ("Hostile clients").
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileBrowserIT extends BrowserTest {

    @Autowired
    private OpenUis openUis;

    /** An address, the status, and the heading's translation key ({@code null}: the lab, with one notice). */
    record Address(String name, String target, int status, String headingKey, String language) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Address> addresses() {
        String longLink = "?x=" + "%E6%97%A5".repeat(1_500);
        return Stream.of(
                new Address("huge percent-encoded link", longLink, 414, "error.linkTooLong.title", "en"),
                new Address("huge link asking for Japanese", "?lang=ja&lr=" + "%41".repeat(1_500), 414,
                        "error.linkTooLong.title", "ja"),
                new Address("a lone % as the path", "%", 400, "error.badRequest.title", "en"),
                new Address("an invalid escape in the path", "a%zz", 400, "error.badRequest.title", "en"),
                new Address("a newline as the path", "%0a", 404, "error.notFound.title", "en"),
                new Address("a scanner's path", "wp-admin/install.php", 404, "error.notFound.title", "en"),
                new Address("1,000 unknown optimizers", "?opt=" + "a,".repeat(999) + "b", 200, null, "en"),
                new Address("one unknown optimizer 500 times", "?opt=" + "zz,".repeat(499) + "zz", 200, null, "en"),
                new Address("valid optimizers 600 times and one unknown", "?opt=" + "adam,".repeat(600) + "zz", 200,
                        null, "en"),
                new Address("1,300 empty items", "?opt=" + ",".repeat(1_300) + "zz", 200, null, "en"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addresses")
    void theBrowserShowsOurAnswer(Address address, CapturedOutput output) throws Exception {
        int logStart = output.getAll().length();
        int tabsBefore = openUis.count();
        Response response = page.navigate(url(address.target()));

        assertThat(response.status()).isEqualTo(address.status());
        Map<String, String> headers = response.allHeaders();
        assertThat(headers).containsEntry("x-content-type-options", "nosniff").containsEntry("x-frame-options", "DENY")
                .containsEntry("content-security-policy", SecurityHeaders.PAGE_POLICY);
        BadInputBatteryIT.Translations translations = BadInputBatteryIT.Translations.of(address.language());
        if (address.headingKey() != null) {
            assertThat(page.locator("html")).hasAttribute("lang", address.language());
            assertThat(translations.keyOf(page.locator("h1").innerText().strip())).contains(address.headingKey());
            assertThat(headers).doesNotContainKey("set-cookie");
            assertThat(openUis.count()).as("tabs").isEqualTo(tabsBefore);
        } else {
            // The opening run plays by itself: leave once it is drawn (leaving mid-run is LeaveMidRunIT's case).
            page.waitForFunction(ChartProbe.seriesDrawn("apex-chart"));
            assertThat(page.locator("#status")).not().containsText(java.util.regex.Pattern.compile("Drawing"));
            List<String> notices = page.locator("#notice .ml-notice-item").allInnerTexts();
            assertThat(notices).as("notices").hasSize(1);
            String notice = notices.get(0).strip();
            assertThat(Stream.of("notice.optimizer", "notice.optimizers")
                    .anyMatch(key -> translations.patterns().get(key).matcher(notice).matches()))
                    .as("'%s' is the notice of unknown optimizers", notice).isTrue();
            page.navigate("about:blank"); // leaving the page closes its tab (Vaadin's unload beacon)
            long deadline = System.currentTimeMillis() + 10_000;
            while (openUis.count() > tabsBefore && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(openUis.count()).as("tabs once the browser left the page").isLessThanOrEqualTo(tabsBefore);
        }
        assertCleanLog(output, logStart);
    }

    /**
     * A message sent out of sequence (here: the page's message about its first edit, its id moved ahead by 5, as a
     * client that lost count would send it) gets Vaadin's resynchronization: the page keeps working, with no error
     * notice and no log line.
     */
    @Test
    void aMessageOutOfSequenceResynchronizesThePage(CapturedOutput output) throws Exception {
        open(page, "");
        int logStart = output.getAll().length();
        JsonMapper json = new JsonMapper();
        AtomicBoolean shifted = new AtomicBoolean();
        page.route(url -> url.contains("v-r=uidl"), route -> {
            String body = route.request().postData();
            if (body != null && !shifted.get() && body.contains("clientId")) {
                ObjectNode message = (ObjectNode) json.readTree(body);
                message.put("clientId", message.path("clientId").asInt() + 5);
                shifted.set(true);
                route.resume(new Route.ResumeOptions().setPostData(message.toString()));
            } else {
                route.resume();
            }
        });
        page.locator("#field-steps input").fill("40");
        page.locator("#field-steps input").press("Enter");
        page.waitForCondition(shifted::get);
        page.unrouteAll();

        // The edit in the lost message may be dropped; a later one reaches the server and the page follows it. The
        // resynchronization redraws the page, and an edit typed while it does may land on the outgoing field: the
        // learner types again, as here (at most three times).
        for (int attempt = 1; ; attempt++) {
            page.locator("#field-steps input").fill("50");
            page.locator("#field-steps input").press("Enter");
            try {
                assertThat(page.locator("#status")).hasText("Done: 50 steps.",
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(10_000));
                break;
            } catch (AssertionError notYet) {
                if (attempt == 3) {
                    throw notYet;
                }
            }
        }
        assertThat(page.locator("vaadin-connection-indicator[reconnecting], .v-system-error")).hasCount(0);
        assertCleanLog(output, logStart);
    }
}
