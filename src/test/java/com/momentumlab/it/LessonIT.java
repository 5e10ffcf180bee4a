package com.momentumlab.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.momentumlab.lesson.Quiz;
import com.momentumlab.lesson.QuizItem;
import com.momentumlab.testsupport.BrowserTest;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lesson as a browser shows it: typeset formulas, the drill, a phone's width and the section anchors. */
class LessonIT extends BrowserTest {

    /** The test machine is shared and sometimes very busy: wait longer for an answer; a passing test is not slower. */
    @BeforeAll
    static void waitLongerForTheServer() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    /** Waits until KaTeX has typeset the lesson's formulas. */
    private static void waitForLesson(Page target) {
        target.waitForFunction("() => document.querySelectorAll('ml-lesson .katex').length > 100");
    }

    private static double headingTop(Page target, String anchor) {
        return ((Number) target.evaluate("a => document.getElementById(a).getBoundingClientRect().top", anchor))
                .doubleValue();
    }

    /**
     * Marks the loaded document, then clicks the table of contents' link to {@code anchor}; returns the address
     * before the click. A jump inside the page keeps the query (the lab, the language) and loads nothing again.
     */
    private String jumpFromTheContents(String anchor) {
        String before = page.url();
        page.evaluate("() => window.sameDocument = true");
        page.locator("ml-lesson a[href='#" + anchor + "']").click();
        return before;
    }

    /** Whether the document marked by {@link #jumpFromTheContents} is still the one shown. */
    private boolean sameDocument() {
        return Boolean.TRUE.equals(page.evaluate("() => window.sameDocument === true"));
    }

    private void answer(String questionId, String typed) {
        String id = "#drill-" + questionId.replace('.', '-');
        page.locator(id + " input").fill(typed);
        page.locator(id + "-check").click();
    }

    @Test
    void everyFormulaOfTheLessonIsTypesetByKatex() {
        open(page, "");
        waitForLesson(page);
        Object untypeset = page.evaluate(
                "() => [...document.querySelectorAll('ml-lesson .math[data-tex]')].filter(e => !e.querySelector('.katex')).length");
        assertThat(((Number) untypeset).intValue()).isZero();
        assertThat(page.locator("ml-lesson .katex-display").count()).isGreaterThan(20);
    }

    @Test
    void aLearnerAnswersTheQuizOneQuestionAfterTheOtherAndTheAnswersStay() {
        List<QuizItem> items = new Quiz().items(Locale.ENGLISH);
        QuizItem first = items.get(0);
        QuizItem second = items.get(1);
        String firstAnswer = "#quiz-" + first.id() + "-" + first.answer();
        open(page, "");
        page.locator("#quiz").scrollIntoViewIfNeeded();
        assertThat(page.locator("#quiz-progress")).hasText("1 of " + items.size());
        assertThat(page.locator("#quiz-previous")).isDisabled();

        page.locator("label:has(" + firstAnswer + ")").click(); // the choice's text, as a learner clicks it
        assertThat(page.locator("#quiz-" + first.id() + "-feedback .ml-quiz-verdict")).hasText("Correct.");
        assertThat(page.locator("#quiz-score")).hasText("1 of " + items.size() + " correct");

        page.locator("#quiz-next").click();
        assertThat(page.locator("#quiz-progress")).hasText("2 of " + items.size());
        assertThat(page.locator("#quiz-" + second.id() + " input:checked")).hasCount(0);
        assertThat(page.locator("#quiz-" + second.id() + "-feedback")).isHidden();

        page.locator("#quiz-previous").click();
        assertThat(page.locator(firstAnswer)).isChecked();
        assertThat(page.locator("#quiz-" + first.id() + "-feedback .ml-quiz-verdict")).hasText("Correct.");
        assertThat(page.locator("#quiz-next")).isFocused(); // the disabled Previous handed the focus on
    }

    @Test
    void aLearnerAnswersTheDrillRightAndWrongInEnglishAndInJapanese() {
        // Not the worked example's start (-7, 2), for which the drill picks another point; the x components stay.
        open(page, "?y=3");
        page.locator("#drill").scrollIntoViewIfNeeded();
        page.locator("#drill-new").click(); // start the drill
        assertThat(page.locator("#drill-g1-x input")).isFocused();
        assertThat(page.locator("#drill-task"))
                .hasText("Compute the first two steps by hand with α = 0.1, β = 0.9, θ₀ = (\u22127, 3) and v₀ = 0.");

        answer("v1.x", "0.07");
        assertThat(page.locator("#drill-v1-x-feedback")).hasText("Correct: v₁ (x component) = 0.07.");
        answer("theta2.x", "-6.93");
        assertThat(page.locator("#drill-theta2-x-feedback")).hasText(
                "Not yet. θ₂ (x component) = θ₁ + v₂; with the numbers put in: \u22126.93 + 0.1323. Compute that.");
        // Enter checks the answer and does not press the lab's Run button
        page.locator("#drill-v1-y input").fill("-0.6");
        page.locator("#drill-v1-y input").press("Enter");
        assertThat(page.locator("#drill-v1-y-feedback")).hasText("Correct: v₁ (y component) = \u22120.6.");
        assertThat(page.locator("#status")).hasText("Done: 30 steps."); // not redrawn by Enter
        assertThat(page.locator("#drill-score")).hasText("2 of 12 values solved, 2 of them at the first try.");

        page.locator("#language-ja").click();

        assertThat(page.locator("#drill-v1-x-feedback")).hasText("正解です：v₁（x 成分）= 0.07");
        assertThat(page.locator("#drill-theta2-x input")).hasValue("-6.93");
        answer("g1.x", "0.7");
        assertThat(page.locator("#drill-g1-x-feedback")).hasText(
                "もう一息です。g₁（x 成分）は、θ₀ = (\u22127, 3) における ∂L/∂x = x/10 です。数値を代入すると \u22127/10 になります。これを計算してみましょう。");
        answer("g1.x", "-0.7");
        assertThat(page.locator("#drill-g1-x-feedback")).hasText("正解です：g₁（x 成分）= \u22120.7");
        assertThat(page.locator("#drill-score")).hasText("12 問中 3 問正解（そのうち 1 回目で正解したもの 2 問）");
    }

