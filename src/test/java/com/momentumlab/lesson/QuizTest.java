package com.momentumlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class QuizTest {

    private static final Quiz QUIZ = new Quiz();
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private static Map<String, QuizItem> byId(Locale locale) {
        return QUIZ.items(locale).stream().collect(Collectors.toMap(QuizItem::id, Function.identity()));
    }

    @Test
    void bothLanguagesHaveTheSameItemsWithUniqueIds() {
        List<String> en = QUIZ.items(Locale.ENGLISH).stream().map(QuizItem::id).toList();
        List<String> ja = QUIZ.items(Locale.JAPANESE).stream().map(QuizItem::id).toList();

        assertThat(en).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates().isEqualTo(ja);
        assertThat(QUIZ.items(Locale.GERMAN)).isSameAs(QUIZ.items(Locale.ENGLISH));
        assertThat(QUIZ.items(Locale.JAPAN)).isSameAs(QUIZ.items(Locale.JAPANESE));
    }

    @Test
    void everyItemHasExactlyOneCorrectChoiceAndTheSameChoicesCountInBothLanguages() {
        Map<String, QuizItem> ja = byId(Locale.JAPANESE);
        for (QuizItem en : QUIZ.items(Locale.ENGLISH)) {
            QuizItem other = ja.get(en.id());
            assertThat(en.choices()).as(en.id()).hasSizeGreaterThanOrEqualTo(3).hasSameSizeAs(other.choices());
            assertThat(IntStream.range(0, en.choices().size()).filter(en::isCorrect)).as(en.id()).containsExactly(en.answer());
            assertThat(other.answer()).isEqualTo(en.answer());
            assertThat(en.isCorrect(-1)).isFalse();
            assertThat(en.isCorrect(en.choices().size())).isFalse();
        }
    }

    @Test
    void noTextIsBlankAndNoChoiceRepeatsWithinAnItem() {
        for (Locale locale : LessonLibraryTest.LANGUAGES) {
            for (QuizItem item : QUIZ.items(locale)) {
                assertThat(item.question().source()).as(item.id()).isNotBlank();
                assertThat(item.explanation().source()).as(item.id()).isNotBlank();
                assertThat(item.choices()).extracting(RichText::source).as(item.id())
                        .allSatisfy(c -> assertThat(c).isNotBlank()).doesNotHaveDuplicates();
                assertThat(Jsoup.parseBodyFragment(item.question().html()).text()).isNotBlank();
            }
        }
    }

    @Test
    void theAnswersAreNotAllInTheSamePosition() {
        assertThat(QUIZ.items(Locale.ENGLISH).stream().map(QuizItem::answer).distinct().count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void texInTheQuizBecomesMathElements() {
        QuizItem item = byId(Locale.ENGLISH).get("update-rule");
        String html = item.choices().get(item.answer()).html();

        assertThat(Jsoup.parseBodyFragment(html).select("span.math").eachAttr("data-tex"))
                .containsExactly("v \\leftarrow \\beta v - \\alpha \\nabla L(\\theta)", "\\theta \\leftarrow \\theta + v");
    }

    @Test
    void theClassicExampleAnswersMatchAnIndependentComputation() {
        // g1 = grad f(theta0) = (-7/10, 2*2); v1 = -0.1 g1; theta1 = theta0 + v1; g2 = (x1/10, 2 y1); v2 = 0.9 v1 - 0.1 g2.
        double x1 = -7 + (-0.1 * (-7.0 / 10));
        double y1 = 2 + (-0.1 * (2 * 2.0));
        double vx2 = 0.9 * (-0.1 * (-7.0 / 10)) - 0.1 * (x1 / 10);
        double vy2 = 0.9 * (-0.1 * (2 * 2.0)) - 0.1 * (2 * y1);

        for (Locale locale : LessonLibraryTest.LANGUAGES) {
            QuizItem theta1 = byId(locale).get("classic-theta1");
            QuizItem v2 = byId(locale).get("classic-v2");
            assertThat(theta1.choices().get(theta1.answer()).source()).isEqualTo("$(" + r(x1) + ", " + r(y1) + ")$");
            assertThat(v2.choices().get(v2.answer()).source()).isEqualTo("$(" + r(vx2) + ", " + r(vy2) + ")$");
        }
    }

    @Test
    void theDivergenceItemHasExactlyOneRateAboveTwoPlusTwoBeta() {
        // lambda = 2, beta = 0.9: the run diverges when alpha * lambda > 2 + 2 beta (at equality it only fails to
        // converge), and no choice may sit on the limit itself, where "diverge" would be wrong.
        assertOnlyTheAnswerSatisfies("divergence", "\\alpha", alpha -> alpha * 2 > 2 + 2 * 0.9);
        assertOnlyTheAnswerSatisfies("divergence", "\\alpha", alpha -> alpha * 2 >= 2 + 2 * 0.9);
    }

    @Test
    void theOscillationItemHasExactlyOneBetaAboveTheThreshold() {
        // alpha * lambda = 0.2: it spirals iff (1 - sqrt(beta))^2 < 0.2 < (1 + sqrt(beta))^2, and it cannot flip
        // side every step, which needs alpha * lambda >= (1 + sqrt(beta))^2 >= 1.
        assertOnlyTheAnswerSatisfies("oscillation", "\\beta",
                beta -> Math.pow(1 - Math.sqrt(beta), 2) < 0.2 && 0.2 < Math.pow(1 + Math.sqrt(beta), 2));
        assertOnlyTheAnswerSatisfies("oscillation", "\\beta", beta -> beta > Math.pow(1 - Math.sqrt(0.2), 2));
    }

    @Test
    void atBetaZeroOnlyPlainGradientDescentIsOffered() {
        // With beta = 0 the lesson's form, PyTorch's form and the damped form all become gradient descent, so no
        // other choice may name one of them.
        for (Locale locale : LessonLibraryTest.LANGUAGES) {
            QuizItem item = byId(locale).get("beta-zero");
            for (int c = 0; c < item.choices().size(); c++) {
                if (c != item.answer()) {
                    assertThat(item.choices().get(c).source()).as(locale + " choice " + c)
                            .doesNotContain("(1 - \\beta)", "PyTorch", "damped", "減衰");
                }
            }
        }
    }

    @Test
    void theClassicExampleNumbersGradientsByTheStepThatUsesThem() {
        for (Locale locale : LessonLibraryTest.LANGUAGES) {
            assertThat(byId(locale).get("classic-theta1").explanation().source()).startsWith("$g_1 = ").doesNotContain("g_0");
            assertThat(byId(locale).get("classic-v2").explanation().source()).startsWith("$g_2 = ");
        }
    }

    private static void assertOnlyTheAnswerSatisfies(String id, String symbol, DoublePredicate rule) {
        Pattern value = Pattern.compile("^\\$" + Pattern.quote(symbol) + " = ([0-9.]+)\\$$");
        for (Locale locale : LessonLibraryTest.LANGUAGES) {
            QuizItem item = byId(locale).get(id);
            List<Boolean> satisfied = item.choices().stream().map(choice -> {
                Matcher m = value.matcher(choice.source());
                assertThat(m.matches()).as(choice.source()).isTrue();
                return rule.test(Double.parseDouble(m.group(1)));
            }).toList();
            assertThat(IntStream.range(0, satisfied.size()).filter(satisfied::get)).as(id).containsExactly(item.answer());
        }
    }

    private static String r(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString();
    }

    @Test
    void theLoaderRejectsBrokenQuizFiles() {
        String ok = """
                {"question": "Q?", "choices": ["a", "b"], "explanation": "E."}""";
        String three = """
                {"question": "Q?", "choices": ["a", "b", "c"], "explanation": "E."}""";
        String blank = """
                {"question": " ", "choices": ["a", "b"], "explanation": "E."}""";

        assertThat(new Quiz("[{\"id\": \"a\", \"answer\": 1, \"en\": " + ok + ", \"ja\": " + ok + "}]", RENDERER)
                .items(Locale.ENGLISH)).singleElement().satisfies(item -> assertThat(item.isCorrect(1)).isTrue());
        assertThatThrownBy(() -> new Quiz("[{\"id\": \"a\", \"answer\": 2, \"en\": " + ok + ", \"ja\": " + ok + "}]", RENDERER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("answer 2");
        assertThatThrownBy(() -> new Quiz("[{\"id\": \"a\", \"answer\": 0, \"en\": " + ok + ", \"ja\": " + three + "}]", RENDERER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("same number of choices");
        assertThatThrownBy(() -> new Quiz("[{\"id\": \"a\", \"answer\": 0, \"en\": " + ok + ", \"ja\": " + ok + "},"
                + "{\"id\": \"a\", \"answer\": 0, \"en\": " + ok + ", \"ja\": " + ok + "}]", RENDERER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("repeated");
        assertThatThrownBy(() -> new Quiz("[{\"id\": \"a\", \"answer\": 0, \"en\": " + ok + ", \"ja\": " + blank + "}]", RENDERER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> new Quiz("[{\"id\": \"a\", \"en\": " + ok + ", \"ja\": " + ok + "}]", RENDERER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs answer");
        assertThatThrownBy(() -> new Quiz("[{\"id\": \"a\", \"answer\": 0, \"hint\": \"x\", \"en\": " + ok + ", \"ja\": " + ok + "}]", RENDERER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("malformed");
    }
}
