package com.momentumlab.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import com.momentumlab.testsupport.BrowserTest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The page as a learner first sees it: on a laptop the chart, the controls that matter and the header at once;
 * on a phone the chart right after the header, nothing wider than the screen and targets a thumb can hit; the
 * other views one click away in tabs; and a dark page when the system asks for one.
 */
class PageLayoutIT extends BrowserTest {

    /** What a learner needs in view on first visit: the header, the whole chart, α, β, the start and Run. */
    private static final List<String> IN_VIEW_ON_A_LAPTOP = List.of(".ml-header", "#chart", "#field-lr", "#slider-lr",
            "#field-beta", "#slider-beta", "#field-x0", "#field-y0", "#run", "#lab-views");

    @ParameterizedTest(name = "{0}×{1}, {2}")
    @CsvSource({"1440, 900, en", "1440, 900, ja", "1280, 800, en", "1280, 800, ja"})
    void onALaptopTheChartAndTheControlsThatMatterAreInViewWithTheHeader(int width, int height, String lang) {
        page.setViewportSize(width, height);
        open(page, "?lang=" + lang);
        for (String selector : IN_VIEW_ON_A_LAPTOP) {
            BoundingBox box = page.locator(selector).boundingBox();
            assertThat(box).as(selector).isNotNull();
            assertThat(box.y).as(selector + " top").isGreaterThanOrEqualTo(0);
            assertThat(box.y + box.height).as(selector + " bottom").isLessThanOrEqualTo(height);
            assertThat(box.x + box.width).as(selector + " right").isLessThanOrEqualTo(width);
        }
        // the controls stand beside the chart, not below it
        assertThat(page.locator("#run").boundingBox().x).isGreaterThan(page.locator("#chart").boundingBox().x
                + page.locator("#chart").boundingBox().width);
        // no box of its own that scrolls: the lab is as tall as its content
        assertThat(page.evaluate("() => { const lab = document.querySelector('.ml-lab');"
                + " return getComputedStyle(lab).overflowY === 'visible' && lab.scrollHeight <= lab.clientHeight + 1; }"))
                .isEqualTo(true);
    }

