package com.momentumlab.lesson.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.momentumlab.base.ui.MathHtml;
import com.momentumlab.base.ui.ServerHtml;
import com.momentumlab.chart.ApexChart;
import com.momentumlab.lesson.LessonBlock;
import com.momentumlab.lesson.LessonLibrary;
import com.momentumlab.lesson.LessonSection;
import com.momentumlab.lesson.Quiz;
import com.momentumlab.lesson.QuizItem;
import com.momentumlab.lesson.QuizPractice;
import com.momentumlab.lesson.SpokenMath;
import com.momentumlab.testsupport.ClassicByHand;
import com.momentumlab.testsupport.KaribuSpringTest;
import com.momentumlab.testsupport.ReadoutText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The lesson as a learner meets it on the page, in both languages. */
class LessonColumnTest extends KaribuSpringTest {

    private static final List<String> ANCHORS = List.of("optimizer", "valley", "momentum", "convergence", "notation",
            "classic-example", "code", "optimizers", "tuning", "noise", "summary");

    @Autowired
    private LessonLibrary library;

    @Autowired
    private Quiz quiz;

    @BeforeEach
    void openPage() {
        UI.getCurrent().navigate("");
    }

    private static void switchTo(String language) {
        _click(_get(Button.class, spec -> spec.withId("language-" + language)));
    }

    private static Document html(Component mathHtml) {
        return Jsoup.parseBodyFragment(((MathHtml) mathHtml).getSanitizedHtml());
    }

    /** The table of contents as the browser gets it: its heading and its list of links. */
    private static Document toc() {
        return Jsoup.parseBodyFragment(_get(ServerHtml.class, spec -> spec.withId("contents")).getEscapedHtml());
    }

    private static SectionView section(String anchor) {
        return _find(SectionView.class).stream()
                .filter(s -> anchor.equals(s.getElement().getAttribute("data-anchor")))
                .findFirst().orElseThrow();
    }

    /** The text blocks of a section as the page holds them, in order (a widget may be HTML too: a code listing). */
    private static List<String> shownTextBlocks(String anchor) {
        return section(anchor).getChildren()
                .filter(c -> c instanceof MathHtml && !c.getElement().getClassList().contains("ml-widget"))
                .map(c -> ((MathHtml) c).getSanitizedHtml())
                .toList();
    }

    /** The text of the element with this id, as the learner reads it (it may hold it as escaped markup). */
    private static String text(String id) {
        com.vaadin.flow.dom.Element element = _get(Component.class, spec -> spec.withId(id)).getElement();
        return element.hasProperty("innerHTML") ? Jsoup.parseBodyFragment(element.getProperty("innerHTML")).text()
                : element.getText();
    }

    /** A part of a comparison chart's legend, which is HTML in one element. */
    private static String legendText(String widget, String id) {
        String html = _get(MathHtml.class, spec -> spec.withId(widget + "-legend")).getSanitizedHtml();
        return Jsoup.parseBodyFragment(html).getElementById(widget + "-" + id).text();
    }

    // --- table of contents and sections ---------------------------------------------------------------------

    @Test
    void aLabLinkInTheTextSetsTheLabAndRunsIt() {
        runUiQueueUntil(() -> "30".equals(ReadoutText.of("readout-step")));
        switchTo("ja"); // the link carries numbers only: it works in either language

        ObjectNode pressed = JsonNodeFactory.instance.objectNode();
        pressed.put(LessonColumn.LAB_LINK_PRESSED, true);
        pressed.put(LessonColumn.PRESSED_LAB_LINK, "lr=1.9&beta=0.9&steps=100");
        _fireDomEvent(_get(LessonColumn.class), "click", pressed);

        assertThat(_get(TextField.class, spec -> spec.withId("field-lr")).getValue()).isEqualTo("1.9");
        assertThat(_get(TextField.class, spec -> spec.withId("field-beta")).getValue()).isEqualTo("0.9");
        assertThat(_get(TextField.class, spec -> spec.withId("field-steps")).getValue()).isEqualTo("100");
        // ... and runs it: the path is drawn again from step 0 up to the link's 100 steps.
        runUiQueueUntil(() -> "100".equals(ReadoutText.of("readout-step")));

        // A forged press that is no link of ours changes nothing.
        pressed.put(LessonColumn.PRESSED_LAB_LINK, "lr=%zz");
        _fireDomEvent(_get(LessonColumn.class), "click", pressed);
        assertThat(_get(TextField.class, spec -> spec.withId("field-lr")).getValue()).isEqualTo("1.9");
    }

