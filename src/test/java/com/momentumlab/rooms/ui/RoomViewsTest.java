package com.momentumlab.rooms.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UtilsKt;
import com.momentumlab.base.ui.MathHtml;
import com.momentumlab.chart.HeatMap;
import com.momentumlab.chart.HeatMapDots;
import com.momentumlab.lesson.Quiz;
import com.momentumlab.lesson.QuizItem;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.playground.LabState;
import com.momentumlab.playground.OptimizerKind;
import com.momentumlab.rooms.Challenge;
import com.momentumlab.rooms.DrillParameters;
import com.momentumlab.rooms.JoinResult;
import com.momentumlab.rooms.Nickname;
import com.momentumlab.rooms.RoomCode;
import com.momentumlab.rooms.Rooms;
import com.momentumlab.testsupport.KaribuSpringTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A room as its pages show it. One test browser holds one tab, so the other side of the room (the facilitator or a
 * learner) acts through {@link Rooms} directly, as another tab on the server would.
 */
class RoomViewsTest extends KaribuSpringTest {

    @Autowired
    private Rooms rooms;

    @Autowired
    private Quiz quiz;

    private static String fieldValue(String id) {
        return _get(TextField.class, spec -> spec.withId(id)).getValue();
    }

    private static String paragraph(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private void join(Rooms.Opened opened, String nickname) {
        UI.getCurrent().navigate("join", QueryParameters.of("code", opened.code().value().toLowerCase(Locale.ROOT)));
        assertThat(fieldValue("room-code")).isEqualTo(opened.code().value()); // from the QR code's link
        _setValue(_get(TextField.class, spec -> spec.withId("room-nickname")), nickname);
        _click(_get(Button.class, spec -> spec.withId("room-join")));
    }

    /** Opens a room from the lab's button, as a facilitator does: this tab is then on the lead page. */
    private static RoomCode openRoomHere() {
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("open-room")));
        return RoomCode.parse(UI.getCurrent().getInternals().getActiveViewLocation().getSegments().get(1)).orElseThrow();
    }

    private static LabState withBeta(LabState state, double beta) {
        return state.withHypers(OptimizerKind.MOMENTUM, com.momentumlab.playground.Hyperparameters.momentum(state.learningRate(), beta));
    }

    @Test
    void aLearnerFollowsTheFacilitatorsLabStepsAwayAndComesBack() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        Rooms.Lead lead = rooms.lead(opened.code().value(), opened.key().value()).orElseThrow();
        join(opened, "  Aiko <b>  ");
        assertThat(paragraph("room-banner")).isEqualTo("Room " + opened.code() + ": the facilitator is not sharing their"
                + " lab right now.");
        assertThat(rooms.snapshot(opened.code()).orElseThrow().people()).extracting(n -> n.value())
                .containsExactly("Aiko <b>"); // kept as text: every view shows it escaped

        LabState shown = withBeta(LabState.defaults(com.momentumlab.numerics.function.Catalogue.all().get(0)), 0.5);
        lead.show(shown, false);
        runUiQueue();
        assertThat(paragraph("room-banner")).isEqualTo("Room " + opened.code() + ": you are following the facilitator.");
        assertThat(fieldValue("field-beta")).isEqualTo("0.5");

        // The learner explores: the room's next change no longer moves their lab.
        _setValue(_get(TextField.class, spec -> spec.withId("field-beta")), "0.7");
        assertThat(paragraph("room-banner")).isEqualTo("Room " + opened.code() + ": you are exploring on your own.");
        lead.show(withBeta(shown, 0.3), false);
        runUiQueue();
        assertThat(fieldValue("field-beta")).isEqualTo("0.7");

        // Back to the room: the facilitator's latest state at once.
        _click(_get(Button.class, spec -> spec.withId("room-follow")));
        assertThat(fieldValue("field-beta")).isEqualTo("0.3");

        lead.close();
        runUiQueue();
        assertThat(paragraph("room-banner")).isEqualTo("The room has been closed. Thank you for taking part!");
    }

    @Test
    void aLearnerWhoseNicknameIsTakenSeesTheOneTheyGotInTheirLanguage() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        rooms.join(opened.code().value(), "Aiko", "another-device");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        join(opened, "aiko");
        assertThat(paragraph("room-you")).isEqualTo("このルームでのあなたの名前は「aiko 2」です。");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(paragraph("room-you")).isEqualTo("In this room you are “aiko 2”.");
    }

    @Test
    void aRemovedLearnerStaysOutAfterAReload() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        join(opened, "Ken");
        Rooms.Lead lead = rooms.lead(opened.code().value(), opened.key().value()).orElseThrow();
        lead.remove(lead.people().keySet().iterator().next());
        runUiQueue();
        assertThat(paragraph("room-banner")).isEqualTo("The facilitator removed you from the room.");

        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("room/" + opened.code().value());
        assertThat(paragraph("room-banner")).isEqualTo("The facilitator removed you from the room.");
        assertThat(lead.people()).isEmpty();
    }

    @Test
    void aLearnerInANewSessionComesBackByTheRoomsCookieAsTheSameParticipant() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        Rooms.Lead lead = rooms.lead(opened.code().value(), opened.key().value()).orElseThrow();
        lead.show(withBeta(LabState.defaults(com.momentumlab.numerics.function.Catalogue.all().get(0)), 0.5), false);
        join(opened, "Aiko");
        String aiko = lead.people().keySet().iterator().next();
        Cookie cookie = UtilsKt.getFake(VaadinResponse.getCurrent()).getCookie(Membership.cookie(opened.code()));
        assertThat(cookie.getValue()).isEqualTo(aiko);
        assertThat(cookie.isHttpOnly()).isTrue();

        // The server stops (its session and tab end); on another one the browser brings only its cookies.
        MockVaadin.tearDown();
        assertThat(lead.people()).isEmpty();
        setUpVaadin();
        UtilsKt.getFake(VaadinRequest.getCurrent()).addCookie(cookie);
        UI.getCurrent().navigate("room/" + opened.code().value());

        assertThat(paragraph("room-banner")).isEqualTo("Room " + opened.code() + ": you are following the facilitator.");
        assertThat(fieldValue("field-beta")).isEqualTo("0.5");
        assertThat(lead.people()).containsExactly(java.util.Map.entry(aiko, new Nickname("Aiko")));

        // A forged or another room's cookie is nobody's: the join page.
        setUpVaadin();
        UtilsKt.getFake(VaadinRequest.getCurrent())
                .addCookie(new Cookie(Membership.cookie(opened.code()), (aiko.startsWith("A") ? "B" : "A") + aiko.substring(1)));
        UI.getCurrent().navigate("room/" + opened.code().value());
        assertThat(fieldValue("room-code")).isEqualTo(opened.code().value());
        assertThat(lead.people()).hasSize(1);
    }

    @Test
    void joiningExplainsEveryRefusalInThePagesLanguage() {
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate("join");
        _setValue(_get(TextField.class, spec -> spec.withId("room-code")), "ACEFHJ");
        _setValue(_get(TextField.class, spec -> spec.withId("room-nickname")), "Aiko");
        _click(_get(Button.class, spec -> spec.withId("room-join")));
        assertThat(paragraph("room-problem")).isEqualTo("このコードの開いているルームはありません。プロジェクターのコードを確かめてください。");

        Rooms.Opened opened = rooms.open().orElseThrow();
        _setValue(_get(TextField.class, spec -> spec.withId("room-code")), opened.code().value());
        _setValue(_get(TextField.class, spec -> spec.withId("room-nickname")), " ");
        _click(_get(Button.class, spec -> spec.withId("room-join")));
        assertThat(paragraph("room-problem")).isEqualTo("ニックネームを入力してください。");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(paragraph("room-problem")).isEqualTo("Please enter a nickname.");
    }

    @Test
    void aLinkIntoARoomWithoutJoiningLeadsToTheJoinPage() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        UI.getCurrent().navigate("room/" + opened.code().value());
        assertThat(fieldValue("room-code")).isEqualTo(opened.code().value());
    }

    @Test
    void theFacilitatorsLabDrivesTheRoomAndOnlyTheKeyOpensIt() {
        RoomCode code = openRoomHere();
        assertThat(_get(Span.class, spec -> spec.withId("room-people")).getText()).isEqualTo("0 in the room");

        _setValue(_get(TextField.class, spec -> spec.withId("field-beta")), "0.6");
        assertThat(rooms.snapshot(code).orElseThrow().shown().orElseThrow().beta()).isEqualTo(0.6);

        _setValue(_get(Checkbox.class, spec -> spec.withId("room-lock")), true);
        assertThat(rooms.snapshot(code).orElseThrow().locked()).isTrue();

        UI.getCurrent().navigate("room/" + code.value() + "/lead", QueryParameters.of("key", "forged"));
        assertThat(paragraph("room-message")).startsWith("This facilitator link does not open a room");
        assertThat(_find(Checkbox.class, spec -> spec.withId("room-lock"))).isEmpty();
    }

    @Test
    void theProjectorShowsTheCodeAndAQrCodeButNothingElse() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        UI.getCurrent().navigate("room/" + opened.code().value() + "/screen");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("room-screen-code")).getText())
                .isEqualTo(opened.code().value());
        assertThat(paragraph("room-screen-people")).isEqualTo("0 in the room");
        assertThat(_find(Image.class, spec -> spec.withId("room-qr"))).hasSize(1);
    }

    private QuizItem quizItem(Locale locale, String id) {
        return quiz.items(locale).stream().filter(item -> item.id().equals(id)).findFirst().orElseThrow();
    }

    private static MathHtml math(String id) {
        return _get(MathHtml.class, spec -> spec.withId(id));
    }

    private static String span(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void aLearnerAnswersThePollInTheirOwnLanguageAndSeesTheRevealedAnswer() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        Rooms.Lead lead = rooms.lead(opened.code().value(), opened.key().value()).orElseThrow();
        UI.getCurrent().setLocale(Locale.JAPANESE);
        join(opened, "Aiko");
        assertThat(_find(PollPanel.class)).isEmpty(); // no poll on

        QuizItem valley = quizItem(Locale.JAPANESE, "valley");
        lead.ask("valley", valley.choices().size());
        runUiQueue();
        assertThat(math("poll-question").getSanitizedHtml()).isEqualTo(valley.question().html());
        assertThat(paragraph("poll-status")).startsWith("答えを選んでください。");

        _click(_get(Button.class, spec -> spec.withId("poll-choose-1")));
        _click(_get(Button.class, spec -> spec.withId("poll-choose-2"))); // a change replaces the first
        assertThat(paragraph("poll-status")).isEqualTo("あなたの答え：C。正解が発表されるまでは変更できます。");
        assertThat(lead.snapshot().orElseThrow().poll().orElseThrow().counts()).containsExactly(0, 0, 1, 0);
        assertThat(_find(MathHtml.class, spec -> spec.withId("poll-explanation"))).isEmpty(); // not before the reveal

        lead.reveal();
        runUiQueue();
        assertThat(math("poll-explanation").getSanitizedHtml()).isEqualTo(valley.explanation().html());
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("poll-choice-" + valley.answer()))
                .getClassNames()).contains("ml-correct");
        assertThat(paragraph("poll-status")).isEqualTo("あなたの答え：C。");
        assertThat(_get(Button.class, spec -> spec.withId("poll-choose-0")).isEnabled()).isFalse();

        lead.closePoll();
        runUiQueue();
        assertThat(_find(PollPanel.class)).isEmpty(); // no poll on
    }

    @Test
    void theFacilitatorAsksTheRoomAndSeesOnlyTheCounts() {
        RoomCode code = openRoomHere();
        _click(_get(Button.class, spec -> spec.withId("poll-ask")));
        assertThat(paragraph("room-message")).isEqualTo("Choose a question to ask first.");

        @SuppressWarnings("unchecked")
        Select<String> items = _get(Select.class, spec -> spec.withId("poll-item"));
        _setValue(items, "update-rule");
        _click(_get(Button.class, spec -> spec.withId("poll-ask")));
        QuizItem asked = quizItem(Locale.ENGLISH, "update-rule");
        assertThat(math("poll-question").getSanitizedHtml()).isEqualTo(asked.question().html());
        assertThat(span("poll-count-0")).isEqualTo("A: 0");

        // Two learners answer from their own devices (other tabs, here straight through the rooms).
        com.momentumlab.rooms.JoinResult.Joined ken =
                (com.momentumlab.rooms.JoinResult.Joined) rooms.join(code.value(), "Ken", "k");
        com.momentumlab.rooms.JoinResult.Joined mia =
                (com.momentumlab.rooms.JoinResult.Joined) rooms.join(code.value(), "Mia", "m");
        String pollId = rooms.snapshot(code).orElseThrow().poll().orElseThrow().poll().id();
        rooms.answer(code, ken.participantId(), pollId, 0);
        rooms.answer(code, mia.participantId(), pollId, 0);
        runUiQueue();
        assertThat(span("poll-count-0")).isEqualTo("A: 2");
        assertThat(paragraph("poll-status")).isEqualTo("Answers so far: 2");
        assertThat(_find(Button.class, spec -> spec.withId("poll-choose-0"))).isEmpty(); // the facilitator does not answer

        _click(_get(Button.class, spec -> spec.withId("poll-reveal")));
        assertThat(span("poll-right")).isEqualTo("Right answer");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("poll-choice-" + asked.answer()))
                .getClassNames()).contains("ml-correct");
        assertThat(math("poll-explanation").getSanitizedHtml()).isEqualTo(asked.explanation().html());

        _click(_get(Button.class, spec -> spec.withId("poll-close")));
        assertThat(rooms.snapshot(code).orElseThrow().poll()).isEmpty();
        assertThat(_find(PollPanel.class)).isEmpty(); // no poll on
    }

    @Test
    void theProjectorShowsThePollsCountsInItsOwnLanguage() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        Rooms.Lead lead = rooms.lead(opened.code().value(), opened.key().value()).orElseThrow();
        com.momentumlab.rooms.JoinResult.Joined ken =
                (com.momentumlab.rooms.JoinResult.Joined) rooms.join(opened.code().value(), "Ken", "k");
        lead.ask("valley", 4);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate("room/" + opened.code().value() + "/screen");
        assertThat(math("poll-question").getSanitizedHtml()).isEqualTo(quizItem(Locale.JAPANESE, "valley").question().html());
        assertThat(span("poll-count-3")).isEqualTo("D：0 人");

        rooms.answer(opened.code(), ken.participantId(), lead.snapshot().orElseThrow().poll().orElseThrow().poll().id(), 3);
        runUiQueue();
        assertThat(span("poll-count-3")).isEqualTo("D：1 人");
        assertThat(paragraph("poll-status")).isEqualTo("これまでの回答数：1");
    }

    /** The lesson's worked example, for a drill whose numbers the lesson tests already check. */
    private static final DrillParameters LESSON_DRILL = new DrillParameters("valley", 0.1, 0.9, new Vec2(-7, 2));

    private static List<String> solutionLines() {
        return _get(OrderedList.class, spec -> spec.withId("drill-solution-lines")).getChildren()
                .map(line -> ((ListItem) line).getText()).toList();
    }

    private void check(String field, String typed) {
        _setValue(_get(TextField.class, spec -> spec.withId(field)), typed);
        _click(_get(Button.class, spec -> spec.withId(field + "-check")));
    }

    @Test
    void aLearnerWorksTheRoomsDrillOnTheirOwnDeviceAndSeesTheSolutionInTheirLanguage() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        Rooms.Lead lead = rooms.lead(opened.code().value(), opened.key().value()).orElseThrow();
        UI.getCurrent().setLocale(Locale.JAPANESE);
        join(opened, "Aiko");
        lead.askDrill(LESSON_DRILL, 12);
        runUiQueue();
        assertThat(paragraph("drill-task")).isEqualTo("α = 0.1、β = 0.9、θ₀ = (−7, 2)、v₀ = 0 として、最初の 2 ステップを手で計算してください。");
        assertThat(_find(Button.class, spec -> spec.withId("drill-new"))).isEmpty(); // the facilitator sets the drill
        assertThat(_find(OrderedList.class, spec -> spec.withId("drill-poll-counts"))).isEmpty(); // counts are not for learners

        check("drill-g1-x", "-0.7");
        check("drill-v1-x", "0.7");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("drill-v1-x-feedback")).getText())
                .startsWith("もう一息です。"); // the drill's own checks and hints
        Rooms.Tally tally = lead.snapshot().orElseThrow().poll().orElseThrow();
        assertThat(tally.counts().subList(0, 3)).containsExactly(1, 0, 0);
        assertThat(tally.wrong().subList(0, 3)).containsExactly(0, 0, 1);
        check("drill-v1-x", "0.07"); // right now: the room's count follows
        assertThat(lead.snapshot().orElseThrow().poll().orElseThrow().counts().subList(0, 3)).containsExactly(1, 0, 1);
        assertThat(_find(OrderedList.class, spec -> spec.withId("drill-solution-lines"))).isEmpty(); // not before the reveal

        lead.reveal();
        runUiQueue();
        assertThat(solutionLines()).hasSize(12).first()
                .isEqualTo("g₁（x 成分）：θ₀ = (−7, 2) における ∂L/∂x = x/10 に代入すると −7/10 = −0.7");
        assertThat(fieldValue("drill-v1-x")).isEqualTo("0.07"); // what they typed stays
        assertThat(_get(TextField.class, spec -> spec.withId("drill-theta1-x")).isEnabled()).isFalse();
        assertThat(paragraph("drill-poll-status")).isEqualTo("解き方が発表されたので、回答は締め切られました。");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(solutionLines().get(2)).isEqualTo("v₁ (x component) = βv₀ − αg₁ = 0.9 × 0 − 0.1 × (−0.7) = 0.07");

        lead.closePoll();
        runUiQueue();
        assertThat(_find(DrillPollPanel.class)).isEmpty(); // no poll on
    }

    @Test
    void theFacilitatorAsksTheDrillFromTheirLabAndSeesOnlyTheCountsPerValue() {
        RoomCode code = openRoomHere();
        @SuppressWarnings("unchecked")
        Select<String> items = _get(Select.class, spec -> spec.withId("poll-item"));
        assertThat(items.getItemLabelGenerator().apply(com.momentumlab.rooms.Poll.DRILL_ITEM))
                .isEqualTo("The hand-computation drill, with your lab's α, β and start");
        _setValue(items, com.momentumlab.rooms.Poll.DRILL_ITEM);
        _setValue(_get(TextField.class, spec -> spec.withId("field-beta")), "1.5");
        _click(_get(Button.class, spec -> spec.withId("poll-ask")));
        assertThat(paragraph("room-message")).isEqualTo("Some values in your lab are not valid. Correct them before asking the drill.");
        assertThat(rooms.snapshot(code).orElseThrow().poll()).isEmpty();

        @SuppressWarnings("unchecked")
        Select<com.momentumlab.numerics.function.Objective> function = _get(Select.class, spec -> spec.withId("field-function"));
        _setValue(function, function.getListDataView().getItems().filter(f -> f.key().equals("rosenbrock")).findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("field-beta")), "0.5");
        _setValue(_get(TextField.class, spec -> spec.withId("field-lr")), "10");
        _click(_get(Button.class, spec -> spec.withId("poll-ask")));
        assertThat(paragraph("room-message")).startsWith("With your lab's values the run diverges at step ");
        assertThat(rooms.snapshot(code).orElseThrow().poll()).isEmpty();

        _setValue(function, function.getListDataView().getItems().filter(f -> f.key().equals("valley")).findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("field-lr")), "0.1");
        _setValue(_get(TextField.class, spec -> spec.withId("field-beta")), "0.5");
        _click(_get(Button.class, spec -> spec.withId("poll-ask")));
        DrillParameters asked = rooms.snapshot(code).orElseThrow().poll().orElseThrow().poll().drill().orElseThrow();
        assertThat(asked.beta()).isEqualTo(0.5); // the lab's values, language-neutral
        assertThat(paragraph("drill-poll-task")).startsWith("Compute the first two steps by hand with α = ");
        assertThat(_get(ListItem.class, spec -> spec.withId("drill-count-v1-x")).getText())
                .isEqualTo("v₁ (x component): 0 of 0 right, 0 wrong");
        assertThat(_find(TextField.class, spec -> spec.withId("drill-v1-x"))).isEmpty(); // the facilitator does not answer

        com.momentumlab.rooms.JoinResult.Joined ken =
                (com.momentumlab.rooms.JoinResult.Joined) rooms.join(code.value(), "Ken", "k");
        com.momentumlab.rooms.JoinResult.Joined mia =
                (com.momentumlab.rooms.JoinResult.Joined) rooms.join(code.value(), "Mia", "m");
        String pollId = rooms.snapshot(code).orElseThrow().poll().orElseThrow().poll().id();
        List<DrillParameters.Result> right = java.util.Collections.nCopies(12, DrillParameters.Result.RIGHT);
        List<DrillParameters.Result> wrong = java.util.Collections.nCopies(12, DrillParameters.Result.WRONG);
        rooms.answerDrill(code, ken.participantId(), pollId, right);
        rooms.answerDrill(code, mia.participantId(), pollId, wrong);
        runUiQueue();
        assertThat(_get(ListItem.class, spec -> spec.withId("drill-count-v1-x")).getText())
                .isEqualTo("v₁ (x component): 1 of 2 right, 1 wrong");

        _click(_get(Button.class, spec -> spec.withId("poll-reveal")));
        assertThat(solutionLines()).hasSize(12);
        assertThat(paragraph("drill-poll-title")).isEqualTo("Hand-computation drill: the worked solution");
        _click(_get(Button.class, spec -> spec.withId("poll-close")));
        assertThat(_find(DrillPollPanel.class)).isEmpty();
    }

    @Test
    void theProjectorShowsTheDrillsCountsAndSolutionInItsOwnLanguage() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        Rooms.Lead lead = rooms.lead(opened.code().value(), opened.key().value()).orElseThrow();
        com.momentumlab.rooms.JoinResult.Joined ken =
                (com.momentumlab.rooms.JoinResult.Joined) rooms.join(opened.code().value(), "Ken", "k");
        lead.askDrill(LESSON_DRILL, 12);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate("room/" + opened.code().value() + "/screen");
        assertThat(_get(ListItem.class, spec -> spec.withId("drill-count-theta1-y")).getText())
                .isEqualTo("θ₁（y 成分）：1 人中 0 人が正解、0 人が不正解");

        List<DrillParameters.Result> results = new java.util.ArrayList<>(
                java.util.Collections.nCopies(12, DrillParameters.Result.NOT_YET));
        results.set(5, DrillParameters.Result.RIGHT); // theta1.y
        rooms.answerDrill(opened.code(), ken.participantId(), lead.snapshot().orElseThrow().poll().orElseThrow().poll().id(),
                results);
        runUiQueue();
        assertThat(_get(ListItem.class, spec -> spec.withId("drill-count-theta1-y")).getText())
                .isEqualTo("θ₁（y 成分）：1 人中 1 人が正解、0 人が不正解");
        assertThat(_find(OrderedList.class, spec -> spec.withId("drill-solution-lines"))).isEmpty();

        lead.reveal();
        runUiQueue();
        assertThat(solutionLines().get(5)).isEqualTo("θ₁（y 成分）= θ₀ + v₁ = 2 + (−0.4) = 1.6");
    }

    private static void runUiQueue() {
        com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
    }

    private static final Challenge.Goal VALLEY_GOAL = new Challenge.Goal("valley", new Vec2(-7, 2), 1e-3, 300);

    @Test
    void aLearnerSubmitsTheirLabsAlphaAndBetaAndReadsWhatTheyDidInTheirOwnLanguage() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        Rooms.Lead lead = rooms.lead(opened.code().value(), opened.key().value()).orElseThrow();
        UI.getCurrent().setLocale(Locale.JAPANESE);
        join(opened, "Aiko");
        assertThat(_find(ChallengeEntry.class)).isEmpty(); // no challenge on

        lead.startChallenge(VALLEY_GOAL);
        runUiQueue();
        assertThat(paragraph("challenge-goal")).isEqualTo(
                "細長い谷  x²/20 + y² で (−7, 2) から出発し、モーメンタムのできるだけ少ないステップ数（最大 300）で f を 0.001 未満にしてください。");
        _setValue(_get(TextField.class, spec -> spec.withId("field-lr")), "0.5");
        _setValue(_get(TextField.class, spec -> spec.withId("field-beta")), "0.7");
        _click(_get(Button.class, spec -> spec.withId("challenge-submit")));
        assertThat(paragraph("challenge-result")).isEqualTo("あなたの α = 0.5、β = 0.7：25 ステップで f がしきい値を下回りました。");
        assertThat(rooms.leaderboard(opened.code()).orElseThrow().top(1).get(0).submission().nickname().value())
                .isEqualTo("Aiko");

        _setValue(_get(TextField.class, spec -> spec.withId("field-lr")), "abc");
        _click(_get(Button.class, spec -> spec.withId("challenge-submit")));
        assertThat(paragraph("challenge-result")).isEqualTo("先に、実験パネルで強調表示されている入力欄を直してください。");
        _setValue(_get(TextField.class, spec -> spec.withId("field-lr")), "2.5");
        _setValue(_get(TextField.class, spec -> spec.withId("field-beta")), "0.9");
        _click(_get(Button.class, spec -> spec.withId("challenge-submit")));
        assertThat(paragraph("challenge-result")).isEqualTo("あなたの α = 2.5、β = 0.9：ステップ 13 で発散しました。");
        for (int i = 2; i < 10; i++) { // ten a minute
            _click(_get(Button.class, spec -> spec.withId("challenge-submit")));
        }
        _click(_get(Button.class, spec -> spec.withId("challenge-submit")));
        assertThat(paragraph("challenge-result")).isEqualTo("この 1 分間の提出が多すぎます。少し待ってから、もう一度提出してください。");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(paragraph("challenge-result")).isEqualTo(
                "You have submitted often in the last minute. Please wait a moment, then try again.");

        lead.endChallenge();
        runUiQueue();
        assertThat(paragraph("challenge-title")).isEqualTo("The challenge has ended");
        assertThat(_get(Button.class, spec -> spec.withId("challenge-submit")).isEnabled()).isFalse();
    }

    @Test
    void theFacilitatorSetsAGoalOnTheirLabAndWatchesTheBoardAndTheMap() {
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("open-room")));
        RoomCode code = RoomCode.parse(UI.getCurrent().getInternals().getActiveViewLocation().getSegments().get(1))
                .orElseThrow();
        assertThat(_get(Button.class, spec -> spec.withId("challenge-end")).isEnabled()).isFalse();
        _setValue(_get(TextField.class, spec -> spec.withId("challenge-threshold")), "0");
        _click(_get(Button.class, spec -> spec.withId("challenge-start")));
        assertThat(_get(TextField.class, spec -> spec.withId("challenge-threshold")).getErrorMessage())
                .isEqualTo("The threshold must be greater than 0 and at most 1000.");
        assertThat(rooms.snapshot(code).orElseThrow().challenge()).isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withId("challenge-threshold")), "0.001");
        _click(_get(Button.class, spec -> spec.withId("challenge-start")));
        assertThat(rooms.snapshot(code).orElseThrow().challenge().orElseThrow().goal()).isEqualTo(VALLEY_GOAL);
        assertThat(paragraph("challenge-status")).isEqualTo("Submissions so far: 0");

        JoinResult.Joined ken = (JoinResult.Joined) rooms.join(code.value(), "Ken", "k");
        JoinResult.Joined mia = (JoinResult.Joined) rooms.join(code.value(), "<b>Mia</b>", "m");
        rooms.submit(code, ken.participantId(), 0.1, 0.9);
        rooms.submit(code, mia.participantId(), 0.9, 0.6);
        rooms.submit(code, ken.participantId(), 2.5, 0.9);
        untilDrawn(() -> assertThat(paragraph("challenge-status")).isEqualTo("Submissions so far: 3"));
        assertThat(rowTexts()).containsExactly("1. <b>Mia</b>: α = 0.9, β = 0.6, 17 steps", "2. Ken: α = 0.1, β = 0.9, 58 steps");
        HeatMap map = _get(HeatMap.class, spec -> spec.withId("challenge-map"));
        assertThat(map.getDots()).extracting(HeatMapDots::points).satisfiesExactly(
                missed -> assertThat(missed).containsExactly(new double[] {2.5, 0.9}),
                reached -> assertThat(reached).containsExactly(new double[] {0.1, 0.9}, new double[] {0.9, 0.6}));

        _click(_get(Button.class, spec -> spec.withId("challenge-end")));
        assertThat(paragraph("challenge-title")).isEqualTo("The challenge has ended");
        assertThat(rowTexts()).hasSize(2); // the board stays
    }

    @Test
    void theProjectorShowsTheBoardAndEverySubmissionAsADot() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        Rooms.Lead lead = rooms.lead(opened.code().value(), opened.key().value()).orElseThrow();
        JoinResult.Joined ken = (JoinResult.Joined) rooms.join(opened.code().value(), "Ken", "k");
        UI.getCurrent().navigate("room/" + opened.code().value() + "/screen");
        assertThat(_find(ChallengePanel.class)).isEmpty();

        lead.startChallenge(VALLEY_GOAL);
        runUiQueue();
        rooms.submit(opened.code(), ken.participantId(), 0.01, 0);
        untilDrawn(() -> assertThat(rowTexts()).containsExactly("1. Ken: α = 0.01, β = 0, did not reach it"));
        assertThat(_get(HeatMap.class, spec -> spec.withId("challenge-map")).getDots().get(0).points())
                .containsExactly(new double[] {0.01, 0});
        UI.getCurrent().setLocale(Locale.JAPANESE);
        assertThat(rowTexts()).containsExactly("1. Ken：α = 0.01、β = 0、未到達");

        lead.startChallenge(new Challenge.Goal("rosenbrock", new Vec2(-1, 1), 1e-2, 500)); // a new one, not quadratic
        runUiQueue();
        assertThat(rowTexts()).isEmpty();
        assertThat(_find(HeatMap.class, spec -> spec.withId("challenge-map"))).isEmpty(); // no stability map for it
    }

    /** Submissions in quick succession are drawn together a moment later. */
    private static void untilDrawn(org.awaitility.core.ThrowingRunnable check) {
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() -> {
            runUiQueue();
            check.run();
        });
    }

    private static List<String> rowTexts() {
        return _find(com.vaadin.flow.component.html.Div.class).stream()
                .filter(div -> div.getId().orElse("").startsWith("challenge-row-"))
                .map(div -> div.getElement().getTextRecursively()).toList();
    }
}
