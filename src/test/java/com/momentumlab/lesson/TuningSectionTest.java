package com.momentumlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.momentumlab.numerics.function.Valley;
import com.momentumlab.numerics.optim.MomentumAnalysis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Section "Tuning, honestly": every decimal it prints is recomputed here, from the valley's curvatures and the
 * lab's own convergence analysis, and no other decimal may appear.
 */
class TuningSectionTest {

    private static final double LAMBDA_MIN = 0.1;
    private static final double LAMBDA_MAX = 2;
    private static final Valley VALLEY = new Valley();
    private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");

    private static String text(String language) {
        LessonSection section = LessonLibraryTest.LIBRARY.lesson(Locale.forLanguageTag(language))
                .section("tuning").orElseThrow();
        Document doc = Jsoup.parseBodyFragment(section.html());
        return doc.text() + " " + String.join(" ", doc.select("[data-tex]").eachAttr("data-tex"));
    }

    private static String num(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static double rate(double alpha, double beta) {
        return MomentumAnalysis.of(VALLEY, alpha, beta).orElseThrow().rate();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void everyDecimalOfTheSectionIsRecomputed(String language) {
        Set<String> expected = new LinkedHashSet<>();
        // the classic setting and its rate: both axes spiral, so √β
        expected.add("0.1");
        expected.add("0.9");
        double classic = rate(0.1, 0.9);
        assertThat(classic).isEqualTo(Math.sqrt(0.9));
        expected.add(num(classic, 3));
        // plain gradient descent at its best α = 2/(λmin + λmax): (κ − 1)/(κ + 1), faster than the classic setting
        double kappa = LAMBDA_MAX / LAMBDA_MIN;
        double gdAlpha = 2 / (LAMBDA_MIN + LAMBDA_MAX);
        expected.add(num(gdAlpha, 3));
        double gd = rate(gdAlpha, 0);
        assertThat(gd).isCloseTo((kappa - 1) / (kappa + 1), within(1e-12))
                .isLessThan(classic);
        expected.add(num(gd, 3));
        // critical damping at α = 0.1: x wants (1 − √(αλx))², then the whole run converges at 1 − √(αλx)
        double alphaLambdaX = 0.1 * LAMBDA_MIN;
        double alphaLambdaY = 0.1 * LAMBDA_MAX;
        expected.add(num(alphaLambdaX, 3));
        expected.add(num(alphaLambdaY, 3));
        double criticalX = Math.pow(1 - Math.sqrt(alphaLambdaX), 2);
        expected.add(num(criticalX, 3));
        assertThat(num(criticalX, 3)).isEqualTo("0.81");
        assertThat(rate(0.1, criticalX)).isCloseTo(1 - Math.sqrt(alphaLambdaX), within(1e-6))
                .isLessThan(gd);
        for (double beta : new double[] {criticalX - 0.01, criticalX + 0.01}) { // the border is the fastest β
            assertThat(rate(0.1, beta)).isGreaterThan(rate(0.1, criticalX));
        }
        expected.add(num(rate(0.1, criticalX), 3));
        expected.add(num(Math.sqrt(criticalX), 3));
        expected.add(num(Math.pow(1 - Math.sqrt(alphaLambdaY), 2), 3));
        // the heavy-ball optimum
        double alphaStar = 4 / Math.pow(Math.sqrt(LAMBDA_MAX) + Math.sqrt(LAMBDA_MIN), 2);
        double betaStar = Math.pow((Math.sqrt(kappa) - 1) / (Math.sqrt(kappa) + 1), 2);
        expected.add(num(alphaStar, 3));
        expected.add(num(betaStar, 3));
        double best = rate(alphaStar, betaStar);
        assertThat(best).isCloseTo(Math.sqrt(betaStar), within(1e-6));
        for (double[] near : new double[][] {{alphaStar * 0.98, betaStar}, {alphaStar, betaStar + 0.02}, {0.1, 0.9}}) {
            assertThat(rate(near[0], near[1])).isGreaterThan(best);
        }
        expected.add(num(best, 3));
        // the effective step α/(1 − β)
        assertThat(0.1 / (1 - 0.9)).isCloseTo(1, within(1e-12));
        assertThat(0.1 / (1 - 0.99)).isCloseTo(10, within(1e-12));
        assertThat(0.05 / (1 - 0.95)).isCloseTo(1, within(1e-12));
        expected.addAll(Set.of("0.99", "0.05", "0.95"));

        String text = text(language);
        Set<String> found = new LinkedHashSet<>();
        Matcher m = DECIMAL.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(text).contains("\\kappa = 20").contains("\\lambda_{\\max} = 2");
        assertThat(kappa).isEqualTo(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void theSectionLinksToTheStabilityMap(String language) {
        LessonSection section = LessonLibraryTest.LIBRARY.lesson(Locale.forLanguageTag(language))
                .section("tuning").orElseThrow();
        assertThat(Jsoup.parseBodyFragment(section.html()).select("a[href=#view-stability]")).hasSize(1);
    }
}
