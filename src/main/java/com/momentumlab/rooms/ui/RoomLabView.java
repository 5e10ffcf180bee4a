package com.momentumlab.rooms.ui;

import com.momentumlab.base.input.InputProblem;
import com.momentumlab.lesson.Quiz;
import com.momentumlab.playground.LabState;
import com.momentumlab.playground.PlaygroundService;
import com.momentumlab.playground.StreamScheduler;
import com.momentumlab.playground.ui.LabPanel;
import com.momentumlab.rooms.DrillParameters;
import com.momentumlab.rooms.JoinResult;
import com.momentumlab.rooms.Nickname;
import com.momentumlab.rooms.Poll;
import com.momentumlab.rooms.RoomCode;
import com.momentumlab.rooms.RoomEvent;
import com.momentumlab.rooms.Rooms;
import com.momentumlab.rooms.RoomsUnavailable;
import com.momentumlab.rooms.SubmitResult;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Optional;

/**
 * A learner's lab inside a room. While following, the facilitator's lab is just another source of lab state: each
 * value they set shows here, and their Run draws here too. Touching a control steps away to explore; "Back to the
 * room" follows again from the facilitator's latest state. A poll the facilitator asks, and a challenge they set,
 * show above the lab in this learner's own language, to answer (or submit the lab's α and β) from here.
 */
