package com.momentumlab.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.momentumlab.numerics.function.Valley;
import com.momentumlab.playground.StabilityPicture;
import com.momentumlab.testsupport.BrowserTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stability map in a browser, on the test-only page {@code test/stability-map} (the valley, α 0.1,
 * β 0.9): it draws, a click and the keyboard both pick (α, β), and the server's answer moves the ring.
 */
class StabilityMapIT extends BrowserTest {

    private Locator map;

    @BeforeEach
    void openTheMap() {
        page.navigate(url("test/stability-map"));
        // Generous: until the lead regenerates the committed dev bundle, the first start builds it (npm, Vite).
        page.waitForFunction("() => document.querySelector('heat-map')?.toPixel != null", null,
                new Page.WaitForFunctionOptions().setTimeout(300_000));
        map = page.locator("heat-map");
        page.waitForCondition(() -> ringAt(0.1, 0.9), new Page.WaitForConditionOptions().setTimeout(30_000));
    }

    private List<?> evaluate(String script, Object... args) {
        return (List<?>) map.evaluate(script, args.length == 0 ? null : List.of(args));
    }

    /**
     * Whether the ring is drawn around (α, β), read off the canvas as a viewer sees it: the pixel on the ring's
     * right, 7 CSS pixels from its centre, has the marker's vermillion (#D55E00).
     */
    private boolean ringAt(double alpha, double beta) {
        List<?> rgba = evaluate("""
                (m, [x, y]) => {
                  const [px, py] = m.toPixel(x, y);
                  const canvas = m.shadowRoot.querySelector('canvas');
                  const scale = canvas.width / m.clientWidth;
                  return Array.from(canvas.getContext('2d')
                      .getImageData(Math.round((px + 7) * scale), Math.round(py * scale), 1, 1).data);
                }""", alpha, beta);
        int[] c = rgba.stream().mapToInt(v -> ((Number) v).intValue()).toArray();
        return Math.abs(c[0] - 0xD5) < 40 && Math.abs(c[1] - 0x5E) < 40 && c[2] < 40;
    }

    /** The RGBA the canvas shows at data point (α, β). */
    private int[] colorAt(double alpha, double beta) {
        List<?> rgba = evaluate("(m, [x, y]) => m.colorAt(x, y)", alpha, beta);
        return rgba.stream().mapToInt(v -> ((Number) v).intValue()).toArray();
    }

    @Test
    void theMapDrawsColoursWhereItConvergesAndGreyHatchingWhereItDiverges() {
        assertThat(ringAt(0.1, 0.9)).isTrue();
        assertThat(ringAt(0.3, 0.5)).isFalse();
        assertThat(map).hasAttribute("role", "application");
        assertThat(map).hasAttribute("aria-label",
                "Stability map: how fast momentum converges for each learning rate α and momentum β");

        // The centre of a converging cell shows exactly its palette colour (no smoothing between cells).
        StabilityPicture valley = StabilityPicture.of(new Valley()).orElseThrow();
        int column = 21;
        int row = 50; // α ≈ 0.29, β = 0.505: rate ≈ 0.93
        String hex = valley.data().palette().get(valley.data().colorIndex(column, row));
        int rgb = Integer.parseInt(hex.substring(1), 16);
        assertThat(colorAt(valley.map().alpha(column), valley.map().beta(row)))
                .containsExactly(rgb >> 16, (rgb >> 8) & 255, rgb & 255, 255);
        int[] divergent = colorAt(2.15, 0.1); // α > 1 + β: light grey, r = g = b
        assertThat(divergent[0]).isEqualTo(divergent[1]).isEqualTo(divergent[2]);
        assertThat(divergent[0]).isGreaterThan(150);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "stability-map.png")).setFullPage(true));
    }

    @Test
    void aJapaneseBrowserGetsTheJapaneseMap() {
        Page japanese = newContext("ja-JP").newPage();
        japanese.navigate(url("test/stability-map"));
        assertThat(japanese.locator("#stability-point"))
                .hasText("α = 0.1、β = 0.9 では、最小値までの距離が 1 ステップごとに 0.9487 倍に縮みます。");
        assertThat(japanese.locator("heat-map")).hasJSProperty("labels",
                "{\"xTitle\":\"学習率 α\",\"yTitle\":\"モーメンタム β\",\"legendTitle\":\"1 ステップあたりの収束率\"}");
        japanese.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "stability-map-ja.png")).setFullPage(true));
    }

    @Test
    void aClickPicksTheNearestHundredths() {
        List<?> at = evaluate("(m, [x, y]) => m.toPixel(x, y)", 0.44, 0.9);
        map.click(new Locator.ClickOptions().setPosition(((Number) at.get(0)).doubleValue(), ((Number) at.get(1)).doubleValue()));

        assertThat(page.locator("#picked")).hasText("0.44 0.9");
        assertThat(page.locator("#stability-point")).hasText(
                java.util.regex.Pattern.compile("^At α = 0\\.44, β = 0\\.9 the distance to the minimum shrinks by a factor of 0\\.9\\d* per step\\.$"));
        page.waitForCondition(() -> ringAt(0.44, 0.9));
    }

    @Test
    void theArrowKeysMoveTheRingAndEnterOrSpacePicksIt() {
        map.focus();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowUp");
        assertThat(page.locator("#picked")).hasText(""); // moving is not picking
        page.keyboard().press("Enter");
        assertThat(page.locator("#picked")).hasText("0.12 0.91");
        page.waitForCondition(() -> ringAt(0.12, 0.91));

        page.keyboard().press("Shift+ArrowLeft"); // ten steps
        page.keyboard().press(" ");
        assertThat(page.locator("#picked")).hasText("0.02 0.91");
        assertThat(page.locator("#stability-point")).containsText("At α = 0.02, β = 0.91");
    }
}
