package com.momentumlab.playground.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.momentumlab.base.input.Numbers;
import com.vaadin.flow.component.button.Button;
import com.momentumlab.base.ui.ServerHtml;
import com.momentumlab.chart.ApexChart;
import com.momentumlab.testsupport.KaribuSpringTest;
import com.momentumlab.testsupport.ReadoutText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The page as a learner uses it: defaults, a run, bad values, divergence, languages. */
class PlaygroundViewTest extends KaribuSpringTest {

    static NumberInput field(String id) {
        return _get(NumberInput.class, spec -> spec.withId(id));
    }

    static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    /** The notices about the link, one per problem. */
    static List<String> notices() {
        return LocatorJ._find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("notice")).stream()
                .flatMap(box -> LocatorJ._find(box, com.vaadin.flow.component.html.Paragraph.class).stream())
                .map(com.vaadin.flow.component.html.Paragraph::getText)
                .toList();
    }

    static ApexChart chart() {
        return _get(ApexChart.class, spec -> spec.withId("chart"));
    }

    static List<double[]> momentumPath() {
        return chart().overlayPoints(LabPanel.MOMENTUM_PATH);
    }

    static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    /** Opens the page and lets the automatic first run finish. */
    static void openAndFinish(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
        runUiQueueUntil(() -> text("status").startsWith("Done") || text("status").startsWith("完了")
                || text("status").contains("diverged"));
    }

    @Test
    void opensWithTheClassicExampleAndDrawsIt() {
        UI.getCurrent().navigate("");
        assertThat(field("field-lr").getValue()).isEqualTo("0.1");
        assertThat(field("field-beta").getValue()).isEqualTo("0.9");
        assertThat(field("field-x0").getValue()).isEqualTo("\u22127");
        assertThat(field("field-y0").getValue()).isEqualTo("2");
        assertThat(field("field-steps").getValue()).isEqualTo("30");

        // The first run plays by itself (that it arrives step by step is checked in the browser test).
        runUiQueueUntil(() -> text("status").startsWith("Done"));
        assertThat(text("status")).isEqualTo("Done: 30 steps.");
        assertThat(momentumPath()).hasSize(31);
        assertThat(ReadoutText.of("readout-step")).isEqualTo("30");
    }

    @Test
    void theClassicRunPassesThroughTheTextbookPoints() {
        openAndFinish("");
        List<double[]> drawn = momentumPath();
        assertThat(drawn.get(0)).containsExactly(-7, 2);
        assertThat(drawn.get(1)).containsExactly(-7 + 0.1 * 0.7, 2 - 0.1 * 4);
        assertThat(Numbers.rounded(drawn.get(1)[0], 6)).isEqualTo("\u22126.93");
        assertThat(Numbers.rounded(drawn.get(1)[1], 6)).isEqualTo("1.6");
        assertThat(Numbers.rounded(drawn.get(2)[0], 6)).isEqualTo("\u22126.7977");
        assertThat(Numbers.rounded(drawn.get(2)[1], 6)).isEqualTo("0.92");
    }

    @Test
    void changingBetaShowsTheNewCompleteRunAtOnce() {
        openAndFinish("");
        _setValue(field("field-beta"), "0.5");

        // The same 30 steps written out here, independently of the numerics package.
        double x = -7, y = 2, vx = 0, vy = 0;
        for (int t = 1; t <= 30; t++) {
            double gx = x / 10, gy = 2 * y;
            vx = 0.5 * vx - 0.1 * gx;
            vy = 0.5 * vy - 0.1 * gy;
            x = x + vx;
            y = y + vy;
        }
        assertThat(ReadoutText.of("readout-step")).isEqualTo("30");
        assertThat(ReadoutText.of("readout-theta")).isEqualTo("(" + Numbers.rounded(x, 6) + ", " + Numbers.rounded(y, 6) + ")");
        assertThat(ReadoutText.of("readout-velocity")).isEqualTo("(" + Numbers.rounded(vx, 6) + ", " + Numbers.rounded(vy, 6) + ")");
        assertThat(ReadoutText.of("readout-value")).isEqualTo(Numbers.rounded(x * x / 20 + y * y, 6));
        assertThat(text("status")).isEqualTo("Done: 30 steps.");
        assertThat(momentumPath()).hasSize(31);
        assertThat(momentumPath().get(30)).containsExactly(x, y);
    }

    @Test
    void runDrawsThePathAgainFromTheStart() {
        openAndFinish("");
        click("reset");
        assertThat(momentumPath()).hasSize(1);
        // Karibu delivers the pushes as soon as they are made; that they arrive a few at a time is checked in
        // the browser test.
        click("run");
        runUiQueueUntil(() -> text("status").startsWith("Done"));
        assertThat(momentumPath()).hasSize(31);
    }

    @Test
    void anInvalidLearningRateShowsAMessageAndKeepsTheLastGoodRun() {
        openAndFinish("");
        _setValue(field("field-lr"), "abc");
        assertThat(field("field-lr").isInvalid()).isTrue();
        assertThat(field("field-lr").getErrorMessage()).isEqualTo("Please enter a number, for example 0.1.");
        assertThat(text("status")).isEqualTo("Please correct the highlighted values; the run did not start.");

        click("run");
        assertThat(text("status")).isEqualTo("Please correct the highlighted values; the run did not start.");
        assertThat(momentumPath()).hasSize(31);

        _setValue(field("field-lr"), "0");
        assertThat(field("field-lr").getErrorMessage()).isEqualTo("α must be greater than 0 and at most 10.");
        _setValue(field("field-lr"), "0.2");
        assertThat(field("field-lr").isInvalid()).isFalse();
        assertThat(text("status")).isEqualTo("Done: 30 steps.");
    }

    @Test
    void everyKindOfBadValueIsExplainedNextToItsField() {
        openAndFinish("");
        _setValue(field("field-beta"), "1");
        _setValue(field("field-x0"), "1e309");
        _setValue(field("field-y0"), "");
        _setValue(field("field-steps"), "0");
        click("run");
        assertThat(field("field-beta").getErrorMessage()).isEqualTo("β must be at least 0 and less than 1.");
        assertThat(field("field-x0").getErrorMessage()).isEqualTo("This number is too large to use.");
        assertThat(field("field-y0").getErrorMessage()).isEqualTo("Please enter a value.");
        assertThat(field("field-steps").getErrorMessage()).isEqualTo("The number of steps must be from 1 to 1000.");
        assertThat(text("status")).isEqualTo("Please correct the highlighted values; the run did not start.");
    }

    @Test
    void aDivergingRunStopsAndSaysAtWhichStep() {
        openAndFinish("");
        _setValue(field("field-lr"), "10");
        // α = 10, β = 0.9 on the valley: y goes 2, −38, 686, −12382.4, 223504.04, then beyond 10⁶ at step 5.
        assertThat(text("status")).isEqualTo("Momentum diverged at step 5: on the y axis αλ = 20 > 2 + 2β = 3.8, "
                + "so every step overshoots further than the last. Try a smaller learning rate α.");
        assertThat(momentumPath()).hasSize(5)
                .allSatisfy(p -> assertThat(Double.isFinite(p[0]) && Double.isFinite(p[1])).isTrue());
    }

    @Test
    void switchingLanguageKeepsTheValuesAndThePath() {
        openAndFinish("");
        _setValue(field("field-beta"), "0.8");
        List<double[]> before = momentumPath();

        _click(_get(Button.class, spec -> spec.withId("language-ja")));

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.JAPANESE);
        assertThat(_get(Button.class, spec -> spec.withId("run")).getText()).isEqualTo("実行");
        assertThat(field("field-beta").getLabel()).isEqualTo("モーメンタム β");
        assertThat(field("field-beta").getValue()).isEqualTo("0.8");
        assertThat(text("status")).isEqualTo("完了：30 ステップ。");
        assertThat(momentumPath()).hasSize(31).containsExactlyElementsOf(before);
    }

    @Test
    void theHeaderShowsTitleAndSubtitleInThePagesLanguage() {
        openAndFinish("");
        assertThat(headerLines()).containsExactly("h1: Momentum Lab",
                "p: Watch Momentum SGD roll across a loss surface, one step at a time.");

        _click(_get(Button.class, spec -> spec.withId("language-ja")));

        assertThat(headerLines()).containsExactly("h1: Momentum Lab",
                "p: モーメンタム SGD が損失関数の上を転がっていく様子を、1 ステップずつ見てみましょう。");
    }

    /** The header's title and subtitle as the learner reads them: tag and text of each. */
    private static List<String> headerLines() {
        Header header = _get(Header.class);
        return Jsoup.parseBodyFragment(_get(header, ServerHtml.class, spec -> spec.withId("page-heading")).getEscapedHtml()).body().children().stream()
                .map(e -> e.tagName() + ": " + e.text()).toList();
    }

    @Test
    void langInTheUrlChoosesTheLanguage() {
        openAndFinish("lang=ja");
        assertThat(_get(Button.class, spec -> spec.withId("run")).getText()).isEqualTo("実行");
    }

    @Test
    void anUnknownLanguageInTheUrlIsExplained() {
        openAndFinish("lang=fr");
        assertThat(notices()).containsExactly(
                "The language \"fr\" in the link is not available, so the page uses your browser's language.");
    }

    @Test
    void aNoticeAboutTheLinkCanBeDismissed() {
        openAndFinish("lr=abc");
        assertThat(notices()).hasSize(1);
        click("notice-dismiss");
        assertThat(notices()).isEmpty();
        assertThat(field("field-lr").getValue()).isEqualTo("0.1");
    }

    @Test
    void aNoticeAboutTheLinkGoesOnceTheLearnerSetsTheValues() {
        openAndFinish("lr=abc");
        assertThat(notices()).hasSize(1);
        click("reset"); // moving through the run changes no value: the notice stays
        assertThat(notices()).hasSize(1);
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(field("field-lr"), "0.05");
        assertThat(notices()).isEmpty();
    }
}
