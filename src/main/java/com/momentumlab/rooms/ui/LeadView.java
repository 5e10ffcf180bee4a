package com.momentumlab.rooms.ui;

import com.momentumlab.base.input.InputProblem;
import com.momentumlab.base.input.NumberParser;
import com.momentumlab.base.input.Numbers;
import com.momentumlab.base.input.ParsedNumber;
import com.momentumlab.lesson.Quiz;
import com.momentumlab.lesson.QuizItem;
import com.momentumlab.lesson.SpokenMath;
import com.momentumlab.lesson.drill.DrillSetup;
import com.momentumlab.lesson.drill.HandDrill;
import com.momentumlab.lesson.ui.HandDrillPanel;
import com.momentumlab.playground.LabRules;
import com.momentumlab.playground.LabState;
import com.momentumlab.playground.PlaygroundService;
import com.momentumlab.playground.StreamScheduler;
import com.momentumlab.playground.ui.LabPanel;
import com.momentumlab.rooms.Challenge;
import com.momentumlab.rooms.DrillParameters;
import com.momentumlab.rooms.Nickname;
import com.momentumlab.rooms.Poll;
import com.momentumlab.rooms.RoomEvent;
import com.momentumlab.rooms.Rooms;
import com.momentumlab.rooms.RoomsUnavailable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * The facilitator's page, reached only through the private link with the room's key: the room's controls above
 * the facilitator's own lab, whose every change (and every Run) the learners following see; and "ask the room": a
 * concept-quiz question or the hand-computation drill (from the facilitator's lab) put to everyone, its live counts,
 * the reveal of its answer; and the challenge: a goal on the lab's function and start, its live board and map of
 * submissions.
 */
@Route("room/:code/lead")
class LeadView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String KEY = "key";

    private final Rooms rooms;
    private final PlaygroundService service;
    private final StreamScheduler scheduler;
    private final Quiz quiz;
    private final H1 heading = new H1();
    private final Paragraph message = new Paragraph();
    private final Anchor home = new Anchor("./", "");
    private final RandomGenerator random = new Random();
    private Rooms.Lead lead;
    private Runnable stopListening = () -> {};

    private final Span people = new Span();
    private final Paragraph secret = new Paragraph();
    private final Checkbox follow = new Checkbox();
    private final Checkbox lock = new Checkbox();
    private final Anchor projector = new Anchor();
    private final Button close = new Button();
    private final Div participants = new Div();
    private final Select<String> pollItem = new Select<>();
    private final Button ask = new Button();
    private final Button reveal = new Button();
    private final Button closePoll = new Button();
    private final PollPanel poll;
    private final TextField threshold = new TextField();
    private final TextField maxSteps = new TextField();
    private final Button startChallenge = new Button();
    private final Button endChallenge = new Button();
    private LabPanel lab;
    private ChallengePanel challenge;

    LeadView(Rooms rooms, PlaygroundService service, StreamScheduler scheduler, Quiz quiz) {
        this.rooms = rooms;
        this.service = service;
        this.scheduler = scheduler;
        this.quiz = quiz;
        this.poll = new PollPanel(quiz, new DrillPollPanel(service, Optional.empty()), Optional.empty());
        addClassName("ml-room-page");
        message.setId("room-message");
        message.getElement().setAttribute("role", "status");
        add(heading, message);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        String key = event.getLocation().getQueryParameters().getParameters().getOrDefault(KEY, List.of("")).get(0);
        try {
            Optional<Rooms.Lead> found = rooms.lead(code, key);
            if (found.isPresent() && lead != null && lead.code().equals(found.get().code())) {
                return; // the same room again (a reload keeps the view)
            }
            stopListening.run();
            removeAll();
            add(heading, message);
            lead = found.orElse(null);
            if (lead == null) {
                message.setText(getTranslation("room.lead.invalid"));
                add(home);
                return;
            }
            message.setText("");
            build();
        } catch (RoomsUnavailable away) {
            stopListening.run();
            lead = null;
            removeAll();
            message.setText(getTranslation("room.unavailable"));
            add(heading, message, home);
        }
    }

    /** Does what the facilitator asked; while the rooms cannot be reached, says so instead (the next try may work). */
    private void attempt(Runnable action) {
        try {
            action.run();
            message.setText("");
        } catch (RoomsUnavailable away) {
            message.setText(getTranslation("room.unavailable"));
        }
    }

    private void build() {
        lab = new LabPanel(service, scheduler, state -> attempt(() -> lead.show(state, false)),
                LessonInNewTab::open);
        lab.onRun(state -> attempt(() -> lead.show(state, true)));
        people.setId("room-people");
        people.getElement().setAttribute("role", "status");
        secret.addClassName("ml-room-secret");
        follow.setId("room-follow-me");
        follow.setValue(lead.snapshot().map(Rooms.Snapshot::followMe).orElse(true));
        follow.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                attempt(() -> lead.followMe(e.getValue()));
            }
        });
        lock.setId("room-lock");
        lock.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                attempt(() -> lead.lock(e.getValue()));
            }
        });
        projector.setId("room-projector");
        projector.setHref("room/" + lead.code().value() + "/screen");
        projector.setTarget(AnchorTarget.BLANK);
        close.setId("room-close");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addClickListener(e -> attempt(lead::close));
        participants.setId("room-participants");
        participants.addClassName("ml-room-participants");
        Div controls = new Div(people, follow, lock, projector, close);
        controls.addClassName("ml-room-bar");
        challenge = new ChallengePanel(rooms, lead.code());
        add(secret, controls, participants, pollControls(lab), poll, challengeControls(), challenge, lab);
        showPeople();
        showPoll();
        challenge.reload();
        showChallengeButtons();
        UI ui = UI.getCurrent();
        stopListening = rooms.listen(lead.code(), event -> ui.access(() -> heard(event))).orElse(() -> {});
    }

    /**
     * Which quiz question to ask (by its id, so each learner reads it in their own language) or the drill, and the
     * poll's buttons.
     */
    private Div pollControls(LabPanel lab) {
        pollItem.setId("poll-item");
        pollItem.setItems(Stream.concat(quiz.items(getLocale()).stream().map(QuizItem::id), Stream.of(Poll.DRILL_ITEM))
                .toList());
        pollItem.setItemLabelGenerator(this::itemLabel);
        ask.setId("poll-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.addClickListener(e -> {
            if (Poll.DRILL_ITEM.equals(pollItem.getValue())) {
                askDrill(lab.currentState());
                return;
            }
            Optional<QuizItem> item = quiz.items(getLocale()).stream()
                    .filter(candidate -> candidate.id().equals(pollItem.getValue())).findFirst();
            if (item.isEmpty()) {
                message.setText(getTranslation("room.poll.pickFirst"));
                return;
            }
            attempt(() -> lead.ask(item.get().id(), item.get().choices().size()));
        });
        reveal.setId("poll-reveal");
        reveal.addClickListener(e -> attempt(lead::reveal));
        closePoll.setId("poll-close");
        closePoll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        closePoll.addClickListener(e -> attempt(lead::closePoll));
        Div controls = new Div(pollItem, ask, reveal, closePoll);
        controls.addClassName("ml-room-bar");
        return controls;
    }

    /**
     * The drill on the values in the facilitator's lab (while it holds the lesson's worked example, from another
     * start, as the lesson's drill does), or the reason there is none.
     */
    private void askDrill(Optional<LabState> state) {
        if (state.isEmpty()) {
            message.setText(getTranslation("room.drill.labInvalid"));
            return;
        }
        DrillSetup setup = HandDrillPanel.setupFor(state.get(), service, random);
        if (setup instanceof DrillSetup.Refused refused) {
            message.setText(getTranslation("room.drill.diverges", refused.reason().args().toArray()));
            return;
        }
        HandDrill drill = ((DrillSetup.Ready) setup).drill();
        attempt(() -> lead.askDrill(new DrillParameters(drill.functionKey(), drill.alpha(), drill.beta(), drill.start()),
                drill.questions().size()));
    }

    /**
     * A challenge on the function and start the facilitator's lab shows now, with a threshold and a most steps
     * (the example by default: f below 10⁻³ within 300 steps); and the button that ends it.
     */
    private Div challengeControls() {
        threshold.setId("challenge-threshold");
        threshold.setValue(Numbers.plain(Challenge.Goal.DEFAULT_THRESHOLD));
        maxSteps.setId("challenge-steps");
        maxSteps.setValue(Integer.toString(Challenge.Goal.DEFAULT_MAX_STEPS));
        startChallenge.setId("challenge-start");
        startChallenge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        startChallenge.addClickListener(e -> startChallenge());
        endChallenge.setId("challenge-end");
        endChallenge.addClickListener(e -> attempt(lead::endChallenge));
        Div controls = new Div(threshold, maxSteps, startChallenge, endChallenge);
        controls.addClassName("ml-room-bar");
        return controls;
    }

    private void startChallenge() {
        ParsedNumber below = NumberParser.parseDecimal(threshold.getValue()).check(t -> t > 0 && t <= Challenge.Goal.MAX_THRESHOLD
                ? Optional.empty()
                : Optional.of(InputProblem.of("room.challenge.threshold.range", Numbers.plain(Challenge.Goal.MAX_THRESHOLD))));
        ParsedNumber steps = LabRules.steps(maxSteps.getValue());
        threshold.setInvalid(below instanceof ParsedNumber.Invalid);
        maxSteps.setInvalid(steps instanceof ParsedNumber.Invalid);
        threshold.setErrorMessage(problem(below));
        maxSteps.setErrorMessage(problem(steps));
        Optional<LabState> shown = lab.currentState();
        if (shown.isEmpty()) {
            message.setText(getTranslation("room.challenge.fixFields"));
        } else if (below instanceof ParsedNumber.Valid t && steps instanceof ParsedNumber.Valid n) {
            attempt(() -> lead.startChallenge(new Challenge.Goal(shown.get().functionKey(), shown.get().start(), t.value(),
                    (int) n.value())));
        }
    }

    private String problem(ParsedNumber parsed) {
        return parsed instanceof ParsedNumber.Invalid invalid
                ? getTranslation(invalid.problem().messageKey(), invalid.problem().args().toArray()) : "";
    }

    private void showChallengeButtons() {
        boolean open = lead.snapshot().flatMap(Rooms.Snapshot::challenge).filter(Challenge::open).isPresent();
        endChallenge.setEnabled(open);
    }

    /** The question's id and, read aloud as plain text, its start: enough to recognise it in the list. */
    private String itemLabel(String id) {
        if (Poll.DRILL_ITEM.equals(id)) {
            return getTranslation("room.drill.item");
        }
        return quiz.items(getLocale()).stream().filter(item -> item.id().equals(id)).findFirst()
                .map(item -> id + " — " + abbreviate(SpokenMath.of(item.question().source())))
                .orElse(id);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    /** The poll and its counts as the room holds them (events may race; the room's own tally is always right). */
    private void showPoll() {
        Optional<Rooms.Tally> tally = lead.snapshot().flatMap(Rooms.Snapshot::poll);
        poll.show(tally);
        reveal.setEnabled(tally.isPresent() && !tally.get().poll().revealed());
        closePoll.setEnabled(tally.isPresent());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopListening.run();
    }

    private void heard(RoomEvent event) {
        if (event instanceof RoomEvent.People || event instanceof RoomEvent.Removed) {
            attempt(this::showPeople);
            attempt(this::showPoll); // a removed learner's answer no longer counts
        } else if (event instanceof RoomEvent.Polled || event instanceof RoomEvent.Answered
                || event instanceof RoomEvent.PollClosed) {
            attempt(this::showPoll);
        } else if (event instanceof RoomEvent.Challenged || event instanceof RoomEvent.Submitted) {
            attempt(() -> challenge.heard(event));
            if (event instanceof RoomEvent.Challenged) {
                attempt(this::showChallengeButtons);
            }
        } else if (event instanceof RoomEvent.Closed) {
            stopListening.run();
            removeAll();
            message.setText(getTranslation("room.lead.closed"));
            add(heading, message, home);
        }
    }

    /** The count and, for each learner, a button to remove them (their nickname shown as text, never markup). */
    private void showPeople() {
        Map<String, Nickname> inRoom = lead.people();
        people.setText(getTranslation("room.people", inRoom.size()));
        participants.removeAll();
        inRoom.forEach((id, nickname) -> {
            Button remove = new Button(getTranslation("room.lead.remove", nickname.value()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(e -> attempt(() -> lead.remove(id)));
            participants.add(remove);
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("room.lead.heading", lead == null ? "" : lead.code().value()));
        home.setText(getTranslation("room.home"));
        if (lead != null) {
            secret.setText(getTranslation("room.lead.secret"));
            follow.setLabel(getTranslation("room.lead.follow"));
            lock.setLabel(getTranslation("room.lead.lock"));
            projector.setText(getTranslation("room.lead.projector"));
            close.setText(getTranslation("room.lead.close"));
            pollItem.setLabel(getTranslation("room.poll.item"));
            pollItem.setItemLabelGenerator(this::itemLabel); // the labels in the page's new language
            ask.setText(getTranslation("room.poll.ask"));
            reveal.setText(getTranslation("room.poll.reveal"));
            closePoll.setText(getTranslation("room.poll.close"));
            threshold.setLabel(getTranslation("room.challenge.threshold"));
            maxSteps.setLabel(getTranslation("room.challenge.maxSteps"));
            startChallenge.setText(getTranslation("room.challenge.start"));
            endChallenge.setText(getTranslation("room.challenge.end"));
            attempt(this::showPeople);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("room.lead.heading", lead == null ? "" : lead.code().value());
    }
}
