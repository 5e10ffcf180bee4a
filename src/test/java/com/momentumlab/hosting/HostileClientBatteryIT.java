package com.momentumlab.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.base.limits.OpenUis;
import com.momentumlab.base.security.SecurityHeaders;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile-client battery over HTTP (issue 19): each class of request a stranger can send, many shapes each, and
 * per case what a host relies on: the status, our translated page (or our JSON, or Vaadin's resynchronization), our
 * security headers, no new WARN or ERROR line and no stack trace in the log, and bounded server memory, measured as
 * what the server holds after the case: HTTP sessions (Tomcat's {@code tomcat.sessions.active.current}) and tabs
 * ({@link OpenUis#count()}) at most the case's own allowance more than before it (a page answer may start one session;
 * a case's own tab is closed by the case as a browser does). Counts per class are in docs/HOSTING.md ("Hostile
 * clients").
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileClientBatteryIT extends ServerTest {

    private static final JsonMapper JSON = new JsonMapper();
    private static final Pattern WARN_OR_ERROR = Pattern.compile("(?m)^\\S+\\s+(WARN|ERROR)\\s");

    @Autowired
    private OpenUis openUis;

    @Autowired
    private MeterRegistry registry;

    @Value("${momentumlab.limits.max-tabs-without-page-per-client}")
    private int maxTabsWithoutPage;

    /** What the answer must be. */
    enum Answer {
        /** Our translated HTML page: the heading of the case's {@code key} in the request's language. */
        PAGE,
        /** Our small JSON error object. */
        JSON_ERROR,
        /** Vaadin's resynchronization of the tab: its whole state and the id it expects next. */
        RESYNC,
        /** Vaadin's ordinary answer to a message: the changes, no error notice, no resynchronization. */
        UIDL,
        /** The probe's own JSON ({@code {"status":"UP"}}). */
        PROBE,
        /** The lab's page, whose tab then shows exactly one notice with the case's {@code key}. */
        LAB_WITH_ONE_NOTICE
    }

    /**
     * One hostile request.
     *
     * @param kind     the class of the issue it belongs to (the counts in HOSTING.md are per kind)
     * @param status   the expected HTTP status
     * @param key      for {@link Answer#PAGE} the page's translation key prefix (e.g. {@code error.notFound}); for
     *                 {@link Answer#LAB_WITH_ONE_NOTICE} the notice's English text
     * @param method   HTTP method; {@code target} goes on the request line exactly as written
     * @param body     for messages to a tab: the message, with {@code $TOKEN} for the tab's security key
     */
    record Case(String kind, String name, String method, String target, String body, List<String> headers,
                int status, Answer answer, String key) {
        @Override
        public String toString() {
            return kind + ": " + name;
        }

        boolean toATab() {
            return target.contains("v-r=uidl");
        }
    }

    // ------------------------------------------------------------------------------------------------- the cases

    static final String MESSAGES = "malformed message to a tab";
    static final String MESSAGE_IDS = "wrong message id";
    static final String LINKS = "huge or percent-encoded link";
    static final String LISTS = "long comma list";
    static final String METHODS = "unsupported method or Accept";
    static final String PATHS = "unknown or malformed path";
    static final String TABS = "tab without a page";

    private static final String VALID_START = "{\"csrfToken\":\"$TOKEN\",";
    private static final String IDS = "\"syncId\":0,\"clientId\":0}";

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(malformedMessages());
        cases.addAll(wrongMessageIds());
        cases.addAll(links());
        cases.addAll(commaLists());
        cases.addAll(methodsAndAccepts());
        cases.addAll(paths());
        return cases.stream();
    }

    private static Case message(String kind, String name, String body, int status, Answer answer) {
        return new Case(kind, name, "POST", "/?v-r=uidl&v-uiId=$UI", body,
                List.of("Content-Type: application/json; charset=UTF-8", "Accept: */*"), status, answer, "");
    }

    static List<Case> malformedMessages() {
        List<Case> cases = new ArrayList<>();
        for (int depth : new int[] {33, 64, 500, 5_000, 50_000}) {
            cases.add(message(MESSAGES, "arrays nested " + depth + " deep", VALID_START
                    + "\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"x\",\"data\":" + "[".repeat(depth)
                    + "]".repeat(depth) + "}]," + IDS, 400, Answer.JSON_ERROR));
            // 50,000 levels of objects are larger than any message may be (momentumlab.limits.max-request-body).
            cases.add(message(MESSAGES, "objects nested " + depth + " deep", VALID_START
                    + "\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"x\",\"data\":" + "{\"a\":".repeat(depth)
                    + "1" + "}".repeat(depth) + "}]," + IDS, depth > 40_000 ? 413 : 400, Answer.JSON_ERROR));
        }
        String[] notJson = {"", "not json", "{", "}", "[", "{\"csrfToken\":", "{'csrfToken':'x'}", "NaN", "undefined",
            "\u0000\u0001\u0002", "{\"csrfToken\":\"$TOKEN\",\"rpc\":[],\"syncId\":0,\"clientId\":0",
            "{\"csrfToken\":\"$TOKEN\"}{\"csrfToken\":\"$TOKEN\"}", "\"\\ud800\"", "for(;;);[{}]"};
        for (int i = 0; i < notJson.length; i++) {
            cases.add(message(MESSAGES, "not JSON #" + i, notJson[i], 400, Answer.JSON_ERROR));
        }
        String[] notAnObject = {"null", "true", "0", "-1e400", "\"text\"", "[]", "[{}]", "[null]"};
        for (String body : notAnObject) {
            cases.add(message(MESSAGES, "not an object: " + body, body, 400, Answer.JSON_ERROR));
        }
        String[][] missing = {
            {"no security key", "{\"rpc\":[]," + IDS},
            {"security key a number", "{\"csrfToken\":7,\"rpc\":[]," + IDS},
            {"security key null", "{\"csrfToken\":null,\"rpc\":[]," + IDS},
            {"no ids", VALID_START + "\"rpc\":[]}"},
            {"no sync id", VALID_START + "\"rpc\":[],\"clientId\":0}"},
            {"no client id", VALID_START + "\"rpc\":[],\"syncId\":0}"},
            {"sync id text", VALID_START + "\"rpc\":[],\"syncId\":\"0\",\"clientId\":0}"},
            {"client id fraction", VALID_START + "\"rpc\":[],\"syncId\":0,\"clientId\":0.5}"},
            {"client id null", VALID_START + "\"rpc\":[],\"syncId\":0,\"clientId\":null}"},
            {"client id array", VALID_START + "\"rpc\":[],\"syncId\":0,\"clientId\":[0]}"},
            {"invocations an object", VALID_START + "\"rpc\":{}," + IDS},
            {"invocations text", VALID_START + "\"rpc\":\"event\"," + IDS},
            {"invocation null", VALID_START + "\"rpc\":[null]," + IDS},
            {"invocation a number", VALID_START + "\"rpc\":[1]," + IDS},
            {"invocation an array", VALID_START + "\"rpc\":[[]]," + IDS},
            {"invocation without type", VALID_START + "\"rpc\":[{\"node\":1}]," + IDS},
            {"type null", VALID_START + "\"rpc\":[{\"type\":null}]," + IDS},
            {"type a number", VALID_START + "\"rpc\":[{\"type\":3}]," + IDS},
        };
        for (String[] c : missing) {
            cases.add(message(MESSAGES, c[0], c[1], 400, Answer.JSON_ERROR));
        }
        for (String type : new String[] {"shutdown", "eval", "", "EVENT", "event ", "__proto__", "constructor",
            "pollEvent", "attachExistingElementX", "navigation\u0000"}) {
            cases.add(message(MESSAGES, "unknown RPC type '" + type.replace("\u0000", "\\0") + "'", VALID_START
                    + "\"rpc\":[{\"type\":\"" + type.replace("\u0000", "\\u0000") + "\",\"node\":1}]," + IDS,
                    400, Answer.JSON_ERROR));
        }
        String[][] stateful = {
            {"event for a node that does not exist", "{\"type\":\"event\",\"node\":99999,\"event\":\"click\",\"data\":{}}", "200"},
            {"event without a node", "{\"type\":\"event\",\"event\":\"click\",\"data\":{}}", "400"},
            {"poll event, which the lab never enables", "{\"type\":\"event\",\"node\":1,\"event\":\"ui-poll\",\"data\":{}}", "200"},
            {"event without its name", "{\"type\":\"event\",\"node\":1,\"data\":{}}", "400"},
            {"property sync without a property", "{\"type\":\"mSync\",\"node\":1,\"feature\":1,\"value\":1}", "400"},
            {"property sync of a feature that does not exist", "{\"type\":\"mSync\",\"node\":1,\"feature\":999,\"property\":\"x\",\"value\":1}", "200"},
            {"method call without arguments", "{\"type\":\"publishedEventHandler\",\"node\":1,\"templateEventMethodName\":\"x\"}", "400"},
            {"channel without arguments", "{\"type\":\"channel\",\"node\":1,\"channel\":0}", "400"},
            {"navigation without a location", "{\"type\":\"navigation\",\"link\":1}", "400"},
            {"property sync the element does not allow", "{\"type\":\"mSync\",\"node\":1,\"feature\":1,\"property\":\"innerHTML\",\"value\":\"<b>x</b>\"}", "200"},
            {"call of a method no component offers", "{\"type\":\"publishedEventHandler\",\"node\":1,\"templateEventMethodName\":\"nope\",\"templateEventMethodArgs\":[],\"promise\":0}", "200"},
            {"channel that does not exist", "{\"type\":\"channel\",\"node\":1,\"channel\":999,\"args\":[]}", "200"},
            {"attach of an element that does not exist", "{\"type\":\"attachExistingElement\",\"node\":1,\"attachReqId\":5,\"attachAssignedId\":9999,\"attachTagName\":\"div\",\"attachIndex\":0}", "200"},
            {"navigation to nowhere", "{\"type\":\"navigation\",\"location\":\"../../etc\",\"link\":1}", "200"},
        };
        for (String[] c : stateful) {
            cases.add(message(MESSAGES, c[0], VALID_START + "\"rpc\":[" + c[1] + "]," + IDS, Integer.parseInt(c[2]),
                    c[2].equals("200") ? Answer.UIDL : Answer.JSON_ERROR));
        }
        cases.add(message(MESSAGE_IDS, "the client asks for a resynchronization", VALID_START
                + "\"rpc\":[],\"syncId\":0,\"clientId\":0,\"resynchronize\":true}", 200, Answer.RESYNC));
        for (String token : new String[] {"wrong", "", "00000000-0000-0000-0000-000000000000"}) {
            cases.add(message(MESSAGES, "security key '" + token + "'", "{\"csrfToken\":\"" + token + "\",\"rpc\":[],"
                    + IDS, 403, Answer.JSON_ERROR));
        }
        return cases;
    }

    static List<Case> wrongMessageIds() {
        List<Case> cases = new ArrayList<>();
        for (int id : new int[] {1, 2, 5, 1000, -2, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            cases.add(message(MESSAGE_IDS, "client id " + id, VALID_START + "\"rpc\":[],\"syncId\":0,\"clientId\":" + id
                    + "}", 200, Answer.RESYNC));
        }
        // The tab's first message is accepted (id 0); these are then sent as its second message.
        String navigate = "\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"\","
                + "\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]";
        cases.add(message(MESSAGE_IDS, "second message resends id 0 with other content", "$FIRST" + VALID_START
                + navigate + ",\"syncId\":0,\"clientId\":0}", 200, Answer.RESYNC));
        cases.add(message(MESSAGE_IDS, "second message skips to id 2", "$FIRST" + VALID_START + navigate
                + ",\"syncId\":0,\"clientId\":2}", 200, Answer.RESYNC));
        cases.add(message(MESSAGE_IDS, "second message goes back to id -5", "$FIRST" + VALID_START + navigate
                + ",\"syncId\":0,\"clientId\":-5}", 200, Answer.RESYNC));
        return cases;
    }

    private static Case get(String kind, String name, String target, String language, int status, Answer answer,
                            String key, String... moreHeaders) {
        List<String> headers = new ArrayList<>(List.of("Accept-Language: " + language));
        headers.addAll(List.of(moreHeaders));
        return new Case(kind, name, "GET", target, "", headers, status, answer, key);
    }

    static List<Case> links() {
        List<Case> cases = new ArrayList<>();
        String[][] encodings = {{"%E6%97%A5", "a kanji"}, {"%41", "a letter"}, {"%25", "a percent sign"},
            {"%2C", "a comma"}, {"%00", "a NUL"}, {"%FF", "an invalid byte"}, {"%e6%97%a5", "a lower-case kanji"},
            {"%26lr%3D", "an encoded &lr="}};
        for (String[] encoding : encodings) {
            for (String parameter : new String[] {"x", "lr", "opt", "lang"}) {
                String value = encoding[0].repeat(4_200 / encoding[0].length() + 1);
                String language = parameter.equals("lr") || parameter.equals("opt") ? "ja" : "en";
                // Bytes that are no UTF-8 make the query unreadable to Tomcat, whatever its length: 400.
                boolean unreadable = encoding[0].equals("%FF");
                cases.add(get(LINKS, parameter + " = " + encoding[1] + " x " + (value.length() / encoding[0].length()),
                        "/?" + parameter + "=" + value, language, unreadable ? 400 : 414, Answer.PAGE,
                        unreadable ? "error.badRequest" : "error.linkTooLong"));
            }
        }
        cases.add(get(LINKS, "a thousand parameters", "/?" + "lr=0.1&".repeat(1_000), "en", 414, Answer.PAGE,
                "error.linkTooLong"));
        // Beyond the header limit Tomcat reads no header at all, so not the language either: English.
        cases.add(get(LINKS, "64 KB of query", "/?x=" + "9".repeat(64_000), "en", 400, Answer.PAGE, "error.badRequest"));
        cases.add(get(LINKS, "a huge header", "/", "en", 400, Answer.PAGE, "error.badRequest",
                "X-Huge: " + "h".repeat(40_000)));
        return cases;
    }

    static List<Case> commaLists() {
        List<Case> cases = new ArrayList<>();
        String several = "The link asks to compare with optimizers that do not exist";
        String one = "The link asks to compare with an unknown optimizer";
        for (int n : new int[] {2, 10, 100, 500, 1_000}) {
            cases.add(get(LISTS, n + " unknown names", "/?opt=" + "a,".repeat(n - 1) + "b", "en", 200,
                    Answer.LAB_WITH_ONE_NOTICE, several));
            if (2 * n + 4 < 4096) {
                cases.add(get(LISTS, n + " copies of one unknown name", "/?opt=" + "zz,".repeat(n - 1) + "zz", "en",
                        200, Answer.LAB_WITH_ONE_NOTICE, one));
            }
            cases.add(get(LISTS, n + " valid names and one unknown", "/?opt=" + "adam,".repeat(Math.min(n, 700))
                    + "zz", "en", 200, Answer.LAB_WITH_ONE_NOTICE, one));
        }
        cases.add(get(LISTS, "1,300 empty items", "/?opt=" + ",".repeat(1_300) + "zz", "en", 200,
                Answer.LAB_WITH_ONE_NOTICE, one));
        cases.add(get(LISTS, "500 encoded commas", "/?opt=" + "q%2C".repeat(500) + "zz", "en", 200,
                Answer.LAB_WITH_ONE_NOTICE, several));
        cases.add(get(LISTS, "a list beyond the link limit", "/?opt=" + "a,".repeat(3_000), "ja", 414, Answer.PAGE,
                "error.linkTooLong"));
        return cases;
    }

    static List<Case> methodsAndAccepts() {
        List<Case> cases = new ArrayList<>();
        for (String path : new String[] {"/livez", "/readyz", "/contours/valley"}) {
            for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
                cases.add(new Case(METHODS, method + " " + path, method, path, "{}",
                        List.of("Accept: application/json", "Content-Type: application/json"), 405, Answer.JSON_ERROR, ""));
            }
        }
        for (String path : new String[] {"/livez", "/readyz"}) {
            for (String accept : new String[] {"text/html", "application/xml", "image/png", "*/*", "nonsense",
                "application/json;q=0"}) {
                cases.add(new Case(METHODS, "Accept " + accept + " on " + path, "GET", path, "", List.of("Accept: " + accept),
                        200, Answer.PROBE, ""));
            }
        }
        for (String accept : new String[] {"text/html", "application/xml", "image/png", "nonsense"}) {
            cases.add(new Case(METHODS, "Accept " + accept + " on the contours", "GET", "/contours/valley", "",
                    List.of("Accept: " + accept), 406, Answer.JSON_ERROR, ""));
        }
        for (String path : new String[] {"/", "/nope"}) {
            for (String method : new String[] {"PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "BREW"}) {
                cases.add(new Case(METHODS, method + " " + path, method, path, "x",
                        List.of("Accept: text/html", "Accept-Language: ja"), 405, Answer.PAGE, "error.badRequest"));
            }
        }
        return cases;
    }

    static List<Case> paths() {
        List<Case> cases = new ArrayList<>();
        String[] malformed = {"/%", "/%zz", "/%%", "/a%", "/%u0041", "/%C0%AF", "/%ff%fe/x", "/a/%/b", "/%00",
            "/%2e%2e/", "/..%2f..%2fetc/passwd", "/playground/../../x"};
        for (int i = 0; i < malformed.length; i++) {
            cases.add(get(PATHS, "malformed " + malformed[i], malformed[i], i % 2 == 0 ? "en" : "ja", 400, Answer.PAGE,
                    "error.badRequest"));
        }
        String[] unknown = {"/wp-admin", "/.env", "/.git/config", "/index.php", "/admin/login", "/%0a", "/%20",
            "/server-status", "/a;b=c", "/lesson/nope", "/%09lesson", "/~root", "/cgi-bin/test.cgi",
            "/" + "x/".repeat(200), "/%E6%97%A5%E6%9C%AC", "/nope.html?lang=en"};
        for (int i = 0; i < unknown.length; i++) {
            cases.add(get(PATHS, "unknown " + (unknown[i].length() > 40 ? "deep path" : unknown[i]), unknown[i],
                    i % 2 == 0 ? "ja" : "en", 404, Answer.PAGE, "error.notFound", "Accept: text/html"));
        }
        for (String path : new String[] {"/actuator/env", "/actuator/heapdump", "/actuator/metrics", "/contours/nope"}) {
            cases.add(get(PATHS, "data path " + path, path, "en", 404, Answer.JSON_ERROR, "", "Accept: */*"));
        }
        return cases;
    }

    // ---------------------------------------------------------------------------------------------------- the test

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aHostileRequestGetsOurAnswerAndCostsNothing(Case hostile, CapturedOutput output) throws Exception {
        navigationAnswerOfACleanLink(); // also the server's first session, whose random generator may warn that it was slow
        Tab tab = hostile.toATab() ? openTab() : null;
        int logStart = output.getAll().length();
        double sessionsBefore = sessions();
        int tabsBefore = openUis.count();

        String body = hostile.body();
        if (tab != null && body.startsWith("$FIRST")) {
            assertThat(send(tab, VALID_START + "\"rpc\":[]," + IDS).status()).as("the tab's first message").isEqualTo(200);
            body = body.substring("$FIRST".length());
        }
        String target = tab == null ? hostile.target() : hostile.target().replace("$UI", Integer.toString(tab.uiId));
        List<String> headers = new ArrayList<>(hostile.headers());
        if (tab != null) {
            headers.add("Cookie: " + tab.cookie);
            body = body.replace("$TOKEN", tab.token);
        }
        RawHttp.Response response = RawHttp.send(port, hostile.method(), target, body.getBytes(StandardCharsets.UTF_8),
                headers.toArray(String[]::new));

        assertThat(response.status()).as("status; body %s", abbreviated(response.body())).isEqualTo(hostile.status());
        assertOurHeaders(response);
        String language = hostile.headers().contains("Accept-Language: ja") ? "ja" : "en";
        switch (hostile.answer()) {
            case PAGE -> assertOurPage(response, hostile.key(), language);
            case JSON_ERROR -> assertThat(response.body()).isEqualTo("{\"status\":" + hostile.status() + ",\"error\":\""
                    + org.springframework.http.HttpStatus.valueOf(hostile.status()).getReasonPhrase() + "\"}");
            case RESYNC -> {
                JsonNode answer = JSON.readTree(response.body().replaceFirst("^for\\(;;\\);", ""));
                JsonNode uidl = answer.isArray() ? answer.get(0) : answer;
                assertThat(uidl.path("resynchronize").asBoolean()).as("a resynchronization: %s", abbreviated(response.body()))
                        .isTrue();
                assertThat(uidl.path("meta").has("appError")).as("no error notice").isFalse();
            }
            case UIDL -> {
                JsonNode answer = JSON.readTree(response.body().replaceFirst("^for\\(;;\\);", ""));
                JsonNode uidl = answer.isArray() ? answer.get(0) : answer;
                assertThat(uidl.has("resynchronize")).as("no resynchronization").isFalse();
                assertThat(uidl.path("meta").has("appError")).as("no error notice: %s", abbreviated(response.body()))
                        .isFalse();
            }
            case PROBE -> assertThat(response.body()).contains("\"status\":\"UP\"");
            case LAB_WITH_ONE_NOTICE -> assertTheLabShowsOneNotice(response, hostile);
        }
        if (tab != null) {
            closeTab(tab);
        }

        assertCleanLog(output, logStart);
        int sessionAllowance = hostile.status() == 200 && hostile.answer() == Answer.LAB_WITH_ONE_NOTICE ? 1 : 0;
        assertThat(sessions()).as("HTTP sessions held after the case").isLessThanOrEqualTo(sessionsBefore + sessionAllowance);
        assertThat(openUis.count()).as("tabs held after the case").isLessThanOrEqualTo(tabsBefore);
    }

    /** Requests for tabs with no page behind them: a client gets a few, then the busy page; they cost no more. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("tabRequests")
    void aClientWithoutPagesHoldsOnlyAFewTabs(Case request, CapturedOutput output) throws Exception {
        navigationAnswerOfACleanLink();
        int logStart = output.getAll().length();
        int held = openUis.withoutPage("127.0.0.1");
        int tabsBefore = openUis.count();
        double sessionsBefore = sessions();
        List<Tab> granted = new ArrayList<>();
        for (int i = 0; i < maxTabsWithoutPage + 3; i++) {
            RawHttp.Response response = RawHttp.send(port, request.method(), request.target(), new byte[0],
                    request.headers().toArray(String[]::new));
            assertOurHeaders(response);
            if (held + granted.size() < maxTabsWithoutPage) {
                assertThat(response.status()).as("tab %d of this client", held + granted.size() + 1).isEqualTo(200);
                granted.add(Tab.of(response));
            } else {
                assertThat(response.status()).as("a tab beyond the client's %d", maxTabsWithoutPage).isEqualTo(503);
                assertThat(response.header("Retry-After")).contains("20");
                assertOurPage(response, "busy", request.headers().contains("Accept-Language: ja") ? "ja" : "en");
            }
        }
        assertThat(openUis.count()).as("tabs held").isLessThanOrEqualTo(tabsBefore + maxTabsWithoutPage);
        assertThat(sessions()).as("sessions held").isLessThanOrEqualTo(sessionsBefore + maxTabsWithoutPage);
        for (Tab tab : granted) {
            closeTab(tab);
        }
        assertThat(openUis.count()).as("tabs held once closed").isLessThanOrEqualTo(tabsBefore);
        assertCleanLog(output, logStart);
    }

    static Stream<Case> tabRequests() {
        List<Case> cases = new ArrayList<>();
        String[] targets = {"/?v-r=init&location=&query=", "/?v-r=init&location=lesson&query=",
            "/?v-r=init&location=&query=lr%3D0.1", "/?v-r=init&location=nope&query=",
            "/?v-r=init&location=&query=" + "%25".repeat(300), "/?v-r=init&location=%25zz&query=%25",
            "/?v-r=init&location=&query=&v-wn=x", "/?query=&location=&v-r=init", "/?v-r=init&location=lesson&query=lang%3Dja",
            "/?v-r=init&location=a%2Fb&query="};
        for (int i = 0; i < targets.length; i++) {
            cases.add(new Case(TABS, targets[i].length() > 60 ? "init with a long query" : targets[i], "GET", targets[i],
                    "", List.of("Accept: */*", "Accept-Language: " + (i % 2 == 0 ? "en" : "ja")), 200, Answer.PAGE, "busy"));
        }
        return cases.stream();
    }

    // ------------------------------------------------------------------------------------------------- assertions

    static void assertOurHeaders(RawHttp.Response response) {
        assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.header("X-Frame-Options")).contains("DENY");
        assertThat(response.header("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(response.header("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(List.of(SecurityHeaders.PAGE_POLICY, SecurityHeaders.DATA_POLICY)).contains(policy));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("Tomcat").doesNotContain("Whitelabel")
                .doesNotContainPattern("\\bat [\\w$]+\\.[\\w$.]+\\(");
    }

    /** Our static page in {@code language}, with the heading of {@code key}. */
    static void assertOurPage(RawHttp.Response response, String key, String language) throws IOException {
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        String title = BadInputBatteryIT.Translations.of(language).patterns().get(key + ".title").pattern()
                .replace("\\Q", "").replace("\\E", "");
        assertThat(response.body()).contains("<html lang=\"" + language + "\">")
                .contains("<h1 id=\"error-title\">" + org.springframework.web.util.HtmlUtils.htmlEscape(title, "UTF-8")
                        + "</h1>");
    }

    /** Opens the page's tab as its client engine does and checks the navigation's answer: one notice, bounded size. */
    private void assertTheLabShowsOneNotice(RawHttp.Response page, Case hostile) throws Exception {
        assertThat(page.body()).contains("<html");
        String query = hostile.target().substring(hostile.target().indexOf('?') + 1);
        Tab tab = openTab("&location=&query=" + encodeUriComponent(query), page.header("Set-Cookie").orElseThrow());
        String answer = send(tab, navigation(tab, query)).body();
        closeTab(tab);
        assertThat(answer.split(Pattern.quote(hostile.key()), -1).length - 1).as("notices of this kind").isEqualTo(1);
        String clean = navigationAnswerOfACleanLink();
        // One notice (about 9 KB of components), at most one row per valid optimizer named (Adam's, with its form
        // select, about 12 KB) and the link's own text a few times, however long the list.
        assertThat(answer.length()).as("the tab's first answer, against a clean link's %d", clean.length())
                .isLessThan(clean.length() + 24_000 + 4 * query.length());
    }

    private static String cleanAnswer;

    private String navigationAnswerOfACleanLink() throws Exception {
        if (cleanAnswer == null) {
            Tab tab = openTab("&location=&query=");
            cleanAnswer = send(tab, navigation(tab, "")).body();
            closeTab(tab);
        }
        return cleanAnswer;
    }

    /** Stricter than {@link BadInputBatteryIT#assertCleanLog}: a stranger's request may not cost a WARN line either. */
    static void assertCleanLog(CapturedOutput output, int from) throws InterruptedException {
        BadInputBatteryIT.assertNoLogLines(output, from, WARN_OR_ERROR, "WARN or ERROR");
    }

    private double sessions() {
        return registry.get("tomcat.sessions.active.current").gauge().value();
    }

    // ------------------------------------------------------------------------------------------------- a tab by HTTP

    /** A tab as Vaadin's client engine opens it: the session's cookie, the tab's id and security key. */
    record Tab(String cookie, int uiId, String token) {
        static Tab of(RawHttp.Response init) throws IOException {
            JsonNode config = JSON.readTree(init.body()).path("appConfig");
            String cookie = init.header("Set-Cookie").map(c -> c.split(";")[0]).orElse("");
            return new Tab(cookie, config.path("v-uiId").asInt(),
                    config.path("uidl").path("Vaadin-Security-Key").asString());
        }
    }

    private Tab openTab() throws IOException {
        return openTab("&location=&query=");
    }

    private Tab openTab(String locationAndQuery) throws IOException {
        RawHttp.Response init = RawHttp.get(port, "/?v-r=init" + locationAndQuery, "Accept: */*");
        assertThat(init.status()).as("the tab opens: %s", abbreviated(init.body())).isEqualTo(200);
        return Tab.of(init);
    }

    /** The tab of a page just loaded, in the page's session (the page's {@code Set-Cookie}). */
    private Tab openTab(String locationAndQuery, String setCookie) throws IOException {
        String cookie = setCookie.split(";")[0];
        RawHttp.Response init = RawHttp.get(port, "/?v-r=init" + locationAndQuery, "Accept: */*", "Cookie: " + cookie);
        assertThat(init.status()).as("the tab opens: %s", abbreviated(init.body())).isEqualTo(200);
        Tab tab = Tab.of(init);
        return new Tab(cookie, tab.uiId(), tab.token());
    }

    private RawHttp.Response send(Tab tab, String message) throws IOException {
        return RawHttp.send(port, "POST", "/?v-r=uidl&v-uiId=" + tab.uiId, message.replace("$TOKEN", tab.token)
                .getBytes(StandardCharsets.UTF_8), "Cookie: " + tab.cookie, "Content-Type: application/json; charset=UTF-8",
                "Accept: */*");
    }

    /** Closes the tab as a browser does when it leaves the page: Vaadin's unload beacon. */
    private void closeTab(Tab tab) throws IOException {
        send(tab, "{\"csrfToken\":\"$TOKEN\",\"rpc\":[],\"UNLOAD\":true}");
    }

    private static String navigation(Tab tab, String query) {
        return VALID_START + "\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"\","
                + "\"query\":" + JSON.writeValueAsString(query) + ",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                + "\"trigger\":\"\"}}]," + IDS;
    }

    /** JavaScript's encodeURIComponent. */
    private static String encodeUriComponent(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%21", "!")
                .replace("%27", "'").replace("%28", "(").replace("%29", ")").replace("%7E", "~");
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