@Route("room/:code")
class RoomLabView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private enum Mode { FOLLOWING, EXPLORING, WAITING, REMOVED, CLOSED, UNAVAILABLE }

    private final Rooms rooms;
    private final LabPanel lab;
    private final PollPanel poll;
    private final ChallengeEntry challenge;
    private final Paragraph banner = new Paragraph();
    /** The nickname this learner holds in the room: "Aiko 2" if another Aiko was in first. */
    private final Paragraph nickname = new Paragraph();
    private final Button toggle = new Button();
    private final Anchor home = new Anchor("./", "");
    private Membership member;
    /** What coming back into the room found; empty while the rooms cannot be reached. */
    private Optional<JoinResult> arrival = Optional.empty();
    private Mode mode = Mode.WAITING;
    /** The last state the room showed here: the lab reporting it back is no step away. */
    private LabState fromRoom;
    private Runnable stopListening = () -> {};

    RoomLabView(Rooms rooms, PlaygroundService service, StreamScheduler scheduler, Quiz quiz) {
        this.rooms = rooms;
        this.lab = new LabPanel(service, scheduler, this::labChanged, LessonInNewTab::open);
        this.poll = new PollPanel(quiz, new DrillPollPanel(service, Optional.of(this::answerDrill)), Optional.of(this::answer));
        this.challenge = new ChallengeEntry(this::submit);
        addClassName("ml-room-page");
        banner.setId("room-banner");
        banner.getElement().setAttribute("role", "status");
        nickname.setId("room-you");
        toggle.setId("room-follow");
        toggle.addClickListener(e -> toggleFollowing());
        Div bar = new Div(banner, nickname, toggle, home);
        bar.addClassName("ml-room-bar");
        add(bar, poll, challenge, lab);
    }

    static RouteParameters parameters(RoomCode code) {
        return new RouteParameters("code", code.value());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<RoomCode> code = event.getRouteParameters().get("code").flatMap(RoomCode::parse);
        Optional<Membership> membership = code.flatMap(Membership::in);
        if (membership.isPresent() && !membership.get().removed()) {
            try {
                arrival = rooms.comeBack(membership.get().code(), membership.get().participantId());
                if (arrival.isEmpty()) {
                    membership = Optional.empty(); // not (or no longer) one of the room's: join like anyone else
                } else {
                    membership.get().save();
                }
            } catch (RoomsUnavailable away) {
                arrival = Optional.empty(); // a reload in a moment brings the learner back in
            }
        }
        if (membership.isEmpty()) {
            event.forwardTo("join", com.vaadin.flow.router.QueryParameters.of("code", code.map(RoomCode::value).orElse("")));
            return;
        }
        member = membership.get();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (member == null) {
            return;
        }
        if (member.removed()) {
            show(Mode.REMOVED);
            return;
        }
        switch (arrival.orElse(null)) {
            case JoinResult.Joined joined -> {
                try {
                    UI ui = attachEvent.getUI();
                    stopListening = rooms.listen(member.code(), event -> {
                        if (!(event instanceof RoomEvent.Submitted)) { // the board is for the projector: no push per submission
                            ui.access(() -> heard(event));
                        }
                    }).orElse(() -> {});
                    followRoom();
                } catch (RoomsUnavailable away) {
                    show(Mode.UNAVAILABLE);
                }
            }
            case JoinResult.NoSuchRoom closed -> show(Mode.CLOSED);
            case null -> show(Mode.UNAVAILABLE);
            default -> show(Mode.WAITING); // full meanwhile: a reload tries again
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopListening.run();
        if (member != null && !member.removed()) {
            try {
                rooms.leave(member.code(), member.participantId());
            } catch (RoomsUnavailable away) {
                // The room counts them until it goes idle; a reload comes back as the same participant.
            }
        }
    }

    private void heard(RoomEvent event) {
        switch (event) {
            case RoomEvent.Shown shown -> {
                if (mode == Mode.FOLLOWING || mode == Mode.WAITING) {
                    show(Mode.FOLLOWING);
                    fromRoom(shown.state(), shown.run());
                }
            }
            case RoomEvent.FollowOff off -> {
                if (mode == Mode.FOLLOWING) {
                    show(Mode.WAITING);
                }
            }
            case RoomEvent.Removed removed -> {
                if (removed.participantId().equals(member.participantId())) {
                    member = member.asRemoved();
                    member.save();
                    stopListening.run();
                    show(Mode.REMOVED);
                }
            }
            case RoomEvent.Closed closed -> {
                stopListening.run();
                show(Mode.CLOSED);
            }
            case RoomEvent.Polled polled -> poll.show(Optional.of(polled.poll()), List.of());
            case RoomEvent.PollClosed pollClosed -> poll.show(Optional.empty(), List.of());
            case RoomEvent.People people -> { }
            case RoomEvent.Answered answered -> { } // the counts are for the projector and the facilitator
            case RoomEvent.Challenged challenged -> challenge.show(Optional.of(challenged.challenge()));
            case RoomEvent.Submitted submitted -> { } // not even pushed here (see onAttach)
        }
    }

    /** This learner's answer to the poll on show; while the rooms cannot be reached, says so (choosing again retries). */
    private boolean answer(Poll asked, int choice) {
        try {
            return rooms.answer(member.code(), member.participantId(), asked.id(), choice);
        } catch (RoomsUnavailable away) {
            banner.setText(getTranslation("room.unavailable"));
            return false;
        }
    }

    /** This learner's results on the drill on show, as {@link #answer} takes a choice. */
    private boolean answerDrill(Poll asked, List<DrillParameters.Result> results) {
        try {
            return rooms.answerDrill(member.code(), member.participantId(), asked.id(), results);
        } catch (RoomsUnavailable away) {
            banner.setText(getTranslation("room.unavailable"));
            return false;
        }
    }

    /** The α and β the learner's lab shows now, to the room's challenge; empty while the room cannot be reached. */
    private Optional<SubmitResult> submit() {
        Optional<LabState> state = lab.currentState();
        if (state.isEmpty()) { // a field shows what is wrong
            return Optional.of(new SubmitResult.OutOfRange(InputProblem.of("room.challenge.fixFields")));
        }
        try {
            return Optional.of(rooms.submit(member.code(), member.participantId(), state.get().learningRate(),
                    state.get().beta()));
        } catch (RoomsUnavailable away) {
            banner.setText(getTranslation("room.unavailable"));
            return Optional.empty();
        }
    }

    private void followRoom() {
        Optional<Rooms.Snapshot> room = rooms.snapshot(member.code());
        if (room.isEmpty()) {
            show(Mode.CLOSED);
            return;
        }
        poll.show(room.get().poll().map(Rooms.Tally::poll), List.of());
        challenge.show(room.get().challenge());
        if (room.get().followMe() && room.get().shown().isPresent()) {
            show(Mode.FOLLOWING);
            fromRoom(room.get().shown().get(), false);
        } else {
            show(Mode.WAITING);
        }
    }

    private void fromRoom(LabState state, boolean run) {
        fromRoom = state;
        if (run) {
            lab.applyAndRun(state);
        } else {
            lab.apply(state);
        }
    }

    /** A change the learner made (anything but the room's own state) steps away from the room; another tab does not. */
    private void labChanged(LabState state) {
        if (mode == Mode.FOLLOWING && (fromRoom == null || !state.withTab(fromRoom.tab()).equals(fromRoom))) {
            show(Mode.EXPLORING);
        }
    }

    private void toggleFollowing() {
        if (mode == Mode.EXPLORING) {
            try {
                followRoom();
            } catch (RoomsUnavailable away) {
                banner.setText(getTranslation("room.unavailable")); // still exploring: pressing again retries
            }
        } else if (mode == Mode.FOLLOWING || mode == Mode.WAITING) {
            show(Mode.EXPLORING);
        }
    }

    private void show(Mode next) {
        mode = next;
        String code = member == null ? "" : member.code().value();
        banner.setText(getTranslation(switch (mode) {
            case FOLLOWING -> "room.learn.following";
            case EXPLORING -> "room.learn.exploring";
            case WAITING -> "room.learn.waiting";
            case REMOVED -> "room.learn.removed";
            case CLOSED -> "room.learn.closed";
            case UNAVAILABLE -> "room.unavailable";
        }, code));
        toggle.setText(getTranslation(mode == Mode.EXPLORING ? "room.learn.back" : "room.learn.explore"));
        toggle.setVisible(mode == Mode.FOLLOWING || mode == Mode.EXPLORING || mode == Mode.WAITING);
        lab.setVisible(mode != Mode.REMOVED);
        Optional<Nickname> held = arrival.filter(JoinResult.Joined.class::isInstance)
                .map(joined -> ((JoinResult.Joined) joined).nickname());
        nickname.setText(held.map(name -> getTranslation("room.learn.you", name.value())).orElse(""));
        nickname.setVisible(held.isPresent() && mode != Mode.REMOVED && mode != Mode.CLOSED);
        if (mode == Mode.REMOVED || mode == Mode.CLOSED) {
            poll.show(Optional.empty(), List.of());
            challenge.show(Optional.empty());
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        home.setText(getTranslation("room.home"));
        show(mode);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("room.learn.title", member == null ? "" : member.code().value());
    }
}
