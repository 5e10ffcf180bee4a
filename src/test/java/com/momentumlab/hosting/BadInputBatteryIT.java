package com.momentumlab.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.Response;
import com.momentumlab.testsupport.BrowserTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile and clumsy addresses: the table of cases ({@link #cases()}: one row per address, with an optional
 * expectation), which {@link BadAddressHttpIT} sends to the server without a browser, and a representative subset
 * ({@link #browserCases()}: every kind of value and a few odd paths) opened here in a real browser: the page (or our
 * translated error page) renders without exception text, a notice, if shown, is a translation in the page's
 * language, and the server logs no ERROR and no stack trace.
 *
 * <p>When the permalink parameters are parsed, give their rows an expectation (for example
 * {@code notice("notice.badLr")}) next to {@link #LANG_EXPECTATION}.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadInputBatteryIT extends BrowserTest {

    static {
        // This machine is shared and often slow: wait longer than Playwright's 5 s before calling a test failed.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }


    /** The permalink's parameters (see README.md). */
    static final List<String> PARAMETERS = List.of("lang", "f", "x", "y", "steps", "lr", "beta", "opt", "speed");
    static final List<String> OPTIMIZER_PARAMETERS = List.of("sgd.lr", "nesterov.lr", "nesterov.beta", "adagrad.lr",
            "rmsprop.lr", "rmsprop.rho", "adam.lr", "adam.b1", "adam.b2");

    /** Raw query values, exactly as they appear in the address. */
    static final Map<String, String> VALUES = orderedMap(
            "NaN", "NaN",
            "Infinity", "Infinity",
            "-Infinity", "-Infinity",
            "1e309", "1e309",
            "-0", "-0",
            "0", "0",
            "huge", "9".repeat(400),
            "negative", "-12345",
            "empty", "",
            "text", "abc",
            "10,000 characters", "x".repeat(10_000),
            "lone %", "%",
            "%zz", "%zz",
            "+", "+",
            "html", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "unicode", "%E6%97%A5%E6%9C%AC");

    /** A case: a name for the report, the request target, and what else must hold on the page. */
    record Case(String name, String target, Expectation expectation) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A per-case check on the rendered page, given the page and the bundle patterns of its language. */
    interface Expectation {
        void check(Page page, Translations translations);
    }

    static final Expectation NOTHING_MORE = (page, translations) -> { };

    /** Today's rule for {@code lang}: anything but ja and en keeps the browser's language and says so. */
    static final Expectation LANG_EXPECTATION = notice("notice.badLanguage");

    static Expectation notice(String key) {
        return (page, translations) -> {
            assertThat(page.locator("#notice").isVisible()).as("a notice is shown").isTrue();
            assertThat(page.locator("#notice .ml-notice-item").allInnerTexts())
                    .anySatisfy(notice -> assertThat(translations.keyOf(notice.strip())).contains(key));
        };
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String parameter : PARAMETERS) {
            VALUES.forEach((valueName, value) -> cases.add(new Case(parameter + " = " + valueName,
                    "/?" + parameter + "=" + value,
                    parameter.equals("lang") ? LANG_EXPECTATION : NOTHING_MORE)));
        }
        for (String parameter : OPTIMIZER_PARAMETERS) {
            for (String valueName : List.of("NaN", "-Infinity", "negative", "text", "%zz")) {
                cases.add(new Case("opt=" + parameter.split("\\.")[0] + " & " + parameter + " = " + valueName,
                        "/?opt=" + parameter.split("\\.")[0] + "&" + parameter + "=" + VALUES.get(valueName),
                        NOTHING_MORE));
            }
        }
        cases.add(new Case("repeated keys", "/?lr=0.1&lr=0.2&lr=abc&beta=0.9&beta=", NOTHING_MORE));
        cases.add(new Case("repeated lang", "/?lang=ja&lang=en", NOTHING_MORE));
        cases.add(new Case("unknown names", "/?foo=bar&__proto__=1&constructor=x&lr[]=1", NOTHING_MORE));
        cases.add(new Case("key without value", "/?lr&beta&lang", LANG_EXPECTATION));
        cases.add(new Case("lots of parameters", "/?" + "p=1&".repeat(1_000), NOTHING_MORE));
        cases.add(new Case("everything wrong at once", "/?f=nope&x=NaN&y=1e309&steps=-1&lr=%zz&beta=+&opt=adam,zzz"
                + "&speed=99&lang=xx", LANG_EXPECTATION));
        cases.add(new Case("unknown path", "/nope", NOTHING_MORE));
        cases.add(new Case("deep unknown path", "/a/b/c/d/e", NOTHING_MORE));
        cases.add(new Case("encoded dot segments", "/%2e%2e/%2e%2e/etc/passwd", NOTHING_MORE));
        cases.add(new Case("path parameter", "/;jsessionid=0123456789ABCDEF", NOTHING_MORE));
        cases.add(new Case("encoded slash", "/a%2Fb", NOTHING_MORE));
        cases.add(new Case("invalid UTF-8 in path", "/%ff%fe", NOTHING_MORE));
        cases.add(new Case("double slash", "//", NOTHING_MORE));
        cases.add(new Case("long unknown path", "/" + "a".repeat(5_000), NOTHING_MORE));
        cases.add(new Case("very long URL", "/?x=" + "9".repeat(40_000), NOTHING_MORE));
        cases.add(new Case("long percent-encoded link", "/?x=" + "%E6%97%A5".repeat(1_500), NOTHING_MORE));
        cases.add(new Case("link just within the limit", "/?x=" + "%41".repeat(1_300), NOTHING_MORE));
        cases.add(new Case("contours of nothing", "/contours/", NOTHING_MORE));
        cases.add(new Case("contours traversal", "/contours/..%2F..%2Fapplication.properties", NOTHING_MORE));
        cases.add(new Case("Vaadin internals", "/VAADIN/../application.properties", NOTHING_MORE));
        return cases.stream();
    }

    private static final Pattern LOG_ERROR = Pattern.compile("(?m)^\\S+\\s+ERROR\\s");
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(");
    static final Pattern SHOWN_EXCEPTION = Pattern.compile("Exception|\\bat [\\w$]+\\.[\\w$.]+\\(");

    /** One page for the whole battery (each navigation opens a new tab state anyway): much faster. */
    private static Page battery;

    @LocalServerPort
    private int port;

    @AfterAll
    static void closeBatteryPage() {
        if (battery != null) {
            battery.context().close();
            battery = null;
        }
    }

    /** Odd addresses also opened in the browser (the others are covered by their kind of value). */
    private static final List<String> BROWSER_EXTRAS = List.of("everything wrong at once", "repeated keys",
            "unknown path", "invalid UTF-8 in path", "very long URL", "long percent-encoded link");

    /** Each kind of value once (on a parameter that changes with the kind), plus a few odd addresses. */
    static Stream<Case> browserCases() {
        List<Case> all = cases().toList();
        List<Case> subset = new ArrayList<>();
        int i = 0;
        for (String valueName : VALUES.keySet()) {
            String parameter = PARAMETERS.get(i++ % PARAMETERS.size());
            all.stream().filter(c -> c.name().equals(parameter + " = " + valueName)).forEach(subset::add);
        }
        all.stream().filter(c -> BROWSER_EXTRAS.contains(c.name())).forEach(subset::add);
        return subset.stream().distinct();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("browserCases")
    void theBrowserShowsAPageForEveryBadAddress(Case badCase, CapturedOutput output) throws Exception {
        int logStart = output.getAll().length();
        Page page = page();
        Response response = page.navigate("http://localhost:" + port + badCase.target());
        assertThat(response.status()).as("browser status").isLessThan(500);
        boolean vaadinPage = response.status() == 200;
        if (vaadinPage) {
            page.waitForFunction("() => document.querySelector('h1') !== null", null,
                    new Page.WaitForFunctionOptions().setTimeout(30_000));
        }
        String text = page.locator("body").innerText();
        assertThat(SHOWN_EXCEPTION.matcher(text).find()).as("exception text on the page: %s", text).isFalse();
        assertThat(page.locator("h1").count()).as("a heading").isPositive();
        if (vaadinPage && page.locator("#notice").isVisible()) {
            String language = page.locator("html").getAttribute("lang");
            for (String notice : page.locator("#notice .ml-notice-item").allInnerTexts()) {
                assertThat(Translations.of(language).keyOf(notice.strip()))
                        .as("notice '%s' is a %s translation", notice, language).isPresent();
            }
        }
        if (vaadinPage && page.locator("#run").count() > 0) {
            badCase.expectation().check(page, Translations.of(page.locator("html").getAttribute("lang")));
        }
        assertCleanLog(output, logStart);
    }

    static void assertCleanLog(CapturedOutput output, int from) throws InterruptedException {
        assertNoLogLines(output, from, LOG_ERROR, "ERROR");
    }

    /** Neither a line of {@code levels} nor a stack trace in the log since {@code from}. */
    static void assertNoLogLines(CapturedOutput output, int from, Pattern levels, String what)
            throws InterruptedException {
        Thread.sleep(50); // let the server finish logging the last request
        String log = output.getAll().substring(from);
        assertThat(levels.matcher(log).find()).as("%s in the log:%n%s", what, log).isFalse();
        assertThat(STACK_FRAME.matcher(log).find()).as("stack trace in the log:%n%s", log).isFalse();
    }

    private Page page() {
        if (battery == null) {
            battery = newContext("en-US").newPage();
        }
        return battery;
    }

    /** A translation bundle as patterns (arguments match any text), to tell which key a shown text is. */
    record Translations(Map<String, Pattern> patterns) {

        private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");

        static Translations of(String language) throws IOException {
            String file = "ja".equals(language) ? "translations_ja.properties" : "translations.properties";
            Properties properties = new Properties();
            try (InputStream in = BadInputBatteryIT.class.getResourceAsStream("/vaadin-i18n/" + file)) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Map<String, Pattern> patterns = new java.util.HashMap<>();
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key).replace("''", "'").strip();
                StringBuilder regex = new StringBuilder();
                String[] parts = ARGUMENT.split(value, -1);
                for (int i = 0; i < parts.length; i++) {
                    regex.append(i > 0 ? "(.*?)" : "").append(Pattern.quote(parts[i]));
                }
                patterns.put(key, Pattern.compile(regex.toString(), Pattern.DOTALL));
            }
            return new Translations(patterns);
        }

        Optional<String> keyOf(String text) {
            return patterns.entrySet().stream().filter(e -> {
                Matcher m = e.getValue().matcher(text);
                return m.matches();
            }).map(Map.Entry::getKey).findFirst();
        }
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
