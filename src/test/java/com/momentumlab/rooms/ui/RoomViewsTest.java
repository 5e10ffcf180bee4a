package com.momentumlab.rooms.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.base.ui.MathHtml;
import com.momentumlab.lesson.Quiz;
import com.momentumlab.lesson.QuizItem;
import com.momentumlab.playground.LabState;
import com.momentumlab.playground.OptimizerKind;
import com.momentumlab.rooms.Nickname;
import com.momentumlab.rooms.RoomCode;
import com.momentumlab.rooms.Rooms;
import com.momentumlab.testsupport.KaribuSpringTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UtilsKt;
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
                .addCookie(new Cookie(Membership.cookie(opened.code()), "A" + aiko.substring(1, aiko.length() - 1) + "A"));
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
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("open-room")));
        RoomCode code = RoomCode.parse(UI.getCurrent().getInternals().getActiveViewLocation().getSegments().get(1))
                .orElseThrow();
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
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("open-room")));
        RoomCode code = RoomCode.parse(UI.getCurrent().getInternals().getActiveViewLocation().getSegments().get(1))
                .orElseThrow();
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

    private static void runUiQueue() {
        com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
    }
}