    @Test
    void theTableOfContentsLinksToEverySectionHeadingInBothLanguages() {
        for (String language : List.of("en", "ja")) {
            if (language.equals("ja")) {
                switchTo("ja");
            }
            Lesson expected = new Lesson(library.lesson(Locale.forLanguageTag(language)).sections());
            Document toc = toc();
            assertThat(toc.getElementById("contents-heading").tagName()).isEqualTo("h2");
            assertThat(toc.getElementById("contents-heading").text()).isEqualTo(language.equals("ja") ? "目次" : "Contents");
            assertThat(toc.select("ol > li > a").eachAttr("href"))
                    .containsExactlyElementsOf(ANCHORS.stream().map(a -> "#" + a).toList());
            assertThat(toc.select("ol > li > a").eachText()).containsExactlyElementsOf(expected.titles());
            assertThat(toc.select("a").eachAttr("href")).contains("#drill", "#quiz");
            for (String anchor : ANCHORS) {
                // the link's target: the section's heading carries the anchor as id, in this language
                Document sectionHtml = Jsoup.parseBodyFragment(String.join("", shownTextBlocks(anchor)));
                assertThat(sectionHtml.getElementById(anchor)).as(language + " " + anchor).isNotNull();
                assertThat(sectionHtml.getElementById(anchor).tagName()).isEqualTo("h2");
            }
            assertThat(_get(Component.class, spec -> spec.withId("drill")).getElement().getAttribute("data-anchor"))
                    .isEqualTo("drill");
            assertThat(_get(Component.class, spec -> spec.withId("quiz")).getElement().getAttribute("data-anchor"))
                    .isEqualTo("quiz");
        }
    }

    private record Lesson(List<LessonSection> sections) {
        List<String> titles() {
            return sections.stream().map(LessonSection::title).toList();
        }
    }

