package com.momentumlab.hosting;

import static com.momentumlab.hosting.BadInputBatteryIT.SHOWN_EXCEPTION;
import static com.momentumlab.hosting.BadInputBatteryIT.assertCleanLog;
import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import com.momentumlab.hosting.BadInputBatteryIT.Case;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Every address of {@link BadInputBatteryIT#cases()} without a browser: sent as raw HTTP, exactly as written,
 * and then as the page's client engine sends it: Vaadin's {@code v-r=init} request that creates the tab, and
 * the navigation message that runs the view with the address's parameters. No HTTP 5xx, no exception text in
 * any answer, no ERROR line and no stack trace in the server's log.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadAddressHttpIT extends ServerTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.momentumlab.hosting.BadInputBatteryIT#cases")
    void theServerAnswersEveryBadAddressWithoutAnError(Case badCase, CapturedOutput output) throws Exception {
        int logStart = output.getAll().length();

        RawHttp.Response raw = RawHttp.get(port, badCase.target());
        assertThat(raw.status()).as("HTTP status").isLessThan(500);
        assertThat(SHOWN_EXCEPTION.matcher(raw.body()).find()).as("exception text in the answer").isFalse();

        Optional<String[]> address = pathAndQuery(badCase.target());
        if (raw.status() == 200 && address.isPresent() && isPage(address.get()[0])) {
            for (HttpResponse<String> answer : openTab(address.get()[0], address.get()[1])) {
                if (address.get()[0].equals("/")) {
                    // The lab loaded, so its tab must open too: never the first request succeeding and the next failing.
                    assertThat(answer.statusCode()).as("status of %s after the page loaded", answer.uri()).isEqualTo(200);
                }
                assertThat(answer.statusCode()).as("status of %s, body %s", answer.uri(), answer.body()).isLessThan(500);
                assertThat(SHOWN_EXCEPTION.matcher(answer.body()).find()).as("exception text in %s", answer.body())
                        .isFalse();
                assertThat(answer.body()).as("Vaadin's internal error").doesNotContain("appError");
            }
        }

        assertCleanLog(output, logStart);
    }

    /** Vaadin pages, as opposed to data, static files and the actuator. */
    private static boolean isPage(String path) {
        return !(path.startsWith("/contours/") || path.startsWith("/VAADIN/") || path.startsWith("/actuator"));
    }

    /**
     * The address as the page's script sees it: the path decoded ({@code decodeURIComponent}) and the raw query.
     * Empty when the path cannot be decoded (the script could not send it either).
     */
    private static Optional<String[]> pathAndQuery(String target) {
        int question = target.indexOf('?');
        String rawPath = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? "" : target.substring(question + 1);
        try {
            String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (path.contains("\uFFFD")) {
                return Optional.empty();
            }
            return Optional.of(new String[] {path, query});
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /**
     * What the page's client engine sends to open a tab: the init request (creates the UI), then the navigation
     * event with the address's route and query (runs the view, which reads the parameters).
     */
    private List<HttpResponse<String>> openTab(String path, String query) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String route = path.startsWith("/") ? path.substring(1) : path;
        URI initUri = URI.create("http://localhost:" + port + "/?v-r=init&location=" + encodeUriComponent(route)
                + "&query=" + encodeUriComponent(query));
        HttpResponse<String> init = client.send(HttpRequest.newBuilder(initUri).header("Accept-Language", "en-US")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (init.statusCode() != 200) {
            return List.of(init);
        }
        JsonNode config = new ObjectMapper().readTree(init.body()).path("appConfig");
        String csrf = config.path("uidl").path("Vaadin-Security-Key").asText();
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("route", route).put("query", query)
                .put("appShellTitle", "").put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        ObjectNode navigate = JsonNodeFactory.instance.objectNode().put("type", "event").put("node", 1)
                .put("event", "ui-navigate");
        navigate.set("data", data);
        ObjectNode message = JsonNodeFactory.instance.objectNode().put("csrfToken", csrf);
        message.putArray("rpc").add(navigate);
        message.put("syncId", 0).put("clientId", 0);
        URI uidlUri = URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=" + config.path("v-uiId").asInt());
        HttpResponse<String> navigation = client.send(HttpRequest.newBuilder(uidlUri)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())).build(), HttpResponse.BodyHandlers.ofString());
        // Leave as a browser does (Vaadin's unload beacon): a client holds only a few tabs without a page.
        ObjectNode unload = JsonNodeFactory.instance.objectNode().put("csrfToken", csrf).put("UNLOAD", true);
        unload.putArray("rpc");
        client.send(HttpRequest.newBuilder(uidlUri).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(unload.toString())).build(), HttpResponse.BodyHandlers.discarding());
        return List.of(init, navigation);
    }

    /** JavaScript's encodeURIComponent. */
    private static String encodeUriComponent(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%21", "!")
                .replace("%27", "'").replace("%28", "(").replace("%29", ")").replace("%7E", "~");
    }
}
