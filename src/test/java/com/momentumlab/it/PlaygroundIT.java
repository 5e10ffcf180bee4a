package com.momentumlab.it;

import com.momentumlab.testsupport.ChartProbe;
import com.momentumlab.testsupport.RealTimeStream;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.momentumlab.base.input.Numbers;
import com.momentumlab.testsupport.BrowserTest;
import com.momentumlab.testsupport.ClassicByHand;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What only a browser shows: the chart draws, the path streams in, the language switches. */
@RealTimeStream
class PlaygroundIT extends BrowserTest {

    private static final String MOMENTUM_MARKERS = "apex-chart g.overlay-path[data-id='momentum'] circle";

    /** The button's own text, without the text of its tooltip (a child element). */
    private static String buttonLabel(Page target, String selector) {
        target.waitForFunction("s => document.querySelector(s) !== null", selector);
        return (String) target.locator(selector).evaluate(
                "b => [...b.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('').trim()");
    }

    @Test
    void theChartShowsTheServersContourLines() {
        open(page, "");
        int series = ChartProbe.seriesCount(page, "apex-chart#chart");
        assertThat(series).isGreaterThanOrEqualTo(20);
        assertThat(page.locator("apex-chart .apexcharts-series path.apexcharts-line").count())
                .isGreaterThanOrEqualTo(20);
    }

    @Test
    void theDefaultRunStreamsThirtyStepsOntoTheChart() {
        open(page, "");
        assertThat(page.locator(MOMENTUM_MARKERS)).hasCount(31);
        // Every change of the number of Momentum's markers, as the chart's SVG shows it after each task.
        page.evaluate("() => { window.drawnCounts = []; const chart = document.querySelector('apex-chart');"
                + " new MutationObserver(() => { const n = chart.querySelectorAll(\"" + MOMENTUM_MARKERS.substring("apex-chart ".length())
                + "\").length; if (n !== window.drawnCounts.at(-1)) window.drawnCounts.push(n); })"
                + ".observe(chart.querySelector('.overlay-layer'), { childList: true, subtree: true }); }");
        page.locator("#run").click();

        // The run must arrive in many small pushes, not at once.
        page.waitForFunction("() => window.drawnCounts.includes(31)");
        @SuppressWarnings("unchecked")
        List<Number> counts = (List<Number>) page.evaluate("() => window.drawnCounts");
        assertThat(counts).hasSizeGreaterThanOrEqualTo(10);
        assertThat(counts.get(counts.size() - 1).intValue()).isEqualTo(31);
        assertThat(counts).isSortedAccordingTo(java.util.Comparator.comparingInt(Number::intValue));
        assertThat(page.locator(MOMENTUM_MARKERS)).hasCount(31);
        assertThat(page.locator("#status")).hasText("Done: 30 steps.");
        assertThat(page.locator("#readout-step")).hasText("30");
        // The streamed steps also moved the arrows: carry, gradient step and velocity, which ends on step 30.
        assertThat(page.locator("apex-chart g.overlay-arrow")).hasCount(3);
        @SuppressWarnings("unchecked")
        List<Number> gap = (List<Number>) page.evaluate("() => { const chart = document.querySelector('apex-chart');"
                + " const last = chart.querySelector(\"g.overlay-path[data-id='momentum'] circle:last-of-type\");"
                + " const velocity = chart.querySelector(\"g.overlay-arrow[data-index='2'] line\");"
                + " return [velocity.getAttribute('x2') - last.getAttribute('cx'),"
                + " velocity.getAttribute('y2') - last.getAttribute('cy')]; }");
        assertThat(gap).allSatisfy(d -> assertThat(Math.abs(d.doubleValue())).isLessThan(0.01));
    }

