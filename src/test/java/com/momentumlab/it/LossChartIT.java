package com.momentumlab.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Locator;
import com.momentumlab.testsupport.BrowserTest;
import com.momentumlab.testsupport.ChartProbe;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The loss chart shows each optimizer's loss up to the step the lab shows, no further: read from its pixels. */
class LossChartIT extends BrowserTest {

    /** Momentum's colour, #D55E00. */
    private static final int[] MOMENTUM = {0xD5, 0x5E, 0x00};
    /** How far (RGB distance) a pixel may be from the colour and still belong to the line (its anti-aliased edge). */
    private static final double SAME_COLOUR = 60;

    @Test
    void theLossLineEndsAtTheStepShown() throws IOException {
        open(page, "");
        page.locator("#tab-loss").click();
        Locator lossChart = page.locator("#loss-chart");

        page.locator("#reset").click();
        page.locator("#step").click();
        page.locator("#step").click();
        assertThat(page.locator("#status")).hasText("Paused at step 2 of 30.");
        assertThat(rightmostMomentumColumn(lossChart)).isCloseTo(pixelX(lossChart, 2), within(3.0));

        page.locator("#run").click();
        assertThat(page.locator("#status")).hasText("Done: 30 steps.");
        assertThat(rightmostMomentumColumn(lossChart)).isCloseTo(pixelX(lossChart, 30), within(3.0));
    }

    /**
     * After a change the main chart shows the new run first and the loss chart is redrawn after that frame: it must
     * still end up with the new run's losses, not keep the old run's line.
     */
    @Test
    void aNewBetaRedrawsTheLossLineWithTheNewRunsLosses() throws IOException {
        open(page, "");
        Locator lossChart = page.locator("#loss-chart");
        assertThat(page.locator("#status")).hasText("Done: 30 steps.");
        String oldLoss = page.locator("#readout-value").textContent();
        Locator beta = page.locator("#field-beta input");
        beta.fill("0.8");
        beta.press("Tab");
        assertThat(page.locator("#readout-value")).not().hasText(oldLoss);
        double loss = Double.parseDouble(page.locator("#readout-value").textContent().replace('\u2212', '-'));
        page.locator("#tab-loss").click(); // a hidden view catches up when it is shown
        page.waitForFunction("v => { const s = document.querySelector('#loss-chart')?.chart?.w?.config?.series?.[0]?.data;"
                + " return !!s && s.length === 31 && Math.abs(s[30][1] - v) < 1e-4; }", Math.log10(loss));
        assertThat(rightmostMomentumColumn(lossChart)).isCloseTo(pixelX(lossChart, 30), within(3.0));
    }

    private static double pixelX(Locator chart, int step) {
        return ChartProbe.pixelOf(chart, step, 0)[0];
    }

    /** The rightmost pixel column of the chart's screenshot where Momentum's loss line is drawn. */
    private static double rightmostMomentumColumn(Locator chart) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.screenshot()));
        for (int x = image.getWidth() - 1; x >= 0; x--) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                double distance = Math.sqrt(square(((rgb >> 16) & 0xFF) - MOMENTUM[0])
                        + square(((rgb >> 8) & 0xFF) - MOMENTUM[1]) + square((rgb & 0xFF) - MOMENTUM[2]));
                if (distance <= SAME_COLOUR) {
                    return x;
                }
            }
        }
        return -1;
    }

    private static double square(double v) {
        return v * v;
    }
}
