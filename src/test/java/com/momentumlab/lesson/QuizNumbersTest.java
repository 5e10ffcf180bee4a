package com.momentumlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.optim.Momentum;
import com.momentumlab.numerics.optim.Step;
import com.momentumlab.numerics.optim.Trajectory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every quiz item whose answer is a number is recomputed here from first principles (plain Java arithmetic or the
 * lab's numerics), never read from the quiz: the keyed choice must show exactly the recomputed numbers, rounded to
 * at most four decimals as the quiz writes them, and no other choice may show them.
 */
class QuizNumbersTest {

    private static final Quiz QUIZ = new Quiz();
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    /** The recomputed numbers of each numeric item, in the order its choices write them. */
    private static final Map<String, double[]> EXPECTED = new LinkedHashMap<>();

    /** Items whose choices all hold digits but whose answer is not a computed number, and why. */
    private static final Map<String, String> NOT_COMPUTED = Map.of(
            "divergence", "which alpha diverges: QuizTest checks the rule alpha*lambda > 2 + 2 beta on every choice",
            "oscillation", "which beta spirals: QuizTest checks the regime of every choice",
            "notation-alpha-eta", "which symbol is the learning rate; the numbers are given in the question",
            "family-defaults", "names and defaults; LessonContentTest checks the same defaults in the lesson's table");

    static {
        // The classic example: valley, theta0 = (-7, 2), alpha 0.1, beta 0.9, by the lab's own Momentum.
        List<Step> classic = Trajectory.run(new Momentum(0.1, 0.9), ComparisonRuns.VALLEY, new Vec2(-7, 2), 2).steps();
        EXPECTED.put("classic-theta1", xy(classic.get(1).theta()));
        EXPECTED.put("classic-v2", xy(classic.get(2).velocity()));

        // Weights 1, beta, beta^2, ... add up to 1 / (1 - beta): summed here term by term.
        double weights = 0;
        for (int k = 0; k < 10_000; k++) {
            weights += Math.pow(0.9, k);
        }
        EXPECTED.put("memory-length", new double[] {weights});

        // A constant gradient g = 1 with alpha = 1: iterate v = beta v - alpha g until it settles.
        double settled = 0;
        for (int t = 0; t < 10_000; t++) {
            settled = 0.9 * settled - 1;
        }
        EXPECTED.put("steady-slope", new double[] {settled});

        // The book-style class on L = w^2 from w = 3: v = momentum * v - lr * grad; w += v, twice.
        double w = 3;
        double v = 0;
        for (int call = 1; call <= 2; call++) {
            double g = 2 * w;
            v = 0.9 * v - 0.1 * g;
            w += v;
        }
        EXPECTED.put("book-v-after-two-calls", new double[] {v});
        EXPECTED.put("book-w-after-two-calls", new double[] {w});

        // The same class on the valley from W = (4, -1) with lr 0.1 and the default momentum 0.9: the lab's run.
        List<Step> fromFourMinusOne =
                Trajectory.run(new Momentum(0.1, 0.9), ComparisonRuns.VALLEY, new Vec2(4, -1), 2).steps();
        EXPECTED.put("book-v-two-calls-vector", xy(fromFourMinusOne.get(2).velocity()));

        // Our book-style class's defaults, read from its constructor.
        Matcher defaults = Pattern.compile("def __init__\\(self, lr=([0-9.]+), momentum=([0-9.]+)\\):")
                .matcher(new LessonLibrary().bookSource());
        assertThat(defaults.find()).isTrue();
        EXPECTED.put("book-defaults",
                new double[] {Double.parseDouble(defaults.group(1)), Double.parseDouble(defaults.group(2))});

        // The book's Nesterov update from rest with alpha = 1 and g = 1: how far the point moves.
        double beta = 0.9;
        double nv = 0;
        nv *= beta;
        nv -= 1.0;
        double move = beta * beta * nv - (1 + beta) * 1.0;
        EXPECTED.put("book-nesterov-first-step", new double[] {-move});

        // RMSProp from h = 0 with rho = 0.99 and alpha = 1, for an arbitrary gradient: the size of the first step.
        double g = 1.7;
        double h = 0.99 * 0 + (1 - 0.99) * g * g;
        EXPECTED.put("family-rmsprop-first-step", new double[] {g / (Math.sqrt(h) + 1e-12)});

        // AdaGrad with lr 0.1, gradients 3 then 4, the book's 1e-7 included: the second step.
        double sum = 3.0 * 3.0;
        sum += 4.0 * 4.0;
        EXPECTED.put("family-adagrad-second-step", new double[] {0.1 * 4.0 / (Math.sqrt(sum) + 1e-7)});

        // Converges iff 0 < alpha lambda < 2 + 2 beta: the largest alpha for beta = 0.5, lambda = 10.
        EXPECTED.put("effect-limit-beta-half", new double[] {(2 + 2 * 0.5) / 10});

        // Steady speed alpha / (1 - beta) for beta 0.99 against 0.9.
        EXPECTED.put("effect-beta-steady-speed", new double[] {(1 / (1 - 0.99)) / (1 / (1 - 0.9))});

        // |sigma| of sigma^2 - (1 + beta - alpha lambda) sigma + beta = 0, for alpha lambda = 0.5, where both betas spiral.
        assertThat(isComplex(0.81, 0.5)).isTrue();
        assertThat(isComplex(0.64, 0.5)).isTrue();
        EXPECTED.put("effect-beta-spiral-rate", new double[] {complexRootSize(0.64, 0.5)});

        // The first step of the lab's Momentum with alpha 0.3 against 0.1.
        double first03 = Trajectory.run(new Momentum(0.3, 0.9), ComparisonRuns.VALLEY, new Vec2(-7, 2), 1)
                .steps().get(1).velocity().x();
        double first01 = Trajectory.run(new Momentum(0.1, 0.9), ComparisonRuns.VALLEY, new Vec2(-7, 2), 1)
                .steps().get(1).velocity().x();
        EXPECTED.put("effect-alpha-first-step", new double[] {first03 / first01});
    }

    private static double[] xy(Vec2 v) {
        return new double[] {v.x(), v.y()};
    }

    private static boolean isComplex(double beta, double alphaLambda) {
        double b = 1 + beta - alphaLambda;
        return b * b - 4 * beta < 0;
    }

    private static double complexRootSize(double beta, double alphaLambda) {
        double b = 1 + beta - alphaLambda;
        double re = b / 2;
        double im = Math.sqrt(4 * beta - b * b) / 2;
        return Math.hypot(re, im);
    }

    /** Rounded to four decimals, trailing zeros dropped: how the quiz writes numbers. */
    private static String r(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static List<String> numbers(String source) {
        return NUMBER.matcher(source).results().map(m -> m.group()).toList();
    }

    @Test
    void onlyTheKeyedChoiceShowsTheRecomputedNumbers() {
        for (Locale locale : LessonLibraryTest.LANGUAGES) {
            Map<String, QuizItem> items = new LinkedHashMap<>();
            QUIZ.items(locale).forEach(item -> items.put(item.id(), item));
            EXPECTED.forEach((id, values) -> {
                QuizItem item = items.get(id);
                assertThat(item).as(id).isNotNull();
                List<String> expected = Arrays.stream(values).mapToObj(QuizNumbersTest::r).toList();
                int[] matching = IntStream.range(0, item.choices().size())
                        .filter(c -> numbers(item.choices().get(c).source()).equals(expected)).toArray();
                assertThat(matching).as("%s %s: choices showing %s", locale, id, expected).containsExactly(item.answer());
            });
        }
    }

    @Test
    void everyItemWhoseChoicesAreNumbersIsRecomputedOrSaysWhyNot() {
        for (QuizItem item : QUIZ.items(Locale.ENGLISH)) {
            boolean allHoldDigits = item.choices().stream().allMatch(c -> NUMBER.matcher(c.source()).find());
            if (allHoldDigits) {
                assertThat(EXPECTED.containsKey(item.id()) || NOT_COMPUTED.containsKey(item.id()))
                        .as("%s has numbers in every choice: recompute it here or say why not", item.id()).isTrue();
            }
        }
        assertThat(EXPECTED.keySet()).doesNotContainAnyElementsOf(NOT_COMPUTED.keySet());
    }

    @Test
    void theBankIsLargeEnoughAndAtLeastTenItemsAreOnTheBooksCode() {
        List<QuizItem> items = QUIZ.items(Locale.ENGLISH);
        assertThat(items).hasSizeGreaterThanOrEqualTo(40);
        assertThat(QUIZ.items(Locale.JAPANESE)).hasSameSizeAs(items);
        assertThat(items.stream().filter(i -> i.id().startsWith("book-"))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(items.stream().filter(i -> i.id().startsWith("family-"))).hasSizeGreaterThanOrEqualTo(6);
        assertThat(items.stream().filter(i -> i.id().startsWith("effect-") || i.id().startsWith("larger-")))
                .hasSizeGreaterThanOrEqualTo(5);
    }
}