    @Test
    void theIterateTableIsAPlainTableEndingWithTheLastStep() {
        open(page, "");
        page.locator("#tab-table").click();
        Locator table = page.locator("#iterate-table table");
        assertThat(table.locator("caption")).hasText("Every step of the selected optimizer up to the current one");
        assertThat(table.locator("thead th[scope='col']")).hasText(new String[] {"t", "θₜ", "g = ∇L", "βv", "−αg", "v", "f(θₜ)"});
        Locator rows = table.locator("tbody tr");
        assertThat(rows).hasCount(31);
        ClassicByHand classic = ClassicByHand.after30Steps();
        Locator last = rows.last();
        assertThat(last.locator("td").first()).hasText("30");
        assertThat(last.locator("td").nth(1)).hasText(
                "(" + Numbers.rounded(classic.momentumX(), 6) + ", " + Numbers.rounded(classic.momentumY(), 6) + ")");
        // Streaming did not move the page; once in view, the box shows its latest row.
        assertThat(((Number) page.evaluate("() => window.scrollY")).doubleValue()).isZero();
        page.locator("#tab-table").click();
        page.locator("#iterate-table").scrollIntoViewIfNeeded();
        page.waitForFunction("() => { const box = document.querySelector('#iterate-table');"
                + " return box.scrollTop > 0 && box.scrollHeight - box.scrollTop - box.clientHeight < 2; }");

        // A reset shows only step 0; Step appends step 1.
        page.locator("#reset").click();
        assertThat(rows).hasCount(1);
        page.locator("#step").click();
        assertThat(rows).hasCount(2);
        assertThat(rows.last().locator("td").nth(1)).hasText("(−6.93, 1.6)");

        page.locator("#language-ja").click();
        assertThat(table.locator("caption")).hasText("選んだ手法の、現在のステップまでの全ステップ");
        assertThat(rows).hasCount(2);
    }

    @Test
    void switchingLanguageChangesTheTextAndKeepsThePath() {
        open(page, "");
        assertThat(page.locator("h1")).hasText("Momentum Lab");
        assertThat(page.locator("#status")).hasText("Done: 30 steps.");
        String pathBefore = page.locator("apex-chart g.overlay-path[data-id='momentum'] polyline").getAttribute("points");

        page.locator("#language-ja").click();

        assertThat(page.locator("#status")).hasText("完了：30 ステップ。");
        assertThat(buttonLabel(page, "#run")).isEqualTo("実行");
        assertThat(page.locator("header h1")).hasText("Momentum Lab");
        assertThat(page.locator("header h1 + p"))
                .hasText("モーメンタム SGD が損失関数の上を転がっていく様子を、1 ステップずつ見てみましょう。");
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
        // The link reads in the lab's order, the language last, whatever order Vaadin keeps its parameters in.
        assertThat(page).hasURL(java.util.regex.Pattern.compile(
                ".*/\\?f=valley&x=-7&y=2&steps=30&lr=0\\.1&beta=0\\.9&speed=3&lang=ja"));
        assertThat(page.locator(MOMENTUM_MARKERS)).hasCount(31);
        assertThat(page.locator("apex-chart g.overlay-path[data-id='momentum'] polyline"))
                .hasAttribute("points", pathBefore);
    }

    @Test
    void aJapaneseBrowserGetsJapaneseAndTheUrlCanOverrideIt() {
        Page japanese = newContext("ja-JP").newPage();
        open(japanese, "");
        assertThat(buttonLabel(japanese, "#run")).isEqualTo("実行");
        open(japanese, "?lang=en");
        assertThat(buttonLabel(japanese, "#run")).isEqualTo("Run");
    }

    @Test
    void anInvalidLearningRateShowsTheMessageAndNothingRuns() {
        open(page, "");
        assertThat(page.locator("#status")).hasText("Done: 30 steps.");
        Locator learningRate = page.locator("#field-lr input");
        learningRate.fill("abc");
        page.locator("#run").click();
        assertThat(page.locator("#field-lr")).hasAttribute("invalid", "");
        assertThat(page.locator("#field-lr [slot='error-message']"))
                .hasText("Please enter a number, for example 0.1.");
        assertThat(page.locator("#status")).hasText("Please correct the highlighted values; the run did not start.");
        assertThat(page.locator(MOMENTUM_MARKERS)).hasCount(31); // the last good run stays
    }

    @Test
    void aDivergingRunDrawsOnlyFiniteStepsAndSaysWhere() {
        open(page, "");
        page.locator("#field-lr input").fill("10");
        page.locator("#run").click();
        assertThat(page.locator("#status")).containsText("Momentum diverged at step 5");
        assertThat(page.locator(MOMENTUM_MARKERS)).hasCount(5);
        for (String attribute : page.locator(MOMENTUM_MARKERS).evaluateAll(
                "els => els.flatMap(e => [e.getAttribute('cx'), e.getAttribute('cy')])").toString().split(",")) {
            assertThat(attribute).doesNotContain("NaN").doesNotContain("Infinity");
        }
    }
}
