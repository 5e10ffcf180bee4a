package com.momentumlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.optim.AdaGrad;
import com.momentumlab.numerics.optim.Adam;
import com.momentumlab.numerics.optim.Momentum;
import com.momentumlab.numerics.optim.Nesterov;
import com.momentumlab.numerics.optim.Optimizer;
import com.momentumlab.numerics.optim.RmsProp;
import com.momentumlab.numerics.optim.Sgd;
import com.momentumlab.numerics.optim.Trajectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What section 8 says about the lab's optimizers and the book's code: the book-style updates are written out
 * here in plain Java, one call of {@code update} per step, and compared with the numerics the lab runs.
 */
class OptimizerFamilyTest {

    private static final Vec2 START = new Vec2(-7, 2);

    /** One call of a book-style {@code update}: the new point from the point, the gradient there and the state. */
    private interface BookUpdate {
        double[] update(double[] theta, double[] g);
    }

    private static double[] gradient(double[] p) {
        return new double[] {p[0] / 10, 2 * p[1]};
    }

    private static double[][] bookRun(BookUpdate update, int steps) {
        double[][] path = new double[steps + 1][];
        path[0] = new double[] {START.x(), START.y()};
        for (int t = 1; t <= steps; t++) {
            path[t] = update.update(path[t - 1].clone(), gradient(path[t - 1]));
        }
        return path;
    }

    private static double[][] labRun(Optimizer optimizer, int steps) {
        Trajectory run = Trajectory.run(optimizer, ComparisonRuns.VALLEY, START, steps);
        return run.steps().stream().map(s -> new double[] {s.theta().x(), s.theta().y()}).toArray(double[][]::new);
    }

    private static double maxDistance(double[][] a, double[][] b) {
        double max = 0;
        for (int t = 0; t < a.length; t++) {
            max = Math.max(max, Math.hypot(a[t][0] - b[t][0], a[t][1] - b[t][1]));
        }
        return max;
    }

    // --- book-style updates (per coordinate, buffers start at zero) ------------------------------------------

    private static BookUpdate sgd(double lr) {
        return (p, g) -> new double[] {p[0] - lr * g[0], p[1] - lr * g[1]};
    }

    private static BookUpdate momentum(double lr, double momentum) {
        double[] v = new double[2];
        return (p, g) -> {
            for (int i = 0; i < 2; i++) {
                v[i] = momentum * v[i] - lr * g[i];
                p[i] += v[i];
            }
            return p;
        };
    }

    private static BookUpdate nesterov(double lr, double momentum) {
        double[] v = new double[2];
        return (p, g) -> {
            for (int i = 0; i < 2; i++) {
                v[i] *= momentum;
                v[i] -= lr * g[i];
                p[i] += momentum * momentum * v[i];
                p[i] -= (1 + momentum) * lr * g[i];
            }
            return p;
        };
    }

    private static BookUpdate adaGrad(double lr) {
        double[] h = new double[2];
        return (p, g) -> {
            for (int i = 0; i < 2; i++) {
                h[i] += g[i] * g[i];
                p[i] -= lr * g[i] / (Math.sqrt(h[i]) + 1e-7);
            }
            return p;
        };
    }

    private static BookUpdate rmsProp(double lr, double decayRate) {
        double[] h = new double[2];
        return (p, g) -> {
            for (int i = 0; i < 2; i++) {
                h[i] *= decayRate;
                h[i] += (1 - decayRate) * g[i] * g[i];
                p[i] -= lr * g[i] / (Math.sqrt(h[i]) + 1e-7);
            }
            return p;
        };
    }

    private static BookUpdate adam(double lr, double beta1, double beta2) {
        double[] m = new double[2];
        double[] v = new double[2];
        int[] iter = {0};
        return (p, g) -> {
            iter[0]++;
            double lrT = lr * Math.sqrt(1 - Math.pow(beta2, iter[0])) / (1 - Math.pow(beta1, iter[0]));
            for (int i = 0; i < 2; i++) {
                m[i] += (1 - beta1) * (g[i] - m[i]);
                v[i] += (1 - beta2) * (g[i] * g[i] - v[i]);
                p[i] -= lrT * m[i] / (Math.sqrt(v[i]) + 1e-7);
            }
            return p;
        };
    }