    @Test
    void everySectionShowsItsTextInThePagesLanguageAndKeepsItsWidgetsWhenSwitching() {
        Component chartBefore = _get(ApexChart.class, spec -> spec.withId("compare-sgd-momentum-chart"));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            if (locale == Locale.JAPANESE) {
                switchTo("ja");
            }
            for (LessonSection section : library.lesson(locale).sections()) {
                List<String> expected = section.blocks().stream()
                        .filter(LessonBlock.Text.class::isInstance)
                        .map(b -> ((LessonBlock.Text) b).html())
                        .toList();
                assertThat(shownTextBlocks(section.anchor())).as(locale + " " + section.anchor())
                        .containsExactlyElementsOf(expected);
                for (String widget : section.widgets()) {
                    Component component = _get(Component.class, spec -> spec.withId(widget));
                    assertThat(component.getParent()).as(widget).contains(section(section.anchor()));
                }
            }
        }
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.JAPANESE);
        assertThat(html(section("momentum").getChildren().findFirst().orElseThrow()).selectFirst("h2").text())
                .isEqualTo(library.lesson(Locale.JAPANESE).section("momentum").orElseThrow().title());
        // the same chart component, not a new one: what the learner did with a widget stays
        assertThat(_get(ApexChart.class, spec -> spec.withId("compare-sgd-momentum-chart"))).isSameAs(chartBefore);
    }

    @Test
    void theCodeSectionShowsExactlyTheServersMomentumFileOurNumpyFileAndOurBookStyleClass() throws IOException {
        Document java = html(_get(CodeListing.class, spec -> spec.withId("code-java")));
        assertThat(java.selectFirst("pre > code").wholeText())
                .isEqualTo(Files.readString(Path.of("src/main/java/com/momentumlab/numerics/optim/Momentum.java")));
        Document numpy = html(_get(CodeListing.class, spec -> spec.withId("code-numpy")));
        assertThat(numpy.selectFirst("pre > code").wholeText())
                .isEqualTo(Files.readString(Path.of("src/main/resources/lesson/code/momentum.py")));
        // the caption above the listing names it
        assertThat(java.selectFirst("p#code-java-caption + pre").attr("aria-labelledby")).isEqualTo("code-java-caption");
        assertThat(java.getElementById("code-java-caption").text()).startsWith("Momentum.java");
        assertThat(numpy.getElementById("code-numpy-caption").text()).startsWith("momentum.py");
        Document book = html(_get(CodeListing.class, spec -> spec.withId("code-book")));
        assertThat(book.selectFirst("pre > code.language-python").wholeText())
                .isEqualTo(Files.readString(Path.of("src/main/resources/lesson/code/momentum_book.py")));
        assertThat(book.getElementById("code-book-caption").text()).startsWith("momentum_book.py");

        switchTo("ja");
        assertThat(html(_get(CodeListing.class, spec -> spec.withId("code-java"))).getElementById("code-java-caption")
                .text()).startsWith("Momentum.java：");
    }

    @Test
    void theDrillAndTheQuizAreRegionsNamedByTheirOwnHeadingsInBothLanguages() {
        for (String language : List.of("en", "ja")) {
            if (language.equals("ja")) {
                switchTo("ja");
            }
            for (String part : List.of("drill", "quiz")) {
                Component region = _get(Component.class, spec -> spec.withId(part));
                assertThat(region.getElement().getAttribute("role")).isEqualTo("region");
                assertThat(region.getElement().getAttribute("aria-labelledby")).isEqualTo(part + "-heading");
                Document intro = html(region.getChildren().findFirst().orElseThrow());
                assertThat(intro.body().child(0).tagName()).isEqualTo("h2");
                assertThat(intro.body().child(0).id()).isEqualTo(part + "-heading");
                assertThat(intro.body().child(0).text()).isEqualTo(region.getTranslation(part + ".heading"));
                assertThat(intro.body().child(1).tagName()).isEqualTo("p");
                assertThat(intro.body().child(1).text()).isEqualTo(region.getTranslation(part + ".intro"));
            }
        }
        Component quizIntro = _get(Component.class, spec -> spec.withId("quiz")).getChildren().findFirst().orElseThrow();
        assertThat(html(quizIntro).getElementById("quiz-heading").text()).isEqualTo("確認クイズ");
    }

    // --- comparison charts ------------------------------------------------------------------------------------

    @Test
    void theValleyComparisonDrawsBothWholeRunsAndGivesTheirFinalLoss() {
        ApexChart chart = _get(ApexChart.class, spec -> spec.withId("compare-sgd-momentum-chart"));
        ClassicByHand byHand = ClassicByHand.after30Steps(); // independently of the numerics package
        assertThat(chart.overlayPoints("compare-sgd-momentum/sgd")).hasSize(31);
        assertThat(chart.overlayPoints("compare-sgd-momentum/sgd").get(30)).containsExactly(byHand.gdX(), byHand.gdY());
        assertThat(chart.overlayPoints("compare-sgd-momentum/momentum")).hasSize(31);
        assertThat(chart.overlayPoints("compare-sgd-momentum/momentum").get(30))
                .containsExactly(byHand.momentumX(), byHand.momentumY());
        // f = 1.34… for plain GD, 0.0479… for Momentum (3 significant digits)
        assertThat(byHand.gdX() * byHand.gdX() / 20 + byHand.gdY() * byHand.gdY()).isBetween(1.335, 1.345);
        assertThat(legendText("compare-sgd-momentum", "sgd-result")).isEqualTo("f after 30 steps: 1.34");
        assertThat(legendText("compare-sgd-momentum", "momentum-result")).isEqualTo("f after 30 steps: 0.0479");

        switchTo("ja");
        assertThat(legendText("compare-sgd-momentum", "momentum-result")).isEqualTo("30 ステップ後の f：0.0479");
    }

    @Test
    void theNotationComparisonShowsThatPyTorchsFormIsOursAndTheDampedFormIsNot() {
        assertThat(legendText("notation-compare", "pytorch-distance")).matches(
                "Largest distance from the lesson's path: (0|\\d(\\.\\d)? × 10⁻¹[⁵⁶⁷⁸⁹])\\. The same path: only rounding differs\\.");
        assertThat(legendText("notation-compare", "damped-compensated-distance")).endsWith("The same path: only rounding differs.");
        assertThat(legendText("notation-compare", "damped-distance")).endsWith("A different path.");
        assertThat(legendText("notation-compare", "ours-distance")).isEmpty();
        ApexChart chart = _get(ApexChart.class, spec -> spec.withId("notation-compare-chart"));
        assertThat(chart.overlayPoints("notation-compare/ours")).hasSize(31);
        assertThat(chart.overlayPoints("notation-compare/damped")).hasSize(31);
    }

    // --- classic preset ---------------------------------------------------------------------------------------

    @Test
    void thePresetLoadsTheClassicExampleIntoTheLabAndRunsIt() {
        TextField beta = _get(TextField.class, spec -> spec.withId("field-beta"));
        TextField x0 = _get(TextField.class, spec -> spec.withId("field-x0"));
        _setValue(beta, "0.5");
        _setValue(x0, "3");

        _click(_get(Button.class, spec -> spec.withId("classic-preset-button")));
        runUiQueueUntil(() -> "30".equals(ReadoutText.of("readout-step")));

        assertThat(_get(TextField.class, spec -> spec.withId("field-lr")).getValue()).isEqualTo("0.1");
        assertThat(beta.getValue()).isEqualTo("0.9");
        assertThat(x0.getValue()).isEqualTo("\u22127");
        assertThat(_get(TextField.class, spec -> spec.withId("field-y0")).getValue()).isEqualTo("2");
        assertThat(_get(TextField.class, spec -> spec.withId("field-steps")).getValue()).isEqualTo("30");
        assertThat(ReadoutText.of("readout-step")).isEqualTo("30");
        assertThat(_get(ApexChart.class, spec -> spec.withId("chart")).overlayPoints("momentum").get(1))
                .containsExactly(-7 + 0.1 * 0.7, 2 - 0.1 * 4);
        assertThat(text("classic-preset-status"))
                .isEqualTo("The lab is running the classic example: start (\u22127, 2), α = 0.1, β = 0.9, 30 steps.");
    }

    // --- quiz -------------------------------------------------------------------------------------------------

    /** The question on show: one element whose HTML holds the fieldset with the radio buttons. */
    private static MathHtml questionElement() {
        return _get(MathHtml.class, spec -> spec.withClasses("ml-quiz-form"));
    }

    private static Document question() {
        return html(questionElement());
    }

    /** What the browser sends when the learner chooses a radio button: its group's name and its value. */
    private static ObjectNode change(String name, String value) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put(QuizQuestionView.NAME, name);
        data.put(QuizQuestionView.VALUE, value);
        return data;
    }

    /** Chooses a radio button that is on show, as the browser reports it: the "change" bubbles to the question. */
    private static void choose(String itemId, int choice) {
        org.jsoup.nodes.Element radio = question().getElementById("quiz-" + itemId + "-" + choice);
        assertThat(radio).as("radio button %s of %s on show", choice, itemId).isNotNull();
        assertThat(radio.attr("type")).isEqualTo("radio");
        _fireDomEvent(questionElement(), "change", change(radio.attr("name"), radio.attr("value")));
    }

    private static boolean isChecked(String itemId, int choice) {
        return question().getElementById("quiz-" + itemId + "-" + choice).hasAttr("checked");
    }

    private static Document feedback(String itemId) {
        return html(_get(Component.class, spec -> spec.withId("quiz-" + itemId + "-feedback")));
    }

    /** The feedback as the learner reads it: the verdict, then the explanation. */
    private static String feedbackHtml(String verdict, QuizItem item) {
        return "<span class=\"ml-quiz-verdict\">" + verdict + "</span>" + item.explanation().html();
    }

    /** Moves the quiz to question {@code index} (from 0) with its Previous and Next buttons. */
    private static void goToQuestion(int index) {
        Button previous = _get(Button.class, spec -> spec.withId("quiz-previous"));
        while (previous.isEnabled()) {
            _click(previous);
        }
        for (int i = 0; i < index; i++) {
            _click(_get(Button.class, spec -> spec.withId("quiz-next")));
        }
    }

    @Test
    void aCorrectAndAWrongAnswerGetTheirFeedbackAndTheScoreCountsOnlyTheCorrectOne() {
        List<QuizItem> items = quiz.items(Locale.ENGLISH);
        QuizItem first = items.get(0);
        QuizItem second = items.get(1);
        int wrong = (second.answer() + 1) % second.choices().size();
        assertThat(text("quiz-score")).isEqualTo("0 of " + items.size() + " correct");
        assertThat(_find(Component.class, spec -> spec.withId("quiz-" + first.id() + "-feedback"))).isEmpty(); // hidden

        choose(first.id(), first.answer());
        Component firstFeedback = _get(Component.class, spec -> spec.withId("quiz-" + first.id() + "-feedback"));
        assertThat(firstFeedback.getElement().getClassList()).contains("ml-correct");
        assertThat(firstFeedback.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(feedback(first.id()).body().html()).isEqualTo(feedbackHtml("Correct.", first));
        assertThat(text("quiz-score")).isEqualTo("1 of " + items.size() + " correct");

        goToQuestion(1);
        assertThat(_find(Component.class, spec -> spec.withId("quiz-" + second.id() + "-feedback"))).isEmpty();
        choose(second.id(), wrong);
        Component secondFeedback = _get(Component.class, spec -> spec.withId("quiz-" + second.id() + "-feedback"));
        assertThat(secondFeedback.getElement().getClassList()).contains("ml-incorrect").doesNotContain("ml-correct");
        assertThat(feedback(second.id()).body().html()).isEqualTo(feedbackHtml("Not quite.", second));
        assertThat(text("quiz-score")).isEqualTo("1 of " + items.size() + " correct");

        choose(second.id(), second.answer());
        assertThat(text("quiz-score")).isEqualTo("2 of " + items.size() + " correct");

        goToQuestion(0); // the first answer is still there
        assertThat(isChecked(first.id(), first.answer())).isTrue();
        assertThat(question().select("input[checked]")).hasSize(1);
        assertThat(_get(Component.class, spec -> spec.withId("quiz-" + first.id() + "-feedback")).getElement()
                .getClassList()).contains("ml-correct");
    }

    @Test
    void theQuizShowsOneQuestionAtATimeAndMovesWithPreviousAndNext() {
        List<QuizItem> items = quiz.items(Locale.ENGLISH);
        Button previous = _get(Button.class, spec -> spec.withId("quiz-previous"));
        Button next = _get(Button.class, spec -> spec.withId("quiz-next"));
        assertThat(_find(QuizQuestionView.class)).hasSize(1);
        assertThat(question().select("fieldset")).hasSize(1);
        assertThat(question().selectFirst("fieldset > legend").text())
                .isEqualTo("Question 1" + Jsoup.parseBodyFragment(items.get(0).question().html()).text());
        assertThat(question().select("fieldset > .ml-quiz-choices > label.ml-quiz-choice > input[type=radio]"))
                .hasSize(items.get(0).choices().size());
        assertThat(text("quiz-progress")).isEqualTo("1 of " + items.size());
        assertThat(previous.isEnabled()).isFalse();

        _click(next);
        assertThat(text("quiz-progress")).isEqualTo("2 of " + items.size());
        assertThat(question().selectFirst("fieldset").id()).isEqualTo("quiz-" + items.get(1).id());
        assertThat(question().selectFirst("legend .ml-quiz-number").text()).isEqualTo("Question 2");
        assertThat(question().select("input[checked]")).isEmpty();
        assertThat(previous.isEnabled()).isTrue();

        goToQuestion(items.size() - 1);
        assertThat(text("quiz-progress")).isEqualTo(items.size() + " of " + items.size());
        assertThat(question().selectFirst("fieldset").id()).isEqualTo("quiz-" + items.get(items.size() - 1).id());
        assertThat(next.isEnabled()).isFalse();
    }

    @Test
    void quizAnswersSurviveALanguageSwitchAndTheFeedbackIsTranslated() {
        QuizItem first = quiz.items(Locale.ENGLISH).get(0);
        int total = quiz.items(Locale.ENGLISH).size();
        choose(first.id(), first.answer());

        switchTo("ja");

        QuizItem japanese = quiz.items(Locale.JAPANESE).get(0);
        assertThat(text("quiz-score")).isEqualTo(total + " 問中 1 問正解");
        assertThat(text("quiz-progress")).isEqualTo(total + " 問中 1 問目");
        assertThat(isChecked(first.id(), first.answer())).isTrue();
        assertThat(question().selectFirst("legend").text()).isEqualTo(
                "問 1" + Jsoup.parseBodyFragment(japanese.question().html()).text());
        assertThat(feedback(first.id()).body().html()).isEqualTo(feedbackHtml("正解です。", japanese));
    }

    @Test
    void eachChoiceIsALabelledRadioButtonNamedInPlainText() {
        QuizItem first = quiz.items(Locale.ENGLISH).get(0);
        for (int i = 0; i < first.choices().size(); i++) {
            org.jsoup.nodes.Element radio = question().getElementById("quiz-" + first.id() + "-" + i);
            assertThat(radio.attr("name")).isEqualTo("quiz-" + first.id());
            assertThat(radio.attr("value")).isEqualTo(Integer.toString(i));
            assertThat(radio.attr("aria-label")).isEqualTo(SpokenMath.of(first.choices().get(i).source()));
            // the label around the button holds the choice's text: clicking the text chooses it
            assertThat(radio.parent().tagName()).isEqualTo("label");
            assertThat(radio.parent().select("> .lesson-inline").outerHtml()).isEqualTo(first.choices().get(i).html());
        }
    }

    @Test
    void whatACraftedClientSendsInsteadOfAChoiceIsIgnored() {
        List<QuizItem> items = quiz.items(Locale.ENGLISH);
        QuizItem first = items.get(0);
        String name = "quiz-" + first.id();
        String questionBefore = questionElement().getSanitizedHtml();
        List<ObjectNode> junk = new java.util.ArrayList<>(List.of(
                change(name, "4"), change(name, "-1"), change(name, "01"), change(name, " 1"), change(name, "one"),
                change(name, ""), change(name, "99999999999999999999"),
                change("quiz-" + items.get(1).id(), "0"), // a question not on show
                change("quiz-no-such-question", "0"), change("", "0"), JsonNodeFactory.instance.objectNode()));
        ObjectNode numbers = JsonNodeFactory.instance.objectNode();
        numbers.put(QuizQuestionView.NAME, name);
        numbers.put(QuizQuestionView.VALUE, 1);
        junk.add(numbers);
        ObjectNode nulls = JsonNodeFactory.instance.objectNode();
        nulls.putNull(QuizQuestionView.NAME);
        nulls.putNull(QuizQuestionView.VALUE);
        junk.add(nulls);

        for (ObjectNode data : junk) {
            _fireDomEvent(questionElement(), "change", data);
        }

        assertThat(_find(Component.class, spec -> spec.withId("quiz-" + first.id() + "-feedback"))).isEmpty();
        assertThat(text("quiz-score")).isEqualTo("0 of " + items.size() + " correct");
        assertThat(questionElement().getSanitizedHtml()).isEqualTo(questionBefore);
        choose(first.id(), first.answer()); // and the quiz still works
        assertThat(text("quiz-score")).isEqualTo("1 of " + items.size() + " correct");
    }

    @Test
    void aChoiceIsNotSentBackButElementsTheBrowserBuildsAnewShowIt() {
        QuizItem first = quiz.items(Locale.ENGLISH).get(0);
        String before = questionElement().getSanitizedHtml();
        choose(first.id(), first.answer());
        // The browser checked the button itself; new HTML now would replace the buttons and lose the focus.
        assertThat(questionElement().getSanitizedHtml()).isSameAs(before);

        UI.getCurrent().getInternals().getStateTree().prepareForResync(); // what a lost message leads to

        assertThat(isChecked(first.id(), first.answer())).isTrue();
        assertThat(question().select("input[checked]")).hasSize(1);
    }

    @Test
    void everyTabSharesTheHtmlOfTheSameQuestion() {
        QuizItem first = quiz.items(Locale.ENGLISH).get(0);
        String html = questionElement().getSanitizedHtml();
        assertThat(QuizHtml.question(questionElement(), Locale.ENGLISH, 1, first, -1)).isSameAs(html);
        assertThat(QuizHtml.question(questionElement(), Locale.ENGLISH, 1, first, first.answer())).isNotEqualTo(html);
    }

    // --- practice test ----------------------------------------------------------------------------------------

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String plain(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }

    @Test
    void aPracticeTestAsksTenShuffledQuestionsWithoutVerdictsThenScoresAndReviewsTheMistakes() {
        List<QuizItem> items = quiz.items(Locale.ENGLISH);
        QuizItem browsed = items.get(0);
        choose(browsed.id(), browsed.answer()); // an answer while browsing: the test leaves it alone
        _get(ConceptQuiz.class).useRandom(new Random(42));
        QuizPractice expected = QuizPractice.draw(items.size(), QuizPractice.SIZE, new Random(42));
        assertThat(button("quiz-practice-start").getText()).isEqualTo("Practice test: 10 random questions");
        assertThat(_find(Button.class, spec -> spec.withId("quiz-practice-finish"))).isEmpty();

        _click(button("quiz-practice-start"));
        assertThat(text("quiz-progress")).isEqualTo("Practice question 1 of 10");
        assertThat(text("quiz-score")).isEqualTo("0 of 10 answered");
        assertThat(button("quiz-previous").isEnabled()).isFalse();
        for (int p = 0; p < 10; p++) {
            QuizItem item = items.get(expected.itemIndex(p));
            assertThat(question().selectFirst("fieldset").id()).as("question %s", p + 1).isEqualTo("quiz-" + item.id());
            assertThat(question().selectFirst("legend .ml-quiz-number").text()).isEqualTo("Question " + (p + 1));
            if (p < 3) {
                choose(item.id(), item.answer());
            } else if (p == 3) {
                choose(item.id(), (item.answer() + 1) % item.choices().size());
            }
            // no verdict before the end of the test
            assertThat(_find(Component.class, spec -> spec.withId("quiz-" + item.id() + "-feedback"))).isEmpty();
            if (p < 9) {
                _click(button("quiz-next"));
            }
        }
        assertThat(button("quiz-next").isEnabled()).isFalse();
        assertThat(text("quiz-score")).isEqualTo("4 of 10 answered");

        _click(button("quiz-practice-finish"));
        assertThat(text("quiz-score")).isEqualTo("Your score: 3 of 10 correct");
        assertThat(_find(QuizQuestionView.class)).isEmpty();
        Document review = html(_get(MathHtml.class, spec -> spec.withId("quiz-practice-results")));
        assertThat(review.getElementById("quiz-review-heading").text()).isEqualTo("Your mistakes, with the right answers");
        List<String> reviewed = review.select("li.ml-quiz-mistake").eachAttr("id");
        assertThat(reviewed).containsExactlyElementsOf(IntStream.range(3, 10)
                .mapToObj(p -> "quiz-review-" + items.get(expected.itemIndex(p)).id()).toList());
        QuizItem wrong = items.get(expected.itemIndex(3));
        org.jsoup.nodes.Element entry = review.getElementById("quiz-review-" + wrong.id());
        assertThat(entry.selectFirst(".ml-quiz-review-question").text()).isEqualTo("Question 4" + plain(wrong.question().html()));
        assertThat(entry.selectFirst(".ml-quiz-review-yours").text()).isEqualTo(
                "Your answer: " + plain(wrong.choices().get((wrong.answer() + 1) % wrong.choices().size()).html()));
        assertThat(entry.selectFirst(".ml-quiz-review-right").text())
                .isEqualTo("Right answer: " + plain(wrong.choices().get(wrong.answer()).html()));
        assertThat(entry.selectFirst(".ml-quiz-review-explanation").html()).isEqualTo(wrong.explanation().html());
        QuizItem unanswered = items.get(expected.itemIndex(9));
        assertThat(review.getElementById("quiz-review-" + unanswered.id()).selectFirst(".ml-quiz-review-yours").text())
                .isEqualTo("You did not answer this one.");

        switchTo("ja");
        QuizItem wrongJa = quiz.items(Locale.JAPANESE).get(expected.itemIndex(3));
        assertThat(text("quiz-score")).isEqualTo("得点：10 問中 3 問正解");
        review = html(_get(MathHtml.class, spec -> spec.withId("quiz-practice-results")));
        assertThat(review.getElementById("quiz-review-heading").text()).isEqualTo("間違えた問題と正しい答え");
        assertThat(review.getElementById("quiz-review-" + wrong.id()).selectFirst(".ml-quiz-review-right").text())
                .isEqualTo("正しい答え： " + plain(wrongJa.choices().get(wrongJa.answer()).html()));
        assertThat(button("quiz-practice-start").getText()).isEqualTo("新しい練習テスト");

        _click(button("quiz-practice-exit"));
        assertThat(_find(MathHtml.class, spec -> spec.withId("quiz-practice-results"))).isEmpty();
        assertThat(text("quiz-progress")).isEqualTo(items.size() + " 問中 1 問目");
        assertThat(text("quiz-score")).isEqualTo(items.size() + " 問中 1 問正解");
        assertThat(isChecked(browsed.id(), browsed.answer())).isTrue();
    }

    @Test
    void aPracticeTestAnsweredRightThroughoutHasNoMistakesAndANewTestStartsAfresh() {
        List<QuizItem> items = quiz.items(Locale.ENGLISH);
        _get(ConceptQuiz.class).useRandom(new Random(7));
        QuizPractice first = QuizPractice.draw(items.size(), QuizPractice.SIZE, new Random(7));
        QuizPractice second = QuizPractice.draw(items.size(), QuizPractice.SIZE, sameSequenceAfterOneDraw(items.size()));

        _click(button("quiz-practice-start"));
        for (int p = 0; p < 10; p++) {
            QuizItem item = items.get(first.itemIndex(p));
            choose(item.id(), item.answer());
            if (p < 9) {
                _click(button("quiz-next"));
            }
        }
        _click(button("quiz-practice-finish"));
        assertThat(text("quiz-score")).isEqualTo("Your score: 10 of 10 correct");
        Document review = html(_get(MathHtml.class, spec -> spec.withId("quiz-practice-results")));
        assertThat(review.getElementById("quiz-review-heading").text()).isEqualTo("No mistakes: every answer is right.");
        assertThat(review.select("li")).isEmpty();

        _click(button("quiz-practice-start"));
        assertThat(text("quiz-progress")).isEqualTo("Practice question 1 of 10");
        assertThat(text("quiz-score")).isEqualTo("0 of 10 answered");
        assertThat(question().selectFirst("fieldset").id()).isEqualTo("quiz-" + items.get(second.itemIndex(0)).id());
        assertThat(question().select("input[checked]")).isEmpty();
    }

    /** A generator in the state {@code new Random(7)} is in after one practice draw from a bank of this size. */
    private static Random sameSequenceAfterOneDraw(int bankSize) {
        Random random = new Random(7);
        QuizPractice.draw(bankSize, QuizPractice.SIZE, random);
        return random;
    }

    // --- drill ------------------------------------------------------------------------------------------------

    private static TextField drillField(String questionId) {
        return _get(TextField.class, spec -> spec.withId("drill-" + questionId.replace('.', '-')));
    }

    private static void startDrill() {
        _click(_get(Button.class, spec -> spec.withId("drill-new")));
    }

    private static String answerDrill(String questionId, String typed) {
        _setValue(drillField(questionId), typed);
        _click(_get(Button.class, spec -> spec.withId("drill-" + questionId.replace('.', '-') + "-check")));
        return text("drill-" + questionId.replace('.', '-') + "-feedback");
    }

    @Test
    void theDrillStartsWhenTheLearnerAsksWithTheLabsValuesOfThatMoment() {
        Button start = _get(Button.class, spec -> spec.withId("drill-new"));
        assertThat(start.getText()).isEqualTo("Start a drill");
        assertThat(_find(TextField.class, spec -> spec.withClasses("ml-drill-answer"))).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withId("drill-task"))).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withId("drill-score"))).isEmpty();
        switchTo("ja");
        assertThat(start.getText()).isEqualTo("ドリルを始める");
        switchTo("en");

        _setValue(_get(TextField.class, spec -> spec.withId("field-beta")), "0.5");
        startDrill();
        assertThat(text("drill-task")).isEqualTo(
                "Compute the first two steps by hand with α = 0.1, β = 0.5, θ₀ = (\u22127, 2) and v₀ = 0.");
        assertThat(_find(TextField.class, spec -> spec.withClasses("ml-drill-answer"))).hasSize(12);
        assertThat(text("drill-score")).isEqualTo("0 of 12 values solved, 0 of them at the first try.");
        assertThat(start.getText()).isEqualTo("New drill");
    }

    @Test
    void aDrillFromANoisyLabSaysItsGradientsAreExact() {
        _setValue(_get(TextField.class, spec -> spec.withId("field-beta")), "0.5");
        _setValue(_get(TextField.class, spec -> spec.withId("field-noise")), "0.5");
        startDrill();
        assertThat(text("drill-task")).isEqualTo(
                "Compute the first two steps by hand with α = 0.1, β = 0.5, θ₀ = (\u22127, 2) and v₀ = 0. The lab's"
                        + " gradient noise is left out here: by hand, every gradient is the exact one.");
    }

    /** Moves the lab's start away from the worked example's (−7, 2) to (−7, 3): the x components stay the same. */
    private static void startAtMinusSevenThree() {
        _setValue(_get(TextField.class, spec -> spec.withId("field-y0")), "3");
    }

    @Test
    void theDrillJudgesAnswersForTheLabsValuesInEnglish() {
        startAtMinusSevenThree();
        startDrill();
        assertThat(text("drill-task")).isEqualTo(
                "Compute the first two steps by hand with α = 0.1, β = 0.9, θ₀ = (\u22127, 3) and v₀ = 0.");
        assertThat(drillField("v1.x").getLabel()).isEqualTo("v₁ (x component) = βv₀ − αg₁");

        // v₁ = 0.9 × 0 − 0.1 × (−7/10) = 0.07
        assertThat(answerDrill("v1.x", "0.07")).isEqualTo("Correct: v₁ (x component) = 0.07.");
        // θ₂ = θ₁ + v₂ with θ₁ = −6.93 and v₂ = 0.9 × 0.07 − 0.1 × (−0.693) = 0.1323: −6.7977
        String hint = answerDrill("theta2.x", "-6.93"); // v₂ forgotten
        assertThat(hint).isEqualTo("Not yet. θ₂ (x component) = θ₁ + v₂; with the numbers put in: \u22126.93 + 0.1323. Compute that.");
        assertThat(hint).doesNotContain("6.7977").doesNotContain("6.798");
        assertThat(answerDrill("g1.y", "four")).isEqualTo(
                "This is not a number. Write a decimal number such as \u22120.693 or 1.5e-3.");
        assertThat(text("drill-score")).isEqualTo("1 of 12 values solved, 1 of them at the first try.");
        assertThat(answerDrill("theta2.x", "-6.7977")).isEqualTo("Correct: θ₂ (x component) = \u22126.7977.");
        assertThat(text("drill-score")).isEqualTo("2 of 12 values solved, 1 of them at the first try.");
    }

    /** What the browser sends for a key press in a drill field: whether it was Enter, and the field's text. */
    private static ObjectNode keydown(boolean enter, String typed) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("event.key === 'Enter'", enter);
        data.put("element.value", typed);
        return data;
    }

    @Test
    void enterInADrillFieldChecksWhatWasTypedThereAndOtherKeysDoNot() {
        startAtMinusSevenThree();
        startDrill();
        _fireDomEvent(drillField("v1.y"), "keydown", keydown(false, "-0.4"));
        assertThat(text("drill-v1-y-feedback")).isEmpty();

        // The value comes with the key press: the field's own change event may arrive after it.
        _fireDomEvent(drillField("v1.x"), "keydown", keydown(true, "0.07"));
        assertThat(text("drill-v1-x-feedback")).isEqualTo("Correct: v₁ (x component) = 0.07.");
        assertThat(drillField("v1.x").getValue()).isEqualTo("0.07");
        assertThat(text("drill-score")).isEqualTo("1 of 12 values solved, 1 of them at the first try.");
    }

    @Test
    void theDrillJudgesAnswersInJapaneseAndKeepsWhatWasTypedAcrossTheSwitch() {
        startAtMinusSevenThree();
        startDrill();
        assertThat(answerDrill("g2.x", "0.693")).startsWith("Not yet."); // the sign lost
        switchTo("ja");
        assertThat(drillField("g2.x").getValue()).isEqualTo("0.693");
        // the hint of g₂: ∂L/∂x = x/10 at θ₁ = (−6.93, 2.4), without the result −0.693
        assertThat(text("drill-g2-x-feedback")).isEqualTo(
                "もう一息です。g₂（x 成分）は、θ₁ = (\u22126.93, 2.4) における ∂L/∂x = x/10 です。数値を代入すると \u22126.93/10 になります。これを計算してみましょう。");
        assertThat(text("drill-g2-x-feedback")).doesNotContain("0.693").doesNotContain("0.6930");
        assertThat(answerDrill("g2.x", "−0.693")).isEqualTo("正解です：g₂（x 成分）= \u22120.693");
        assertThat(answerDrill("v1.y", "")).isEqualTo("まず数値を入力してください。");
        assertThat(answerDrill("v1.y", "1,5")).isEqualTo("数値として読み取れません。−0.693 や 1.5e-3 のように小数で入力してください。");
        assertThat(text("drill-score")).isEqualTo("12 問中 1 問正解（そのうち 1 回目で正解したもの 0 問）");
        assertThat(text("drill-rule")).startsWith("各値は有効数字 4 桁以上で答えてください。");
    }

    @Test
    void whileTheLabHoldsTheWorkedExampleTheDrillStartsFromAnotherPointAndSaysSo() {
        _get(HandDrillPanel.class).useRandom(new Random(11));
        Random same = new Random(11);
        for (int drill = 0; drill < 3; drill++) {
            com.momentumlab.numerics.Vec2 start =
                    HandDrillPanel.FRESH_STARTS.get(same.nextInt(HandDrillPanel.FRESH_STARTS.size()));
            startDrill();
            String point = "(" + (int) start.x() + ", " + (int) start.y() + ")";
            assertThat(text("drill-task")).isEqualTo("The lab holds the worked example printed above, so this drill "
                    + "starts from another point: compute the first two steps by hand with α = 0.1, β = 0.9, θ₀ = "
                    + point.replace('-', '\u2212') + " and v₀ = 0.");
            // v₁ = −α g₁ = −0.1 × x/10 for the new start, not the worked example's 0.07
            double v1x = -0.1 * (start.x() / 10);
            assertThat(answerDrill("v1.x", Double.toString(v1x))).startsWith("Correct");
            assertThat(answerDrill("theta1.y", Double.toString(start.y() - 0.1 * 2 * start.y()))).startsWith("Correct");
        }
        // the lab itself keeps the worked example
        assertThat(_get(TextField.class, spec -> spec.withId("field-x0")).getValue()).isEqualTo("\u22127");
        assertThat(_get(TextField.class, spec -> spec.withId("field-y0")).getValue()).isEqualTo("2");

        switchTo("ja");
        assertThat(text("drill-task")).startsWith("実験パネルの値は上の例題のままなので、別の始点から始めます。α = 0.1、β = 0.9、θ₀ = (");
    }

    @Test
    void theFreshStartsAreWholePointsInTheLessonsViewAndNeverTheWorkedExample() {
        assertThat(HandDrillPanel.FRESH_STARTS).hasSizeGreaterThan(50).doesNotHaveDuplicates()
                .doesNotContain(new com.momentumlab.numerics.Vec2(-7, 2))
                .allSatisfy(p -> {
                    assertThat(p.x()).isEqualTo(Math.rint(p.x())).isBetween(-10.0, 10.0);
                    assertThat(p.y()).isEqualTo(Math.rint(p.y())).isBetween(-5.0, 5.0).isNotZero();
                });
        assertThat(HandDrillPanel.isWorkedExample(ClassicPreset.CLASSIC)).isTrue();
        assertThat(HandDrillPanel.isWorkedExample(ClassicPreset.CLASSIC.withSteps(50))).isTrue();
        assertThat(HandDrillPanel.isWorkedExample(ClassicPreset.CLASSIC.withStart(new com.momentumlab.numerics.Vec2(-7, 3))))
                .isFalse();
    }

    @Test
    void aNewDrillUsesTheLabsCurrentValuesOrSaysWhyThereIsNone() {
        _setValue(_get(TextField.class, spec -> spec.withId("field-lr")), "0.2");
        _click(_get(Button.class, spec -> spec.withId("drill-new")));
        assertThat(text("drill-task")).isEqualTo(
                "Compute the first two steps by hand with α = 0.2, β = 0.9, θ₀ = (\u22127, 2) and v₀ = 0.");
        // v₁ = −0.2 × (−0.7) = 0.14
        assertThat(answerDrill("v1.x", "0.14")).startsWith("Correct");

        _setValue(_get(TextField.class, spec -> spec.withId("field-lr")), "abc");
        _click(_get(Button.class, spec -> spec.withId("drill-new")));
        assertThat(text("drill-problem")).isEqualTo(
                "Some values in the lab are not valid. Correct them there, then press the button below.");
        assertThat(_find(TextField.class, spec -> spec.withClasses("ml-drill-answer"))).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withId("drill-task"))).isEmpty(); // hidden
    }
}
