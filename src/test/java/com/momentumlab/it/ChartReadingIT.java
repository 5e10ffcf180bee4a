package com.momentumlab.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.momentumlab.testsupport.BrowserTest;
import com.momentumlab.testsupport.ChartProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The charts read as a scientist would draw them, and picked or typed values read as a person would type them. */
class ChartReadingIT extends BrowserTest {

    private static final String CHART = "apex-chart#chart";

    private static List<String> texts(Page target, String selector) {
        return target.locator(selector).allTextContents();
    }

    /** A number read in the page from the first element matching {@code selector}, e.g. "getBBox().width". */
    private static double measure(Page target, String selector, String property) {
        return ((Number) target.evaluate("() => document.querySelector('" + selector + "')." + property)).doubleValue();
    }

    @Test
    void theContourChartHasAxisTitlesRoundTicksARealMinusAndAMarkerAtEachMinimum() {
        open(page, "?f=dip");
        assertThat(texts(page, CHART + " .frame-layer .x-title")).containsExactly("x");
        assertThat(texts(page, CHART + " .frame-layer .y-title")).containsExactly("y");
        List<String> labels = texts(page, CHART + " .frame-layer .chart-tick-label");
        // The dip's window is [−5.5, 1.5] × [−2, 2]: whole numbers, labelled with U+2212, never "-0".
        assertThat(labels).contains("\u22125", "\u22124", "0", "1", "\u22122", "2");
        assertThat(labels).noneMatch(label -> label.contains("-") || label.contains(".5") || label.equals("\u22120"));
        assertThat(page.locator(CHART + " .frame-layer .chart-minimum")).hasCount(2);

        open(page, "?f=himmelblau");
        assertThat(page.locator(CHART + " .frame-layer .chart-minimum")).hasCount(4);
        // A square window at 1280 × 900 is drawn square: one unit as long on x as on y.
        assertThat(measure(page, CHART + " .chart-frame", "getBBox().width"))
                .isCloseTo(measure(page, CHART + " .chart-frame", "getBBox().height"), org.assertj.core.data.Offset.offset(3.0));
    }

    @Test
    void theLossChartOfADivergingRunCountsEveryStepAndItsPathStaysInsideThePlot() {
        open(page, "?lr=3&beta=0.9");
        page.locator("#tab-loss").click(); // the hidden view is drawn once it is shown
        assertThat(page.locator("apex-chart#loss-chart .frame-layer .x-title")).hasText("Step t");
        // Step ticks at equal round intervals (never 0, 1, 2, 3, 5, 6 …).
        List<Integer> steps = texts(page, "apex-chart#loss-chart .chart-tick-label[text-anchor=middle]").stream()
                .map(Integer::parseInt).toList();
        assertThat(steps).hasSizeGreaterThan(2).startsWith(0);
        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i) - steps.get(i - 1)).isEqualTo(steps.get(1) - steps.get(0)).isIn(1, 2, 5, 10, 20, 50, 100);
        }
        // The path flies off the window; it is clipped at the plot's edge, not drawn over the axes and status.
        assertThat(page.locator(CHART + " .overlay-layer").getAttribute("clip-path")).startsWith("url(#");
        assertThat(measure(page, CHART + " .apex-chart-overlay clipPath rect", "width.baseVal.value"))
                .isCloseTo(measure(page, CHART + " .chart-frame", "getBBox().width"), org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void aClickOnTheChartGivesAStartRoundedToTheChartsResolutionInFieldAndAddress() {
        open(page, "");
        double[] pixel = ChartProbe.pixelOf(page.locator(CHART), 4.03, -2.07);
        page.locator(CHART).click(new Locator.ClickOptions().setPosition(pixel[0], pixel[1]));
        // The valley's window is 20 wide: a resolution of 0.1, so one decimal.
        page.waitForFunction("() => /^\u2212?\\d+(\\.\\d)?$/.test(document.querySelector('#field-x0 input').value)"
                + " && document.querySelector('#field-x0 input').value !== '\u22127'");
        assertThat(page.locator("#field-y0 input")).hasValue(Pattern.compile("^\u2212?\\d+(\\.\\d)?$"));
        page.waitForURL(Pattern.compile(".*[?&]x=-?\\d+(\\.\\d)?(&.*)?$"));
        assertThat(page.url()).matches(".*[?&]y=-?\\d+(\\.\\d)?(&.*)?$");
    }

    @Test
    void aNoticeAboutABadLinkCanBeDismissedAndABadLanguageIsRewritten() {
        open(page, "?lr=abc&lang=fr");
        assertThat(page.locator("#notice .ml-notice-item")).hasCount(2);
        page.waitForURL(Pattern.compile(".*lang=en.*"));
        assertThat(page.url()).doesNotContain("lang=fr");
        page.locator("#notice-dismiss").click();
        assertThat(page.locator("#notice")).isHidden();
    }

    @Test
    void aDecimalCommaGetsAMessageThatDoesNotMoveTheSlider() {
        open(page, "");
        Locator slider = page.locator("#slider-beta");
        double before = slider.boundingBox().y;
        page.locator("#field-beta input").fill("0,5");
        page.locator("#field-beta input").press("Enter");
        assertThat(page.locator("#field-beta")).hasAttribute("invalid", "");
        assertThat(page.locator("#field-beta")).containsText("Please use a decimal point");
        assertThat(slider.boundingBox().y).isEqualTo(before);
    }

    @Test
    void screenshotsOfTheLabInEnglishAndJapanese() {
        for (String lang : List.of("en", "ja")) {
            BrowserContext wide = newContext(lang);
            Page target = wide.newPage();
            target.setViewportSize(1440, 900);
            open(target, "?f=dip&lang=" + lang);
            target.locator(CHART).scrollIntoViewIfNeeded();
            target.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "lab-" + lang + ".png")));
            assertThat(target.locator(CHART + " .frame-layer .chart-tick-label").first()).isVisible();
            wide.close();
        }
    }
}
