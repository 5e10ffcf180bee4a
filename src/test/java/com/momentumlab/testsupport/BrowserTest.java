package com.momentumlab.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Browser tests: the whole application on a random port, driven by Playwright in headless Chromium. The
 * system Chromium is used when present; Playwright is never allowed to download a browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@TestPropertySource(properties = BrowserTest.FAST_STREAM)
public abstract class BrowserTest {

    /**
     * Runs stream ten times faster than a learner sees them: most tests check what a run shows, not how fast it
     * comes ({@link RealTimeStream} for those that do). A property of a test's own {@code @TestPropertySource}
     * overrides it.
     */
    static final String FAST_STREAM = "momentumlab.stream.time-scale=0.1";

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        // Generous: a loaded CI machine may take seconds to stream a run; a passing check returns at once.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = launchChromium(playwright);
    }

    /** Headless Chromium as every browser test runs it: the system one when present, never a download. */
    public static Browser launchChromium(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setArgs(CHROMIUM_ARGS);
        if (Files.isExecutable(SYSTEM_CHROMIUM)) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        return playwright.chromium().launch(options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = newContext("en-US");
        page = context.newPage();
    }

    /** Time for anything the browser waits for; a busy CI machine needs more than Playwright's 30 s at times. */
    private static final double WAIT_MILLIS = 90_000;

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    /** A fresh browser profile (no cookies, no cache) whose preferred language is {@code locale}. */
    protected BrowserContext newContext(String locale) {
        BrowserContext created = browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1280, 900));
        created.setDefaultTimeout(WAIT_MILLIS);
        return created;
    }

    /** The application's port, for requests made without the browser. */
    protected int port() {
        return port;
    }

    protected String url(String pathAndQuery) {
        return "http://localhost:" + port + "/" + pathAndQuery;
    }

    /**
     * Opens a page and waits until the chart has drawn its contours and the first run, which plays by itself,
     * has finished.
     */
    protected void open(Page target, String pathAndQuery) {
        target.navigate(url(pathAndQuery));
        target.waitForFunction(ChartProbe.seriesDrawn("apex-chart"));
        PlaywrightAssertions.assertThat(target.locator("#status"))
                .not().containsText(java.util.regex.Pattern.compile("Drawing|描いています"));
    }
}
