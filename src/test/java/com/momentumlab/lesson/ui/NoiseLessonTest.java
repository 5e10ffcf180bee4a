package com.momentumlab.lesson.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.momentumlab.base.ui.LiveText;
import com.momentumlab.base.ui.ServerHtml;
import com.momentumlab.chart.ApexChart;
import com.momentumlab.lesson.LessonLibrary;
import com.momentumlab.testsupport.KaribuSpringTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The noise section: its table of figures recomputed from scratch (java.util.Random's Gaussian draws, x then y,
 * added to the valley's gradient (x/10, 2y), the update rules by hand), and its button that sets up the lab.
 */
class NoiseLessonTest extends KaribuSpringTest {

    private static final int SEEDS = 10;
    private static final int FROM = 101;
    private static final int TO = 200;

    @Autowired
    private LessonLibrary library;

    /** Per method: mean step length and mean distance from the noise-free path, over steps 101–200 and seeds 1–10. */
    private static double[] figures(double alpha, double beta) {
        double[][] exact = path(alpha, beta, 0, 0);
        double stepLength = 0;
        double distance = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            double[][] noisy = path(alpha, beta, 1, seed);
            for (int t = FROM; t <= TO; t++) {
                stepLength += Math.hypot(noisy[t][0] - noisy[t - 1][0], noisy[t][1] - noisy[t - 1][1]);
                distance += Math.hypot(noisy[t][0] - exact[t][0], noisy[t][1] - exact[t][1]);
            }
        }
        int n = SEEDS * (TO - FROM + 1);
        return new double[] {stepLength / n, distance / n};
    }

    /** Momentum v ← βv − αg̃, θ ← θ + v on the valley from (−7, 2); β = 0 is plain gradient descent. */
    private static double[][] path(double alpha, double beta, double sigma, long seed) {
        Random random = new Random(seed);
        double[][] path = new double[TO + 1][];
        double x = -7;
        double y = 2;
        double vx = 0;
        double vy = 0;
        path[0] = new double[] {x, y};
        for (int t = 1; t <= TO; t++) {
            double gx = x / 10 + (sigma == 0 ? 0 : sigma * random.nextGaussian());
            double gy = 2 * y + (sigma == 0 ? 0 : sigma * random.nextGaussian());
            vx = beta * vx - alpha * gx;
            vy = beta * vy - alpha * gy;
            x += vx;
            y += vy;
            path[t] = new double[] {x, y};
        }
        return path;
    }

    private static String rounded(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void theTableAndTheRatiosAreWhatTheExperimentGives(String language) {
        double[] sgd = figures(NoisePreset.SGD_ALPHA, 0);
        double[] momentum = figures(NoisePreset.MOMENTUM_ALPHA, 0.9);
        var section = Jsoup.parseBodyFragment(library.lesson(Locale.forLanguageTag(language)).section("noise")
                .orElseThrow().html());

        List<Element> rows = section.select("table tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("td").eachText()).endsWith(rounded(sgd[0], 3), rounded(momentum[0], 3));
        assertThat(rows.get(1).select("td").eachText()).endsWith(rounded(sgd[1], 2), rounded(momentum[1], 2));
        // Momentum's steps are shorter by the stated factor; the distances differ by less than a tenth.
        assertThat(section.text()).contains(rounded(sgd[0] / momentum[0], 1))
                .contains(rounded(1 / Math.sqrt((1 - 0.9) / (1 + 0.9)), 1));
        assertThat(Math.abs(sgd[1] - momentum[1]) / sgd[1]).isLessThan(0.1);
        assertThat(section.select("div.math-display").eachAttr("data-tex"))
                .anySatisfy(tex -> assertThat(tex).contains("\\approx " + rounded(Math.sqrt(0.1 / 1.9), 2)));
    }

    @Test
    void theButtonLoadsTheNoisyComparisonIntoTheLabAndRunsIt() {
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("noise-preset-button")));
        runUiQueueUntil(() -> _get(LiveText.class, spec -> spec.withId("status")).getText().startsWith("Done"));

        assertThat(field("field-noise")).isEqualTo("1");
        assertThat(field("field-seed")).isEqualTo("7");
        assertThat(field("field-lr")).isEqualTo("0.01");
        assertThat(field("field-beta")).isEqualTo("0.9");
        assertThat(field("field-sgd-lr")).isEqualTo("0.1");
        assertThat(field("field-steps")).isEqualTo("200");
        ApexChart chart = _get(ApexChart.class, spec -> spec.withId("chart"));
        double[][] momentum = path(NoisePreset.MOMENTUM_ALPHA, 0.9, 1, 7);
        double[][] sgd = path(NoisePreset.SGD_ALPHA, 0, 1, 7);
        assertThat(chart.overlayPoints("momentum")).hasSize(201);
        assertThat(chart.overlayPoints("momentum").get(200)).containsExactly(momentum[200]);
        assertThat(chart.overlayPoints("sgd").get(200)).containsExactly(sgd[200]);
        assertThat(_get(ServerHtml.class, spec -> spec.withId("noise-preset-status")).getText()).isEqualTo(
                "The lab is running the noisy comparison: gradient noise σ = 1 (seed 7), plain gradient descent with"
                        + " α = 0.1 and Momentum with α = 0.01, β = 0.9, 200 steps. Change the seed to draw other noise.");
    }

    private static String field(String id) {
        return _get(TextField.class, spec -> spec.withId(id)).getValue();
    }
}
