package com.momentumlab.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.momentumlab.testsupport.BrowserTest;
import com.momentumlab.testsupport.ChartProbe;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * axe-core, injected into the running page, finds no serious or critical accessibility violation in either
 * language: on the whole page as it opens; in the lab after a run has streamed onto the chart and with an error
 * shown under a field; on a notice about a bad link. Moderate and minor findings are printed with each run, not failed on.
 *
 * <p>axe-core's {@code axe.min.js} comes from the test classpath (Deque's {@code com.deque.html.axe-core:playwright}
 * jar on Maven Central, see pom.xml), so nothing is downloaded when the tests run.
 */
class AccessibilityIT extends BrowserTest {

    private static final String AXE_RESOURCE = "/axe.min.js";
    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");
    /**
     * What axe checks. The whole page (the lesson's typeset formulas make it some 8 s a run) is checked as it
     * opens in each language; a situation that changes only the lab or the notice is checked there.
     */
    private static final String WHOLE_PAGE = "html";
    private static final String LAB = ".ml-lab";

    /** One rule axe found broken, with the elements that break it. */
    record Violation(String rule, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return "[" + impact + "] " + rule + ": " + help + "\n      " + String.join("\n      ", targets);
        }
    }

    @Test
    void theEnglishPageHasNoSeriousViolations() {
        open(page, "?lang=en");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertNoSeriousViolations(page, WHOLE_PAGE, "English page as opened");
    }

    @Test
    void theJapanesePageHasNoSeriousViolations() {
        open(page, "?lang=ja");
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
        assertNoSeriousViolations(page, WHOLE_PAGE, "Japanese page as opened");
    }

    /** The system's dark setting: the whole page and the lab after a run, in both languages. */
    @Test
    void theDarkPageHasNoSeriousViolations() {
        BrowserContext dark = context.browser().newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1280, 900).setColorScheme(ColorScheme.DARK));
        dark.setDefaultTimeout(90_000);
        Page target = dark.newPage();
        for (String lang : List.of("en", "ja")) {
            open(target, "?lang=" + lang);
            assertThat(target.evaluate("() => matchMedia('(prefers-color-scheme: dark)').matches")).isEqualTo(true);
            assertNoSeriousViolations(target, WHOLE_PAGE, lang + " page in the dark scheme");
            target.locator("#tab-table").click();
            assertNoSeriousViolations(target, LAB, lang + " lab's iterate table in the dark scheme");
        }
        dark.close();
    }

    @Test
    void theChartWithAStreamedPathHasNoSeriousViolations() {
        for (String lang : List.of("en", "ja")) {
            open(page, "?lang=" + lang);
            page.locator("#run").click();
            page.waitForFunction("() => " + ChartProbe.pointCount("apex-chart", "momentum") + " === 31");
            assertThat(page.locator("#readout-step")).hasText("30");
            assertNoSeriousViolations(page, LAB, lang + " lab after a run of 30 steps");
        }
    }

    @Test
    void theStartedDrillAndTheComparedOptimizersFieldsHaveNoSeriousViolations() {
        for (String lang : List.of("en", "ja")) {
            open(page, "?opt=sgd,adam&lang=" + lang); // the rows of fields are made when they are needed
            page.locator("#drill-new").click();
            page.locator("#drill-g1-x input").fill("1");
            page.locator("#drill-g1-x-check").click();
            assertThat(page.locator("#drill-g1-x-feedback")).not().isEmpty();
            assertThat(page.locator("#field-adam-lr")).isVisible();
            assertNoSeriousViolations(page, WHOLE_PAGE, lang + " page with a started drill and two compared optimizers");
        }
    }

    @Test
    void aFieldShowingAnErrorHasNoSeriousViolations() {
        for (String lang : List.of("en", "ja")) {
            open(page, "?lang=" + lang);
            page.locator("#field-lr input").fill("abc");
            page.locator("#run").click();
            assertThat(page.locator("#field-lr")).hasAttribute("invalid", "");
            assertThat(page.locator("#field-lr [slot='error-message']")).not().isEmpty();
            assertNoSeriousViolations(page, LAB, lang + " lab with an invalid learning rate");
        }
    }

    @Test
    void aNoticeAboutABadLinkHasNoSeriousViolations() {
        open(page, "?lang=xx");
        assertThat(page.locator("#notice")).isVisible();
        assertThat(page.locator("#notice")).not().isEmpty();
        assertNoSeriousViolations(page, "#notice", "notice about the link");
    }

    /** The check itself: axe runs inside Vaadin's page and an unlabelled field or faint text would fail it. */
    @Test
    void theCheckFindsAnUnlabelledFieldAndFaintTextAddedToThePage() {
        open(page, "?lang=en");
        page.evaluate("""
                () => {
                  const field = document.createElement('input');
                  field.id = 'unlabelled';
                  const faint = document.createElement('p');
                  faint.id = 'faint';
                  faint.textContent = 'Hard to read';
                  faint.style.cssText = 'color: #bbb; background: #fff';
                  document.querySelector('#status').after(field, faint);
                }""");

        List<Violation> violations = axe(page, LAB).violations();

        assertThat(violations).anySatisfy(v -> {
            assertThat(v.rule()).isEqualTo("label");
            assertThat(v.impact()).isEqualTo("critical");
            assertThat(v.targets()).anySatisfy(t -> assertThat(t).startsWith("[\"#unlabelled\"]"));
        });
        assertThat(violations).anySatisfy(v -> {
            assertThat(v.rule()).isEqualTo("color-contrast");
            assertThat(v.impact()).isEqualTo("serious");
            assertThat(v.targets()).anySatisfy(t -> assertThat(t).startsWith("[\"#faint\"]"));
        });
    }

    /** Runs axe-core on the page and fails with a readable list of the serious and critical violations. */
    private static void assertNoSeriousViolations(Page target, String scope, String situation) {
        AxeReport report = axe(target, scope);
        // moderate and minor findings are printed, not failed on (the bar is serious or critical)
        System.out.println(report.summary(situation));
        List<Violation> blocking = report.violations().stream()
                .filter(v -> BLOCKING_IMPACTS.contains(v.impact())).toList();
        assertThat(blocking)
                .as("axe-core %s found serious or critical violations on the %s:%n  %s", report.version(), situation,
                        blocking.stream().map(Violation::toString).collect(Collectors.joining("\n  ")))
                .isEmpty();
    }

    /** What one axe-core run found, and how much it checked (a run that checked nothing must not pass). */
    record AxeReport(String version, int rulesPassed, long millis, List<Violation> violations) {

        String summary(String situation) {
            StringBuilder text = new StringBuilder(String.format("axe-core %s on the %s: %d rules passed, %d violated"
                    + " (%d ms)", version, situation, rulesPassed, violations.size(), millis));
            for (Violation v : violations) {
                text.append("\n  [").append(v.impact()).append("] ").append(v.rule()).append(": ").append(v.help())
                        .append(" (").append(v.targets().size()).append(" elements, e.g. ")
                        .append(v.targets().get(0)).append(')');
            }
            return text.toString();
        }
    }

    /** Injects axe-core unless the page has it and runs it on the part of the page the selector names. */
    @SuppressWarnings("unchecked")
    static AxeReport axe(Page target, String scope) {
        if (!Boolean.TRUE.equals(target.evaluate("() => typeof window.axe === 'object'"))) {
            target.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource()));
        }
        Map<String, Object> raw = (Map<String, Object>) target.evaluate("""
                async scope => {
                  const start = performance.now();
                  const result = await axe.run(scope === 'html' ? document : { include: [scope] },
                      { resultTypes: ['violations'] });
                  return {
                    version: axe.version,
                    rulesPassed: result.passes.length,
                    millis: Math.round(performance.now() - start),
                    violations: result.violations.map(v => ({
                      rule: v.id, impact: v.impact ?? 'unknown', help: v.help,
                      targets: v.nodes.map(n =>
                          JSON.stringify(n.target) + ' ' + (n.failureSummary ?? '').replace(/\\s+/g, ' '))
                    }))
                  };
                }""", scope);
        List<Violation> violations = ((List<Map<String, Object>>) raw.get("violations")).stream()
                .map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                        (List<String>) v.get("targets")))
                .toList();
        AxeReport report = new AxeReport((String) raw.get("version"), ((Number) raw.get("rulesPassed")).intValue(),
                ((Number) raw.get("millis")).longValue(), violations);
        assertThat(report.rulesPassed()).as("axe-core checked nothing").isPositive();
        return report;
    }

    private static String axeSource() {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream(AXE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(AXE_RESOURCE + " is not on the test classpath (see pom.xml)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