    // --- the claims ---------------------------------------------------------------------------------------------

    @Test
    void sgdMomentumAdaGradAndRmsPropOfTheLabAreTheBooksFormulasWithTheBooksConstants() {
        assertThat(RmsProp.DEFAULT_RHO).isEqualTo(0.99);
        assertThat(RmsProp.DEFAULT_EPSILON).isEqualTo(1e-7);
        assertThat(AdaGrad.DEFAULT_EPSILON).isEqualTo(1e-7);
        assertThat(Adam.DEFAULT_BETA1).isEqualTo(0.9);
        assertThat(Adam.DEFAULT_BETA2).isEqualTo(0.999);

        assertThat(maxDistance(labRun(new Sgd(0.95), 30), bookRun(sgd(0.95), 30))).isLessThan(1e-12);
        assertThat(maxDistance(labRun(new Momentum(0.1, 0.9), 30), bookRun(momentum(0.1, 0.9), 30))).isLessThan(1e-12);
        assertThat(maxDistance(labRun(new AdaGrad(1.5), 30), bookRun(adaGrad(1.5), 30))).isLessThan(1e-12);
        assertThat(maxDistance(labRun(new RmsProp(0.1), 30), bookRun(rmsProp(0.1, 0.99), 30))).isLessThan(1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void theLabsNesterovLeavesTheBooksPathAtTheFirstStepAsTheLessonSays(String language) {
        double[][] lab = labRun(new Nesterov(0.1, 0.9), 2);
        double[][] book = bookRun(nesterov(0.1, 0.9), 2);

        // from rest the look-ahead form takes a plain step; the book's code goes (1 + β + β²) times as far
        assertThat(lab[1]).containsExactly(new double[] {-7 + 0.1 * 0.7, 2 - 0.1 * 4}, within(1e-15));
        assertThat(book[1][0] - START.x()).isCloseTo((1 + 0.9 + 0.81) * (lab[1][0] - START.x()), within(1e-12));
        assertThat(book[1][1] - START.y()).isCloseTo((1 + 0.9 + 0.81) * (lab[1][1] - START.y()), within(1e-12));
        assertThat(Math.hypot(lab[1][0] - book[1][0], lab[1][1] - book[1][1])).isGreaterThan(0.1);

        String text = sectionText(language);
        assertThat(text).contains(num(1 + 0.9 + 0.81, 2))
                .contains("(" + num(lab[1][0], 4) + ", " + num(lab[1][1], 4) + ")")
                .contains("(" + num(book[1][0], 4) + ", " + num(book[1][1], 4) + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void theLabsAdamLeavesTheBooksPathAtTheFirstStepButByLessThanTheLessonSays(String language) {
        double[][] lab = labRun(new Adam(0.001), 1);
        double[][] book = bookRun(adam(0.001, 0.9, 0.999), 1);
        double difference = Math.hypot(lab[1][0] - book[1][0], lab[1][1] - book[1][1]);

        assertThat(difference).isGreaterThan(0).isLessThan(1e-8);
        // the book's 1e-7 on the uncorrected root is 1e-7 / sqrt(1 - β₂) on the corrected one at t = 1
        double epsilonAtFirstStep = 1e-7 / Math.sqrt(1 - 0.999);
        assertThat(epsilonAtFirstStep).isCloseTo(3.2e-6, within(0.05e-6));
        assertThat(Adam.DEFAULT_EPSILON).isEqualTo(1e-8);
        assertThat(sectionText(language)).contains("3.2 \\times 10^{-6}", "10^{-8}");
    }

    private static String sectionText(String language) {
        LessonSection section = LessonLibraryTest.LIBRARY.lesson(Locale.forLanguageTag(language))
                .section("optimizers").orElseThrow();
        return Jsoup.parseBodyFragment(section.html()).text();
    }

    private static String num(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
