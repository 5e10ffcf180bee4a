package com.momentumlab.hosting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.momentumlab.testsupport.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy is only right if Vaadin, ApexCharts and KaTeX all work under it: a whole session
 * in a real browser (load, run, switch language, type a bad value, run again, open an unknown address) must
 * make the browser report no violation and log no error.
 */
class ContentSecurityPolicyIT extends BrowserTest {

    static {
        // This machine is shared and often slow: wait longer than Playwright's 5 s before calling a test failed.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }


    /** Installed before any script of every document: collects the browser's own violation reports. */
    private static final String COLLECT_VIOLATIONS = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e =>
                window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile
                    + ':' + e.lineNumber));
            """;

    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeEach
    void listen() {
        context.addInitScript(COLLECT_VIOLATIONS);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) || message.text().contains("Content Security Policy")) {
                consoleErrors.add(message.type() + ": " + message.text() + " (" + message.location() + ")");
            }
        });
        page.onPageError(error -> consoleErrors.add("page error: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                consoleErrors.add("HTTP " + response.status() + " " + response.url());
            }
        });
    }

    @SuppressWarnings("unchecked")
    private List<String> violations(Page target) {
        return (List<String>) target.evaluate("() => window.__cspViolations");
    }

    @Test
    void aWholeSessionRunsWithoutAViolation() {
        open(page, "");
        assertThat(page.locator("h1")).hasText("Momentum Lab");
        // KaTeX typeset the lesson's formulas (inline styles, fonts).
        assertThat(page.locator(".katex").first()).isVisible();

        page.locator("#run").click();
        assertThat(page.locator("#status")).hasText("Done: 30 steps.");

        page.locator("#language-ja").click();
        assertThat(page.locator("html")).hasAttribute("lang", "ja");

        page.locator("#field-lr input").fill("abc");
        page.locator("#run").click();
        assertThat(page.locator("#field-lr")).hasAttribute("invalid", "");

        page.locator("#field-lr input").fill("0.05");
        page.locator("#run").click();
        assertThat(page.locator("#status")).hasText("完了：30 ステップ。");

        assertThat(violations(page)).isEmpty();

        assertThat(consoleErrors).isEmpty();

        // The not-found page answers 404 on purpose: Chromium reports that status; nothing else may go wrong.
        page.navigate(url("nope?lang=ja"));
        assertThat(page.locator("#error-title")).hasText("ページが見つかりません");
        assertThat(violations(page)).isEmpty();
        assertThat(consoleErrors).allSatisfy(error -> assertThat(error).contains("404").contains("/nope?lang=ja"));
    }

    @Test
    void aViolationWouldBeSeen() {
        // The listener works: a script from another origin is reported (and blocked).
        open(page, "");
        page.evaluate("() => { const s = document.createElement('script'); s.src = 'http://127.0.0.2:9/x.js'; "
                + "document.head.appendChild(s); }");
        page.waitForFunction("() => window.__cspViolations.length > 0");
        assertThat(violations(page)).anyMatch(v -> v.startsWith("script-src"));
    }
}