    private int pageWidth() {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }

    @Test
    void aPhoneOf360PixelsNeverScrollsSidewaysAndThePresetBringsTheLabIntoView() {
        page.setViewportSize(360, 740);
        open(page, "");
        waitForLesson(page);
        assertThat(pageWidth()).isLessThanOrEqualTo(360);
        // on a phone the lab comes right after the header, before the introduction and the lesson
        double labBottom = ((Number) page.evaluate("() => document.querySelector('.ml-lab').getBoundingClientRect().bottom")).doubleValue();
        double introTop = ((Number) page.evaluate(
                "() => document.querySelector('.ml-introduction').getBoundingClientRect().top")).doubleValue();
        assertThat(labBottom).isLessThanOrEqualTo(introTop);

        page.locator("#classic-preset-button").click();
        assertThat(page.locator("#status")).hasText("Done: 30 steps.");
        page.waitForFunction("() => Math.abs(document.querySelector('.ml-lab').getBoundingClientRect().top) < 40");
        // the readout now holds long numbers
        assertThat(page.locator("#readout-theta")).not().hasText("–");
        assertThat(pageWidth()).isLessThanOrEqualTo(360);

        page.locator("#language-ja").click();
        assertThat(page.locator("#contents-heading")).hasText("目次");
        waitForLesson(page);
        assertThat(pageWidth()).isLessThanOrEqualTo(360);
    }

    @Test
    void theSectionTheLearnerJumpedToStaysAfterALanguageSwitch() {
        open(page, "?lang=en");
        waitForLesson(page);
        String before = jumpFromTheContents("momentum");
        assertThat(page).hasURL(before + "#momentum");
        assertThat(sameDocument()).isTrue();
        assertThat(headingTop(page, "momentum")).isBetween(-2.0, 40.0);

        // Switched without scrolling to the header (as from the keyboard, or with the switch in view): the text
        // above changes length, and the section stays where the reader was.
        page.locator("#language-ja").dispatchEvent("click");

        assertThat(page.locator("h2#momentum")).hasText("モーメンタム：転がり続けるボール");
        assertThat(page).hasURL(Pattern.compile(".*[?&]lang=ja(&[^#]*)?#momentum$"));
        page.waitForTimeout(500); // let the layout settle (fonts, formulas)
        assertThat(headingTop(page, "momentum")).isBetween(-2.0, 40.0);

        // A real click scrolls the page up to the switch; the link to the section stays in the URL.
        page.locator("#language-en").click();
        assertThat(page.locator("h2#momentum")).hasText("Momentum: a ball that keeps rolling");
        assertThat(page).hasURL(Pattern.compile(".*[?&]lang=en(&[^#]*)?#momentum$"));
    }

    @Test
    void backAfterAJumpReturnsToTheSamePageWithTheSameLab() {
        open(page, "?lang=ja&beta=0.5");
        waitForLesson(page);
        String before = jumpFromTheContents("notation");
        assertThat(page).hasURL(before + "#notation");

        page.goBack();
        assertThat(page).hasURL(before);
        assertThat(sameDocument()).isTrue();
        assertThat(page.locator("#field-beta input")).hasValue("0.5");
        assertThat(page.locator("#status")).hasText("完了：30 ステップ。");
    }

    @Test
    void aLinkToASectionOpensThePageAtThatSection() {
        open(page, "?lang=ja#notation");
        waitForLesson(page);
        page.waitForFunction("() => Math.abs(document.getElementById('notation').getBoundingClientRect().top) < 40");
        assertThat(page.locator("h2#notation")).hasText("同じ手法の別の書き方");
    }

    @Test
    void thePresetRunsTheClassicExampleInTheLab() {
        open(page, "");
        page.locator("#field-beta input").fill("0.5");
        page.locator("#classic-preset-button").click();
        assertThat(page.locator("#field-beta input")).hasValue("0.9");
        assertThat(page.locator("#status")).hasText("Done: 30 steps.");
        assertThat(page.locator("#readout-step")).hasText("30");
    }

    @Test
    void aSettingNamedInTheTextRunsInTheLabAndItsDivergenceLeadsBackToTheText() {
        open(page, "?lang=ja");
        waitForLesson(page);
        page.locator("button.ml-lab-link[data-lab='lr=1.9&beta=0.9&steps=100']").click();
        assertThat(page.locator("#field-lr input")).hasValue("1.9");
        assertThat(page.locator("#field-steps input")).hasValue("100");
        assertThat(page).hasURL(Pattern.compile(".*[?&]lr=1\\.9&.*lang=ja.*"));
        assertThat(page.locator("#readout-step")).hasText("100");

        // Beyond the limit the run diverges, and the status leads to the section that explains why.
        page.locator("#field-lr input").fill("2");
        page.locator("#field-lr input").press("Enter");
        assertThat(page.locator("#status")).containsText("発散");
        page.locator("#status-why").click();
        page.waitForFunction("() => Math.abs(document.getElementById('convergence').getBoundingClientRect().top) < 40");
        assertThat(page).hasURL(Pattern.compile(".*[?&]lr=2&.*#convergence"));
    }
}
