package com.momentumlab.it;

import com.momentumlab.testsupport.ChartProbe;
import com.momentumlab.testsupport.RealTimeStream;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.momentumlab.testsupport.BrowserTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The playground in a real browser: picking the start, playback, permalinks and the CSV download. */
@RealTimeStream
class LabIT extends BrowserTest {

    private static final String MOMENTUM_MARKERS = "apex-chart#chart g.overlay-path[data-id='momentum'] circle";

    private static double fieldValue(Page target, String id) {
        return Double.parseDouble(target.locator("#" + id + " input").inputValue().replace('\u2212', '-'));
    }

    private static String path(Page target, String optimizer) {
        return target.locator("apex-chart#chart g.overlay-path[data-id='" + optimizer + "'] polyline").getAttribute("points");
    }

    @Test
    void clickingOnTheChartStartsThePathThere() {
        open(page, "");
        Locator chart = page.locator("apex-chart#chart");
        double[] pixel = ChartProbe.pixelOf(chart, 4, -2);
        chart.click(new Locator.ClickOptions().setPosition(pixel[0], pixel[1]));

        assertThat(page.locator("#status")).hasText("Done: 30 steps.");
        page.waitForFunction("() => Math.abs(parseFloat(document.querySelector('#field-x0 input').value) - 4) < 0.2");
        assertThat(fieldValue(page, "field-x0")).isCloseTo(4, org.assertj.core.data.Offset.offset(0.15));
        assertThat(fieldValue(page, "field-y0")).isCloseTo(-2, org.assertj.core.data.Offset.offset(0.15));
        assertThat(page.locator(MOMENTUM_MARKERS)).hasCount(31);
        String firstMarker = page.locator(MOMENTUM_MARKERS).first().getAttribute("cx");
        assertThat(Double.parseDouble(firstMarker)).isCloseTo(
                pixel[0] - ((Number) page.evaluate("() => document.querySelector('apex-chart#chart .apexcharts-graphical')"
                        + ".getBoundingClientRect().left - document.querySelector('apex-chart#chart').getBoundingClientRect().left"))
                        .doubleValue(),
                org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void theArrowKeysMoveTheStartWhenTheChartHasFocus() {
        open(page, "");
        page.locator("apex-chart#chart").focus();
        page.keyboard().press("ArrowRight");
        page.waitForFunction("() => document.querySelector('#field-x0 input').value === '\u22126.8'");
        page.keyboard().press("Shift+ArrowUp");
        page.waitForFunction("() => document.querySelector('#field-y0 input').value === '3'");
        assertThat(page.locator("#status")).hasText("Done: 30 steps.");
    }

    @Test
    void stepPauseAndResume() {
        open(page, "?speed=1"); // 3 points a second: time enough to pause in the middle, even on a busy machine
        page.locator("#reset").click();
        assertThat(page.locator(MOMENTUM_MARKERS)).hasCount(1);
        page.locator("#step").click();
        page.locator("#step").click();
        assertThat(page.locator(MOMENTUM_MARKERS)).hasCount(3);
        assertThat(page.locator("#readout-step")).hasText("2");
        assertThat(page.locator("#readout-theta")).hasText("(\u22126.7977, 0.92)");
        assertThat(page.locator("#status")).hasText("Paused at step 2 of 30.");

        page.locator("#pause").click(); // reads "Resume" while paused
        page.waitForFunction("() => " + ChartProbe.pointCount("apex-chart#chart", "momentum") + " >= 6");
        page.locator("#pause").click();
        assertThat(page.locator("#status")).hasText(Pattern.compile("Paused at step \\d+ of 30\\."));
        int held = page.locator(MOMENTUM_MARKERS).count();
        page.waitForTimeout(800);
        assertThat(page.locator(MOMENTUM_MARKERS)).hasCount(held);
        assertThat(held).isBetween(6, 30);

        page.locator("#pause").click();
        assertThat(page.locator("#status")).hasText("Done: 30 steps.");
        assertThat(page.locator(MOMENTUM_MARKERS)).hasCount(31);
        // At the end nothing is left to pause, resume or step; only Back to start and Run.
        assertThat(page.locator("#pause")).isDisabled();
        assertThat(page.locator("#step")).isDisabled();
        assertThat(page.locator("#reset")).isEnabled();
    }

    /**
     * Dragging β while a long run streams: the slider never jumps back to a value the learner already left, and the
     * run settles on the last β the learner set. The drag is 60 moves, 15 ms apart, as a hand makes them.
     */
    @Test
    void aDraggedSliderIsNeverWrittenBackAndTheLastValueWins() {
        open(page, "?steps=1000&speed=5");
        page.locator("#run").click();
        @SuppressWarnings("unchecked")
        List<String> jumps = (List<String>) page.evaluate("""
                async () => {
                  const slider = document.querySelector('#slider-beta');
                  const jumps = [];
                  let expected = null;
                  const check = () => {
                    if (expected !== null && Math.abs(Number(slider.value) - Number(expected)) > 1e-9) jumps.push(expected + ' -> ' + slider.value);
                  };
                  for (let i = 0; i < 60; i++) {
                    check();
                    expected = (0.3 + i * 0.01).toFixed(2);
                    slider.value = expected;
                    slider.dispatchEvent(new Event('input', { bubbles: true }));
                    await new Promise(resolve => setTimeout(resolve, 15));
                  }
                  slider.dispatchEvent(new Event('change', { bubbles: true }));
                  for (let i = 0; i < 40; i++) { check(); await new Promise(resolve => setTimeout(resolve, 25)); }
                  return jumps;
                }""");
        assertThat(jumps).as("the slider moved away from where the learner put it").isEmpty();
        assertThat(page.locator("#field-beta input")).hasValue("0.89");
        assertThat(page.locator("#slider-beta")).hasValue("0.89");
        assertThat(page).hasURL(Pattern.compile(".*beta=0\\.89.*"));
    }

    /** Checks that the page left {@code link} in the address bar, then reloads it and waits for the chart. */
    private void reloadKeepingTheAddress(String link) {
        page.waitForTimeout(500); // the page rewrites its address after a moment, if it does
        assertThat(page.url()).isEqualTo(url(link));
        page.reload();
        page.waitForFunction(ChartProbe.seriesDrawn("apex-chart#chart"));
    }

    /** A link in exactly the form the page writes stays in the address bar, so reloading it shows the same run. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void aLinkInThePagesOwnFormSurvivesAReload(String language) {
        String link = "?f=valley&x=-7&y=2&steps=40&lr=0.05&beta=0.95&speed=3&lang=" + language;
        open(page, link);
        String done = language.equals("ja") ? "完了：40 ステップ。" : "Done: 40 steps.";
        assertThat(page.locator("#status")).hasText(done);
        reloadKeepingTheAddress(link);
        assertThat(page.locator("#status")).hasText(done);
        assertThat(page.locator("#field-lr input")).hasValue("0.05");
        assertThat(page.locator("#field-beta input")).hasValue("0.95");
        assertThat(page.locator("html")).hasAttribute("lang", language);
        assertThat(page.url()).isEqualTo(url(link));
    }

    /** The book's form of Nesterov is part of the link: a reload draws the book's path again, not the look-ahead one. */
    @Test
    void theBooksFormOfAnOptimizerSurvivesAReload() {
        String lookAhead = "?f=valley&x=-7&y=2&steps=30&lr=0.1&beta=0.9&nesterov.lr=0.1&nesterov.beta=0.9"
                + "&nesterov.form=lookahead&opt=nesterov&speed=5&lang=ja";
        open(page, lookAhead);
        String lookAheadPath = path(page, "nesterov");
        String book = lookAhead.replace("nesterov.form=lookahead", "nesterov.form=book");
        open(page, book);
        String bookPath = path(page, "nesterov");
        assertThat(bookPath).isNotEqualTo(lookAheadPath); // the book's first step is 2.71 times as long
        reloadKeepingTheAddress(book);
        assertThat(path(page, "nesterov")).isEqualTo(bookPath);
        assertThat(page.url()).isEqualTo(url(book));
    }

    /** A noisy run is one sample of the noise; its link draws the very same sample again after a reload. */
    @Test
    void aNoisyLinkDrawsTheSamePathsAfterAReloadAndKeepsItsNoiseAndSeed() {
        String link = "?f=valley&x=-7&y=2&steps=60&lr=0.01&beta=0.9&sgd.lr=0.1&opt=sgd&noise=1&seed=7&speed=5&lang=en";
        Pattern done = Pattern.compile("Done: 60 steps\\. The gradients carry Gaussian noise \\(σ = 1, seed 7\\).*");
        open(page, link);
        assertThat(page.locator("#status")).hasText(done);
        String momentum = path(page, "momentum");
        String sgd = path(page, "sgd");
        reloadKeepingTheAddress(link);
        assertThat(page.locator("#status")).hasText(done);
        assertThat(page.locator("#field-noise input")).hasValue("1");
        assertThat(page.locator("#field-seed input")).hasValue("7");
        assertThat(path(page, "momentum")).isEqualTo(momentum);
        assertThat(path(page, "sgd")).isEqualTo(sgd);
        assertThat(page.url()).isEqualTo(url(link));

        page.locator("#field-noise input").fill("0");
        page.locator("#field-noise input").press("Enter");
        assertThat(page.locator("#status")).hasText("Done: 60 steps.");
        assertThat(path(page, "momentum")).isNotEqualTo(momentum);
        assertThat(page).hasURL(Pattern.compile(".*noise=0&seed=7.*"));
    }

    @Test
    void aPermalinkOpenedInAFreshBrowserShowsTheSamePaths() {
        open(page, "?lr=0.2&beta=0.8&x=3&y=-2&opt=sgd,adam");
        page.locator("#field-beta input").fill("0.75");
        page.locator("#field-beta input").press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*beta=0\\.75.*"));
        assertThat(page).hasURL(Pattern.compile(".*opt=sgd%2Cadam.*|.*opt=sgd,adam.*"));
        String link = page.url();
        String momentum = path(page, "momentum");
        String sgd = path(page, "sgd");
        String adam = path(page, "adam");

        BrowserContext fresh = newContext("ja-JP");
        Page other = fresh.newPage();
        other.navigate(link);
        other.waitForFunction(ChartProbe.seriesDrawn("apex-chart#chart"));
        assertThat(other.locator("#status")).hasText("完了：30 ステップ。");
        assertThat(other.locator("#field-beta input")).hasValue("0.75");
        assertThat(path(other, "momentum")).isEqualTo(momentum);
        assertThat(path(other, "sgd")).isEqualTo(sgd);
        assertThat(path(other, "adam")).isEqualTo(adam);
        fresh.close();
    }

    @Test
    void theTabChosenUnderTheChartIsInTheLinkAndSurvivesAReload() {
        open(page, "");
        page.locator("#tab-loss").click();
        assertThat(page).hasURL(Pattern.compile(".*speed=3&view=loss$"));
        page.reload();
        page.waitForFunction(ChartProbe.seriesDrawn("apex-chart#chart"));
        assertThat(page.locator("#tab-loss")).hasAttribute("aria-selected", "true");
        assertThat(page.locator("#view-loss")).isVisible();
        assertThat(page.locator("#view-details")).isHidden();
        assertThat(page).hasURL(Pattern.compile(".*speed=3&view=loss$"));
    }

    @Test
    void theArrowKeysMoveBetweenTheTabsAndTabEntersAtTheSelectedOne() {
        open(page, "?view=table");
        page.locator("#tab-table").focus();
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#tab-stability")).isFocused();
        assertThat(page.locator("#tab-stability")).hasAttribute("aria-selected", "true");
        assertThat(page.locator("#view-stability")).isVisible();
        Object scrolled = page.evaluate("() => window.scrollY");
        page.keyboard().press("Home");
        assertThat(page.locator("#tab-details")).isFocused();
        assertThat(page.evaluate("() => window.scrollY")).isEqualTo(scrolled); // Home moves the tab, not the page
        assertThat(page.locator("#view-details")).isVisible();
        assertThat(page).hasURL(Pattern.compile("^(?!.*view=).*$")); // the first tab is the link's default
        page.keyboard().press("ArrowLeft");
        assertThat(page.locator("#tab-stability")).isFocused();
        // Roving tabindex: only the selected tab is in the Tab order, so Tab leaves the tab list.
        assertThat(page.locator("#lab-views [role=tab][tabindex='0']")).hasCount(1);
        assertThat(page.locator("#lab-views [role=tab][tabindex='0']")).hasId("tab-stability");
        page.keyboard().press("Tab");
        assertThat(page.locator("#lab-views [role=tab]:focus")).hasCount(0);
    }

    @Test
    void theCsvHoldsTheWholeRun() throws IOException {
        open(page, "?opt=sgd");
        page.locator("#tab-table").click();
        Download download = page.waitForDownload(() -> page.locator("#csv").click());
        List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);

        assertThat(download.suggestedFilename()).isEqualTo("momentum-lab-valley.csv");
        assertThat(lines.get(0)).isEqualTo("optimizer,t,x,y,g_x,g_y,carry_x,carry_y,gradient_step_x,gradient_step_y,"
                + "v_x,v_y,f");
        assertThat(lines).hasSize(1 + 31 + 31);
        assertThat(lines.get(1)).isEqualTo("momentum,0,-7.0,2.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,6.45");
        assertThat(lines.get(2)).startsWith("momentum,1,-6.93,1.6,-0.7,4.0,0.0,0.0,");
        assertThat(lines.get(32)).startsWith("sgd,0,-7.0,2.0,");
    }
    @Test
    void theSelectsShowTheirLabelAndChoiceAndOpenWithTheirItems() {
        open(page, "");
        Locator function = page.locator("vaadin-select#field-function");
        assertThat(function.locator("label[slot='label']")).hasText("Function");
        assertThat(function.locator("vaadin-select-value-button")).hasText("Narrow valley x²/20 + y²");
        assertThat(page.locator("vaadin-select#field-speed vaadin-select-value-button")).hasText("Normal");
        assertThat(page.locator("vaadin-select#field-detail vaadin-select-value-button")).hasText("Momentum");

        function.click();
        Locator items = page.locator("vaadin-select-list-box vaadin-select-item:visible");
        assertThat(items).hasText(new String[] {"Narrow valley x²/20 + y²", "Rosenbrock (curved valley)",
                "Himmelblau (four minima)", "Shallow dip (a local minimum)"});
        items.nth(1).click();
        assertThat(function.locator("vaadin-select-value-button")).hasText("Rosenbrock (curved valley)");
        assertThat(page.locator("#field-steps input")).hasValue("300");
        assertThat(page).hasURL(Pattern.compile(".*f=rosenbrock.*"));
    }

    @Test
    void theKeyboardOpensASelectAndPicksAnItem() {
        open(page, "");
        page.locator("vaadin-select#field-speed vaadin-select-value-button").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-select-list-box vaadin-select-item:visible")).hasCount(5);
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-select#field-speed vaadin-select-value-button")).hasText("Fast");
        assertThat(page).hasURL(Pattern.compile(".*speed=4.*"));
    }

    @Test
    void theSelectsSpeakTheNewLanguageAndTheLabIgnoresAValueTheyDoNotOffer() {
        open(page, "?opt=sgd");
        page.locator("#language-ja").click();
        assertThat(page.locator("vaadin-select#field-function label[slot='label']")).hasText("関数");
        assertThat(page.locator("vaadin-select#field-function vaadin-select-value-button")).hasText("細長い谷 x²/20 + y²");
        assertThat(page.locator("vaadin-select#field-speed vaadin-select-value-button")).hasText("ふつう");

        // A value no item has, as a crafted client would send it: the lab ignores it.
        page.evaluate("() => document.querySelector('#field-speed').value = 'bogus'");
        page.locator("#language-en").click(); // a round trip after the crafted value
        assertThat(page.locator("#status")).hasText("Done: 30 steps.");
        assertThat(page).hasURL(Pattern.compile(".*speed=3.*lang=en.*")); // the speed it had
    }

    @Test
    void tickingAnOptimizerDrawsItsPathBesideMomentumAndTheLinkKeepsIt() {
        open(page, "");
        // the boxes in the order of the list: SGD, Nesterov, AdaGrad, RMSprop, Adam
        Locator boxes = page.locator("vaadin-checkbox-group#field-compare vaadin-checkbox");
        Locator sgd = boxes.nth(0);
        Locator adam = boxes.nth(4);
        assertThat(page.locator("vaadin-checkbox-group#field-compare > label[slot='label']")).hasText("Compare with");
        assertThat(sgd.locator("> label")).hasText("SGD (plain gradient descent)");

        sgd.locator("input").check(); // by mouse
        assertThat(page).hasURL(Pattern.compile(".*opt=sgd.*"));
        assertThat(page.locator("#status")).hasText("Done: 30 steps.");
        assertThat(page.locator("apex-chart#chart g.overlay-path[data-id='sgd'] circle")).hasCount(31);

        assertThat(adam.locator("> label")).hasText("Adam");
        adam.locator("input").focus();
        page.keyboard().press("Space"); // by keyboard
        assertThat(page).hasURL(Pattern.compile(".*opt=sgd%2Cadam.*|.*opt=sgd,adam.*"));
        assertThat(page.locator("apex-chart#chart g.overlay-path[data-id='adam'] circle")).hasCount(31);

        sgd.locator("input").uncheck();
        assertThat(page).hasURL(Pattern.compile(".*opt=adam.*"));
        assertThat(page.locator("apex-chart#chart g.overlay-path[data-id='sgd']")).hasCount(0);

        page.locator("#language-ja").click();
        assertThat(sgd.locator("> label")).hasText("SGD（素の勾配降下法）");
        assertThat(adam).hasAttribute("checked", "");
    }
}