    @Test
    void theTabsUnderTheChartSwitchTheViewsAndSayWhichOneShows() {
        open(page, "");
        assertThat(page.locator("#tab-details")).hasAttribute("aria-selected", "true");
        assertThat(page.locator("#readout-step")).isVisible();
        assertThat(page.locator("#loss-chart")).isHidden();

        page.locator("#tab-loss").click();
        assertThat(page.locator("#tab-loss")).hasAttribute("aria-selected", "true");
        assertThat(page.locator("#tab-details")).not().hasAttribute("aria-selected", "true");
        assertThat(page.locator("#loss-chart")).isVisible();
        assertThat(page.locator("#loss-chart .frame-layer .x-title")).hasText("Step t");
        assertThat(page.locator("#readout-step")).isHidden();

        // the table followed the run while hidden, and shows its last row once its tab is chosen
        page.locator("#tab-table").click();
        Locator lastRow = page.locator("#iterate-table tbody tr").last();
        assertThat(lastRow.locator("td").first()).hasText("30");
        page.waitForFunction("() => { const box = document.querySelector('#iterate-table');"
                + " return box.clientHeight > 0 && box.scrollHeight - box.scrollTop - box.clientHeight < 2; }");
        assertThat(page.locator("#csv")).isVisible();

        page.locator("#tab-stability").click();
        assertThat(page.locator("#stability-map")).isVisible();
        assertThat(page.locator("#loss-chart")).isHidden();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "ja"})
    void onAPhoneTheChartFollowsTheHeaderAtFullWidthAndNothingIsWiderThanTheScreen(String lang) {
        page.setViewportSize(390, 844);
        open(page, "?lang=" + lang);
        BoundingBox header = page.locator(".ml-header").boundingBox();
        BoundingBox chart = page.locator("#chart").boundingBox();
        assertThat(chart.y - (header.y + header.height)).isBetween(0.0, 24.0);
        assertThat(chart.width).isGreaterThanOrEqualTo(390 - 2 * 16);
        assertThat(page.locator("#run").boundingBox().y).isLessThan(844); // Run on the first screen too
        assertThat(elementsWiderThanTheScreen()).isEmpty();

        page.locator("#tab-table").click();
        assertThat(page.locator("#iterate-table")).isVisible();
        assertThat(elementsWiderThanTheScreen()).isEmpty();
    }

    @Test
    void onAPhoneEveryTargetIsAtLeast44PixelsSquare() {
        page.setViewportSize(390, 844);
        open(page, "?lang=en");
        page.waitForFunction("() => document.querySelectorAll('button.ml-lab-link').length > 0"
                + " && document.querySelectorAll('.ml-quiz-choice').length > 0");
        List<String> targets = List.of("#slider-lr", "#slider-beta", "#field-compare vaadin-checkbox", "#language-ja",
                "#language-en", "#run", "#step", "#field-lr", ".ml-quiz-choice", "button.ml-lab-link", "#tab-loss");
        for (String selector : targets) {
            Locator all = page.locator(selector);
            assertThat(all.count()).as(selector).isPositive();
            for (int i = 0; i < Math.min(all.count(), 4); i++) {
                Locator target = all.nth(i);
                target.scrollIntoViewIfNeeded();
                BoundingBox box = target.boundingBox();
                assertThat(box.width).as(selector + " #" + i + " width").isGreaterThanOrEqualTo(44);
                assertThat(box.height).as(selector + " #" + i + " height").isGreaterThanOrEqualTo(44);
            }
        }
    }

    @Test
    void aDarkSystemSettingGivesADarkPageWithChartLinesThatStandOut() {
        BrowserContext dark = newDarkContext();
        Page target = dark.newPage();
        open(target, "?lang=en");
        double background = luminance(target, "() => getComputedStyle(document.documentElement).backgroundColor");
        double text = luminance(target, "() => getComputedStyle(document.body).color");
        assertThat(background).isLessThan(0.05);
        assertThat(text).isGreaterThan(0.6);
        // the contour lines and the path are lightened for the dark page (viridis' dark end would vanish)
        List<?> strokes = (List<?>) target.evaluate("() => [...document.querySelectorAll('#chart .apexcharts-series path')]"
                + ".map(p => p.getAttribute('stroke')).concat([document.querySelector('#chart .overlay-path polyline')"
                + ".getAttribute('stroke')])");
        assertThat(strokes).isNotEmpty();
        for (Object stroke : strokes) {
            assertThat(luminanceOf(String.valueOf(stroke))).as(String.valueOf(stroke)).isGreaterThanOrEqualTo(0.19);
        }
        dark.close();
    }

    @Test
    void theChartTakesTheDarkPagesColoursWhenTheSystemSwitchesWhileThePageIsOpen() {
        open(page, "?lang=en");
        // the strokes of the contours, the paths and the arrows, as drawn now
        String strokes = "[...document.querySelectorAll('#chart .apexcharts-series path, #chart .overlay-path polyline,"
                + " #chart .overlay-arrow line')].map(e => e.getAttribute('stroke'))";
        List<?> light = (List<?>) page.evaluate("() => " + strokes);
        assertThat(light).isNotEmpty();
        assertThat(light.stream().mapToDouble(s -> luminanceOf(String.valueOf(s))).min().orElseThrow()).isLessThan(0.19);

        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        // WCAG luminance of "#rrggbb" or "rgb(a)(r, g, b…)", as luminanceOf computes it here
        String luminance = "s => (s.startsWith('#') ? [1, 3, 5].map(i => parseInt(s.slice(i, i + 2), 16))"
                + " : s.match(/[0-9.]+/g).slice(0, 3).map(Number)).map(v => v / 255)"
                + ".map(v => v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)"
                + ".reduce((sum, v, i) => sum + [0.2126, 0.7152, 0.0722][i] * v, 0)";
        page.waitForFunction("count => { const now = " + strokes + "; const luminance = " + luminance + ";"
                + " return now.length === count && now.every(s => luminance(s) >= 0.19); }", light.size());
        assertThat(legendSwatchesNotDrawn()).isEmpty();

        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
        page.waitForFunction("before => JSON.stringify(" + strokes + ") === JSON.stringify(before)", light);
        assertThat(legendSwatchesNotDrawn()).isEmpty();
    }

    /**
     * The legend's one-colour swatches whose colour no line or arrow on the chart has (so a learner could not match
     * them), as "rgb(…)".
     */
    private List<?> legendSwatchesNotDrawn() {
        return (List<?>) page.evaluate("""
                () => {
                  const rgb = h => h.startsWith('#')
                      ? 'rgb(' + [1, 3, 5].map(i => parseInt(h.slice(i, i + 2), 16)).join(', ') + ')' : h;
                  const drawn = new Set([...document.querySelectorAll('#chart .overlay-path polyline, #chart .overlay-arrow line')]
                      .map(e => rgb(e.getAttribute('stroke'))));
                  return [...document.querySelectorAll('#legend .ml-swatch')]
                      .map(s => getComputedStyle(s).backgroundImage === 'none' ? getComputedStyle(s).backgroundColor : null)
                      .filter(c => c !== null && !drawn.has(c));
                }""");
    }

    private BrowserContext newDarkContext() {
        BrowserContext created = context.browser().newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setViewportSize(1280, 900).setColorScheme(ColorScheme.DARK));
        created.setDefaultTimeout(90_000);
        return created;
    }

    /** Elements sticking out of the screen's width that are not inside a box of their own that scrolls. */
    private List<?> elementsWiderThanTheScreen() {
        return (List<?>) page.evaluate("""
                () => {
                  const width = document.documentElement.clientWidth;
                  const scrolls = e => { for (let a = e.parentElement; a; a = a.parentElement) {
                      const o = getComputedStyle(a).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; }
                    return false; };
                  return [...document.querySelectorAll('body *')].filter(e => {
                      const r = e.getBoundingClientRect();
                      return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5) && !scrolls(e);
                    }).slice(0, 10).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className);
                }""");
    }

    private static double luminance(Page target, String colourScript) {
        return luminanceOf((String) target.evaluate(colourScript));
    }

    /** WCAG relative luminance of "rgb(r, g, b)", "rgba(…)" or "#rrggbb". */
    static double luminanceOf(String colour) {
        double[] rgb = new double[3];
        if (colour.startsWith("#")) {
            for (int i = 0; i < 3; i++) {
                rgb[i] = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            }
        } else {
            String[] parts = colour.replaceAll("[^0-9.,]", "").split(",");
            for (int i = 0; i < 3; i++) {
                rgb[i] = Double.parseDouble(parts[i]) / 255.0;
            }
        }
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            linear[i] = rgb[i] <= 0.04045 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
