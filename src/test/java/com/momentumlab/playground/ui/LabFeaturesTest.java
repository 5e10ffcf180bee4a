package com.momentumlab.playground.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.momentumlab.playground.ui.PlaygroundViewTest.chart;
import static com.momentumlab.playground.ui.PlaygroundViewTest.click;
import static com.momentumlab.playground.ui.PlaygroundViewTest.field;
import static com.momentumlab.playground.ui.PlaygroundViewTest.momentumPath;
import static com.momentumlab.playground.ui.PlaygroundViewTest.openAndFinish;
import static com.momentumlab.playground.ui.PlaygroundViewTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.momentumlab.base.input.Numbers;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.button.Button;
import com.momentumlab.base.ui.MathHtml;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.optim.BookAdam;
import com.momentumlab.numerics.optim.BookNesterov;
import com.momentumlab.numerics.optim.Sgd;
import com.momentumlab.numerics.optim.Trajectory;
import com.momentumlab.playground.Form;
import com.momentumlab.playground.OptimizerKind;
import com.momentumlab.playground.StepArrows;
import com.momentumlab.testsupport.KaribuSpringTest;
import com.momentumlab.testsupport.ReadoutText;
import com.vaadin.flow.component.UI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Playback, comparisons, picking the start on the chart and restoring a link. */
class LabFeaturesTest extends KaribuSpringTest {

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<OptimizerKind> compare() {
        return _get(CheckboxGroup.class, spec -> spec.withId("field-compare"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static void dragHandleTo(double x, double y) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("event.detail.x", x);
        data.put("event.detail.y", y);
        BasicUtilsKt._fireDomEvent(chart(), "handle-moved", data);
    }

    @Test
    void backToStartThenStepShowsOneStepAtATime() {
        openAndFinish("");
        click("reset");
        assertThat(momentumPath()).hasSize(1);
        assertThat(ReadoutText.of("readout-step")).isEqualTo("0");
        assertThat(text("status")).isEqualTo("Paused at step 0 of 30.");

        click("step");
        assertThat(momentumPath()).hasSize(2);
        assertThat(ReadoutText.of("readout-step")).isEqualTo("1");
        assertThat(ReadoutText.of("readout-theta")).isEqualTo("(\u22126.93, 1.6)");
        assertThat(text("status")).isEqualTo("Paused at step 1 of 30.");
        click("step");
        assertThat(ReadoutText.of("readout-theta")).isEqualTo("(\u22126.7977, 0.92)");
    }

    @Test
    void resumeContinuesFromWhereItPaused() {
        openAndFinish("");
        click("reset");
        click("step");
        click("step");
        click("pause"); // "Resume" while paused
        // The status (a live region) is said once per run, then "Done"; the readout shows each step as it is drawn.
        // (The stream may run between two looks, so only what the status itself said is checked.)
        Set<String> statusSeen = new HashSet<>();
        runUiQueueUntil(() -> {
            String status = text("status");
            statusSeen.add(status);
            return status.startsWith("Done");
        });
        assertThat(statusSeen).containsOnly("Drawing the path up to step 30…", "Done: 30 steps.");
        assertThat(momentumPath()).hasSize(31);
        assertThat(momentumPath().get(2)).containsExactly(chart().overlayPoints("momentum").get(2));
    }

    /** Which playback buttons are enabled, and the Pause/Resume button's label. */
    private record Buttons(String pauseLabel, boolean pause, boolean step, boolean reset) {
        static Buttons now() {
            Button pause = button("pause");
            return new Buttons(pause.getText(), pause.isEnabled(), button("step").isEnabled(), button("reset").isEnabled());
        }
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void theButtonsOfferOnlyWhatThePlaybackCanDo() {
        openAndFinish("");
        assertThat(text("status")).isEqualTo("Done: 30 steps.");
        assertThat(Buttons.now()).isEqualTo(new Buttons("Pause", false, false, true));
        assertThat(LocatorJ._find(Button.class, spec -> spec.withId("status-why"))).isEmpty(); // not shown

        click("reset");
        assertThat(Buttons.now()).isEqualTo(new Buttons("Pause", false, true, false));
        click("step");
        assertThat(Buttons.now()).isEqualTo(new Buttons("Resume", true, true, true));
    }

    @Test
    void whileARunIsDrawnItCanBePausedSteppedAndReplacedByANewOne() {
        // 1000 steps at 3 a second: the run cannot end while the test looks, however busy the machine is.
        UI.getCurrent().navigate("", com.vaadin.flow.router.QueryParameters.fromString("steps=1000&speed=1"));
        click("run");
        assertThat(text("status")).isEqualTo("Drawing the path up to step 1000…");
        assertThat(Buttons.now().pauseLabel()).isEqualTo("Pause");
        assertThat(Buttons.now().pause()).isTrue();
        assertThat(Buttons.now().step()).isTrue();

        // Pause after the first step is drawn, so that there is a start to go back to.
        runUiQueueUntil(() -> !ReadoutText.of("readout-step").equals("0"));
        click("pause");
        assertThat(text("status")).startsWith("Paused at step ");
        click("reset");
        assertThat(text("status")).isEqualTo("Paused at step 0 of 1000.");
        assertThat(Buttons.now()).isEqualTo(new Buttons("Pause", false, true, false));
        click("step");
        assertThat(Buttons.now()).isEqualTo(new Buttons("Resume", true, true, true));
        click("pause"); // Resume
        assertThat(Buttons.now().pauseLabel()).isEqualTo("Pause");

        // A new β mid-run shows the new run complete, and nothing is left to pause or step.
        _setValue(field("field-beta"), "0.5");
        assertThat(text("status")).isEqualTo("Done: 1000 steps.");
        assertThat(Buttons.now()).isEqualTo(new Buttons("Pause", false, false, true));
    }

    @Test
    void aDivergedRunOffersOnlyBackToStart() {
        openAndFinish("lr=10");
        assertThat(text("status")).startsWith("Momentum diverged at step 5:");
        assertThat(Buttons.now()).isEqualTo(new Buttons("Pause", false, false, true));
        // The status offers the lesson's explanation; a finished run that converged does not.
        assertThat(button("status-why").getText()).startsWith("Why?");
        click("reset");
        click("step");
        assertThat(text("status")).isEqualTo("Paused at step 1 of 4.");
        assertThat(Buttons.now()).isEqualTo(new Buttons("Resume", true, true, true));
    }

    @Test
    void comparedOptimizersAreDrawnFromTheSameStart() {
        openAndFinish("");
        compare().setValue(Set.of(OptimizerKind.SGD, OptimizerKind.ADAM));

        Objective valley = Catalogue.byKey("valley").orElseThrow();
        Trajectory sgd = Trajectory.run(new Sgd(0.1), valley, new Vec2(-7, 2), 30);
        assertThat(chart().overlayPoints("sgd")).hasSize(31);
        assertThat(chart().overlayPoints("sgd").get(30)).containsExactly(sgd.last().theta().x(), sgd.last().theta().y());
        assertThat(chart().overlayPoints("adam")).hasSize(31);
        assertThat(chart().overlayPoints("adam").get(0)).containsExactly(-7, 2);
        assertThat(field("field-adam-lr").getValue()).isEqualTo("0.3");

        select("field-detail").setValue(OptimizerKind.SGD);
        assertThat(ReadoutText.of("readout-theta")).isEqualTo(
                "(" + Numbers.rounded(sgd.last().theta().x(), 6) + ", " + Numbers.rounded(sgd.last().theta().y(), 6) + ")");
    }

    @Test
    void theLegendNamesEachOptimizerShownInItsColourAndTheThreeArrows() {
        openAndFinish("");
        compare().setValue(Set.of(OptimizerKind.SGD, OptimizerKind.ADAM));
        assertThat(legendEntries()).containsExactly(
                OptimizerKind.MOMENTUM.color() + " Momentum",
                OptimizerKind.SGD.color() + " SGD (plain gradient descent)",
                OptimizerKind.ADAM.color() + " Adam",
                StepArrows.CARRY_COLOR + " Momentum carry βv (what the velocity keeps)",
                StepArrows.GRADIENT_COLOR + " Gradient step −αg (the new push)",
                "linear-gradient(90deg, " + OptimizerKind.MOMENTUM.color() + " 0% 33%, " + OptimizerKind.SGD.color()
                        + " 33% 66%, " + OptimizerKind.ADAM.color() + " 66% 100%)"
                        + " Velocity v = βv − αg (the step taken, in the path's colour)");

        UI.getCurrent().setLocale(Locale.JAPANESE);
        compare().setValue(Set.of(OptimizerKind.SGD));
        assertThat(legendEntries()).containsExactly(
                OptimizerKind.MOMENTUM.color() + " モーメンタム",
                OptimizerKind.SGD.color() + " SGD（素の勾配降下法）",
                StepArrows.CARRY_COLOR + " 慣性の項 βv（速度が前のステップから引き継ぐ分）",
                StepArrows.GRADIENT_COLOR + " 勾配の項 −αg（新たに加わる押し）",
                "linear-gradient(90deg, " + OptimizerKind.MOMENTUM.color() + " 0% 50%, " + OptimizerKind.SGD.color()
                        + " 50% 100%) 速度 v = βv − αg（実際に進んだ分。経路と同じ色）");
    }

    /** Each entry of the chart's legend: the swatch's colour on a light page, then the name. */
    private static List<String> legendEntries() {
        String html = _get(MathHtml.class, spec -> spec.withId("legend")).getSanitizedHtml();
        return Jsoup.parseBodyFragment(html).select("li").stream().map(item -> {
            Element swatch = item.selectFirst(".ml-swatch");
            String colour = swatch.attr("style").replaceFirst("^--ml-swatch: ([^;]*);.*$", "$1");
            return colour + " " + item.text();
        }).toList();
    }

    @Test
    void aComparedOptimizersFieldsShowWhileItIsComparedInMenuOrderAndKeepWhatWasTyped() {
        openAndFinish("sgd.lr=0.5"); // a value in the link for an optimizer that is not compared yet
        assertThat(LocatorJ._find(HyperInputs.class)).isEmpty();

        compare().setValue(Set.of(OptimizerKind.SGD));
        assertThat(field("field-sgd-lr").getValue()).isEqualTo("0.5");
        _setValue(field("field-sgd-lr"), "0.25");
        compare().setValue(Set.of());
        assertThat(LocatorJ._find(HyperInputs.class)).isEmpty();
        assertThat(chart().overlayPoints("sgd")).isEmpty();

        compare().setValue(Set.of(OptimizerKind.ADAM, OptimizerKind.SGD, OptimizerKind.NESTEROV));
        assertThat(LocatorJ._find(HyperInputs.class)).extracting(HyperInputs::kind)
                .containsExactly(OptimizerKind.SGD, OptimizerKind.NESTEROV, OptimizerKind.ADAM);
        assertThat(field("field-sgd-lr").getValue()).isEqualTo("0.25");
        Trajectory sgd = Trajectory.run(new Sgd(0.25), Catalogue.byKey("valley").orElseThrow(), new Vec2(-7, 2), 30);
        assertThat(chart().overlayPoints("sgd").get(30)).containsExactly(sgd.last().theta().x(), sgd.last().theta().y());
    }

    @Test
    void aComparedOptimizersOwnLearningRateChangesOnlyItsPath() {
        openAndFinish("opt=sgd");
        double[] momentumEnd = momentumPath().get(30);
        _setValue(field("field-sgd-lr"), "0.5");
        Trajectory sgd = Trajectory.run(new Sgd(0.5), Catalogue.byKey("valley").orElseThrow(), new Vec2(-7, 2), 30);
        assertThat(chart().overlayPoints("sgd").get(30)).containsExactly(sgd.last().theta().x(), sgd.last().theta().y());
        assertThat(momentumPath().get(30)).containsExactly(momentumEnd);
    }

    @Test
    void adamsRowOffersTheBooksFormWhichDrawsTheBooksPath() {
        openAndFinish("opt=adam,sgd");
        Select<Form> form = select("field-adam-form");
        assertThat(form.getValue()).isEqualTo(Form.STANDARD);
        assertThat(form.getLabel()).isEqualTo("Form");
        assertThat(LocatorJ._find(Select.class, spec -> spec.withId("field-sgd-form"))).isEmpty();
        double[] paperEnd = chart().overlayPoints("adam").get(30);

        LocatorJ._setValue(form, Form.BOOK);

        Trajectory book = Trajectory.run(new BookAdam(0.3, 0.9, 0.999), Catalogue.byKey("valley").orElseThrow(),
                new Vec2(-7, 2), 30);
        assertThat(chart().overlayPoints("adam").get(30)).containsExactly(book.last().theta().x(), book.last().theta().y())
                .isNotEqualTo(paperEnd);
    }

    @Test
    void aLinkChoosesTheBooksNesterovAndAnUnknownFormIsExplained() {
        openAndFinish("opt=nesterov&nesterov.form=book");
        assertThat(this.<Form>select("field-nesterov-form").getValue()).isEqualTo(Form.BOOK);
        Trajectory book = Trajectory.run(new BookNesterov(0.1, 0.9), Catalogue.byKey("valley").orElseThrow(),
                new Vec2(-7, 2), 30);
        assertThat(chart().overlayPoints("nesterov").get(30))
                .containsExactly(book.last().theta().x(), book.last().theta().y());
        assertThat(PlaygroundViewTest.notices()).isEmpty();

        openAndFinish("opt=nesterov&nesterov.form=nag");
        assertThat(this.<Form>select("field-nesterov-form").getValue()).isEqualTo(Form.STANDARD);
        assertThat(PlaygroundViewTest.notices()).containsExactly("The link's nesterov.form=nag is not a form of this"
                + " optimizer, so it runs in the form \"Look-ahead (Sutskever et al.)\".");
        openAndFinish("opt=adam&adam.form=x&lang=ja");
        assertThat(PlaygroundViewTest.notices()).containsExactly(
                "リンクの adam.form=x はこの手法の計算の形ではないため、「論文の形（Kingma & Ba、PyTorch と同じ）」で計算します。");
    }

    @Test
    void draggingTheHandleOnTheChartMovesTheStart() {
        openAndFinish("");
        dragHandleTo(3.5, -1.5);
        assertThat(field("field-x0").getValue()).isEqualTo("3.5");
        assertThat(field("field-y0").getValue()).isEqualTo("\u22121.5");
        assertThat(momentumPath().get(0)).containsExactly(3.5, -1.5);
        assertThat(momentumPath()).hasSize(31);
    }

    @Test
    void aStartPickedOnTheChartIsRoundedToTheChartsResolution() {
        openAndFinish("");
        // The valley's window is 20 wide: its resolution is 0.1, so one decimal.
        dragHandleTo(5.606447496692182, -1.2999999999999998);
        assertThat(field("field-x0").getValue()).isEqualTo("5.6");
        assertThat(field("field-y0").getValue()).isEqualTo("\u22121.3");
        assertThat(momentumPath().get(0)).containsExactly(5.6, -1.3);

        openAndFinish("f=himmelblau");
        // 10 wide: a resolution of 0.05, two decimals; an arrow key's sum of tenths reads as typed.
        dragHandleTo(-6.3999999999999995 / 2, 2.0000000000000004);
        assertThat(field("field-x0").getValue()).isEqualTo("\u22123.2");
        assertThat(field("field-y0").getValue()).isEqualTo("2");
        dragHandleTo(4.9999999, 1.234567);
        assertThat(field("field-x0").getValue()).isEqualTo("5");
        assertThat(field("field-y0").getValue()).isEqualTo("1.23");
    }

    @Test
    void fullWidthDigitsAreShownInAsciiOnceRead() {
        openAndFinish("");
        _setValue(field("field-beta"), "\uFF10\uFF0E\uFF15");
        assertThat(field("field-beta").getValue()).isEqualTo("0.5");
        assertThat(field("field-beta").isInvalid()).isFalse();
        runUiQueueUntil(() -> text("status").startsWith("Done"));
        assertThat(chart().overlayPoints("momentum")).hasSize(31);
    }

    @Test
    void aDecimalCommaIsAnsweredWithUseADecimalPoint() {
        openAndFinish("");
        _setValue(field("field-lr"), "0,1");
        assertThat(field("field-lr").isInvalid()).isTrue();
        assertThat(field("field-lr").getErrorMessage()).isEqualTo("Please use a decimal point: 0.1, not 0,1.");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        assertThat(field("field-lr").getErrorMessage()).isEqualTo("小数点にはピリオドを使ってください（0,1 ではなく 0.1）。");
    }

    @Test
    void aHandleEventOutsideTheWindowIsIgnored() {
        openAndFinish("");
        dragHandleTo(1e9, 0);
        assertThat(field("field-x0").getValue()).isEqualTo("\u22127");
        assertThat(momentumPath().get(0)).containsExactly(-7, 2);
    }

    @Test
    void choosingAnotherFunctionBringsItsWindowStartAndPreset() {
        openAndFinish("");
        Select<Objective> function = select("field-function");
        LocatorJ._setValue(function, Catalogue.byKey("rosenbrock").orElseThrow());
        assertThat(field("field-x0").getValue()).isEqualTo("\u22121.5");
        assertThat(field("field-lr").getValue()).isEqualTo("0.001");
        assertThat(field("field-steps").getValue()).isEqualTo("300");
        assertThat(field("field-x0").getHelperText()).isEqualTo("\u22122 to 2");
        assertThat(momentumPath()).hasSize(301);
    }

    @Test
    void aLinkRestoresEveryParameter() {
        openAndFinish("f=dip&x=-5&y=1&steps=40&lr=0.05&beta=0.8&opt=nesterov,rmsprop&nesterov.lr=0.02"
                + "&rmsprop.rho=0.9&speed=4&lang=ja");
        assertThat(select("field-function").getValue()).isEqualTo(Catalogue.byKey("dip").orElseThrow());
        assertThat(field("field-x0").getValue()).isEqualTo("\u22125");
        assertThat(field("field-y0").getValue()).isEqualTo("1");
        assertThat(field("field-steps").getValue()).isEqualTo("40");
        assertThat(field("field-lr").getValue()).isEqualTo("0.05");
        assertThat(field("field-beta").getValue()).isEqualTo("0.8");
        assertThat(compare().getValue()).containsExactlyInAnyOrder(OptimizerKind.NESTEROV, OptimizerKind.RMSPROP);
        assertThat(field("field-nesterov-lr").getValue()).isEqualTo("0.02");
        assertThat(field("field-rmsprop-rho").getValue()).isEqualTo("0.9");
        assertThat(select("field-speed").getValue()).isEqualTo(4);
        assertThat(momentumPath()).hasSize(41);
        assertThat(momentumPath().get(0)).containsExactly(-5, 1);
        assertThat(PlaygroundViewTest.notices()).isEmpty();
    }

    @Test
    void aBadParameterFallsBackWithATranslatedNotice() {
        openAndFinish("lr=abc&f=sphere");
        assertThat(field("field-lr").getValue()).isEqualTo("0.1");
        assertThat(PlaygroundViewTest.notices()).containsExactly(
                "The link names a function \"sphere\" that does not exist, so Narrow valley  x²/20 + y² is shown.",
                "The link's lr=abc cannot be used: Please enter a number, for example 0.1. The default 0.1 is used instead.");

        openAndFinish("lr=-1&lang=ja");
        assertThat(PlaygroundViewTest.notices()).containsExactly(
                "リンクの lr=-1 は使えません。α は 0 より大きく 10 以下にしてください。 代わりに既定値 0.1 を使います。");
    }

    /** The tabs under the chart as a screen reader meets them: which is selected, which is in the Tab order, which panel shows. */
    private static List<String> tabs() {
        return List.of("details", "loss", "table", "stability").stream().map(key -> {
            var tab = _get(com.vaadin.flow.component.html.NativeButton.class, spec -> spec.withId("tab-" + key));
            var panel = _get(LabViews.class).getChildren() // a hidden panel is not found by id
                    .filter(c -> c.getId().orElse("").equals("view-" + key)).findFirst().orElseThrow();
            return key + " selected=" + tab.getElement().getAttribute("aria-selected") + " tabindex="
                    + tab.getElement().getAttribute("tabindex") + (panel.isVisible() ? " shown" : "");
        }).toList();
    }

    private static void pressOnTheTabs(String key) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("event.key", key);
        data.put(LabViews.TAB_KEYS, true); // the browser's verdict on the listener's filter
        BasicUtilsKt._fireDomEvent(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("lab-views")),
                "keydown", data);
    }

    @Test
    void aLinkChoosesTheTabUnderTheChartAndAnUnknownOneIsExplained() {
        openAndFinish("view=loss&beta=0.8");
        assertThat(tabs()).containsExactly("details selected=false tabindex=-1", "loss selected=true tabindex=0 shown",
                "table selected=false tabindex=-1", "stability selected=false tabindex=-1");
        assertThat(field("field-beta").getValue()).isEqualTo("0.8");

        openAndFinish("view=graph&lang=ja");
        assertThat(tabs()).first().isEqualTo("details selected=true tabindex=0 shown");
        assertThat(PlaygroundViewTest.notices()).containsExactly(
                "リンクの view=graph はグラフの下にあるタブの名前ではないため、「現在のステップ」を表示しています。");
    }

    @Test
    void theArrowKeysHomeAndEndMoveBetweenTheTabsAndTheChoiceIsTheLabs() {
        openAndFinish("");
        pressOnTheTabs("ArrowRight");
        assertThat(tabs()).contains("loss selected=true tabindex=0 shown");
        pressOnTheTabs("End");
        assertThat(tabs()).contains("stability selected=true tabindex=0 shown");
        pressOnTheTabs("ArrowRight"); // round to the first
        assertThat(tabs()).contains("details selected=true tabindex=0 shown");
        pressOnTheTabs("ArrowLeft");
        assertThat(tabs()).contains("stability selected=true tabindex=0 shown");
        pressOnTheTabs("Home");
        assertThat(tabs()).first().isEqualTo("details selected=true tabindex=0 shown");
        pressOnTheTabs("ArrowLeft"); // from the first round to the last
        assertThat(tabs()).contains("stability selected=true tabindex=0 shown");

        com.github.mvysny.kaributesting.v10.ButtonKt._click(
                _get(com.vaadin.flow.component.html.NativeButton.class, spec -> spec.withId("tab-table")));
        assertThat(tabs()).contains("table selected=true tabindex=0 shown");
        assertThat(_get(LabPanel.class).currentState().orElseThrow().tab()).isEqualTo(com.momentumlab.playground.LabTab.TABLE);
        assertThat(momentumPath()).hasSize(31); // a tab changes no run
    }

    private static void chooseTab(String key) {
        com.github.mvysny.kaributesting.v10.ButtonKt._click(
                _get(com.vaadin.flow.component.html.NativeButton.class, spec -> spec.withId("tab-" + key)));
    }

    private static List<List<String>> tableRows() {
        return _get(IterateTable.class, spec -> spec.withId("iterate-table")).rows();
    }

    @Test
    void aViewUnderAnotherTabShowsTheNewRunOnceItsTabIsChosen() {
        openAndFinish("steps=10&beta=0.5&view=table");
        List<List<String>> rowsOfTheLink = tableRows();
        chooseTab("details");
        String thetaOfTheLink = ReadoutText.of("readout-theta");

        openAndFinish("");
        chooseTab("loss"); // the details and the table are hidden while the run changes
        _setValue(field("field-steps"), "10");
        _setValue(field("field-beta"), "0.5");
        chooseTab("table");
        assertThat(tableRows()).hasSize(11).isEqualTo(rowsOfTheLink);
        chooseTab("details");
        assertThat(ReadoutText.of("readout-theta")).isEqualTo(thetaOfTheLink);
        chooseTab("stability");
        assertThat(_get(com.momentumlab.base.ui.ServerHtml.class, spec -> spec.withId("stability-point")).getText())
                .startsWith("At α = 0.1, β = 0.5 ");
    }
}
