package com.momentumlab.rooms.ui;

import com.momentumlab.lesson.Quiz;
import com.momentumlab.playground.PlaygroundService;
import com.momentumlab.rooms.RoomCode;
import com.momentumlab.rooms.RoomEvent;
import com.momentumlab.rooms.Rooms;
import com.momentumlab.rooms.RoomsUnavailable;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.net.URI;
import java.util.Optional;

/**
 * The room on the projector: the code in large type, a QR code of the join link, and how many are in. Anyone with
 * the code may open it: it shows nothing but the code, a count, while the facilitator asks the room the question
 * with how many chose each answer (never who), and during a challenge its board and map of submissions.
 */
@Route("room/:code/screen")
class ProjectorView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final Rooms rooms;
    private final Paragraph howToJoin = new Paragraph();
    private final Div code = new Div();
    private final Image qr = new Image();
    /** What the room is doing: the poll and the challenge, beside the way to join on a wide screen. */
    private final Div activity = new Div();
    private final Paragraph people = new Paragraph();
    private final PollPanel poll;
    /** Made once the room is known. */
    private ChallengePanel challenge;
    private Optional<Rooms.Tally> tally = Optional.empty();
    private RoomCode room;
    private String joinAddress = "";
    private int count;
    private boolean closed;
    /** The rooms could not be reached when the page opened: a reload in a moment shows the room. */
    private boolean unavailable;
    private Runnable stopListening = () -> {};

    ProjectorView(Rooms rooms, Quiz quiz, PlaygroundService service) {
        this.rooms = rooms;
        this.poll = new PollPanel(quiz, new DrillPollPanel(service, Optional.empty()), Optional.empty());
        addClassName("ml-room-page");
        addClassName("ml-projector");
        code.setId("room-screen-code");
        code.addClassName("ml-projector-code");
        qr.setId("room-qr");
        people.setId("room-screen-people");
        people.getElement().setAttribute("role", "status");
        Div joining = new Div(howToJoin, code, qr, people);
        joining.addClassName("ml-projector-join");
        activity.addClassName("ml-projector-activity");
        activity.add(poll);
        add(joining, activity);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<RoomCode> parsed = event.getRouteParameters().get("code").flatMap(RoomCode::parse);
        Optional<Rooms.Snapshot> snapshot;
        try {
            snapshot = parsed.flatMap(rooms::snapshot);
            unavailable = false;
        } catch (RoomsUnavailable away) {
            snapshot = Optional.empty();
            unavailable = true;
        }
        closed = snapshot.isEmpty();
        room = parsed.orElse(null);
        if (challenge != null) {
            activity.remove(challenge);
            challenge = null;
        }
        if (!closed) {
            challenge = new ChallengePanel(rooms, room);
            activity.add(challenge);
            try {
                challenge.reload();
            } catch (RoomsUnavailable away) {
                // the room's next event brings the challenge back
            }
        }
        count = snapshot.map(s -> s.people().size()).orElse(0);
        tally = snapshot.flatMap(Rooms.Snapshot::poll);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (closed) {
            show();
            return;
        }
        UI ui = attachEvent.getUI();
        try {
            stopListening = rooms.listen(room, event -> ui.access(() -> heard(event))).orElse(() -> {});
        } catch (RoomsUnavailable away) {
            closed = true;
            unavailable = true;
            show();
            return;
        }
        // The address the learners' phones must open is the one this browser reached, proxy and all.
        ui.getPage().fetchCurrentURL(url -> {
            joinAddress = URI.create(url.toString()).resolve("../../join?code=" + room.value()).toString();
            qr.setSrc(QrCode.svgDataUrl(joinAddress));
            show();
        });
        show();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopListening.run();
    }

    private void heard(RoomEvent event) {
        if (event instanceof RoomEvent.People p) {
            count = p.count();
        } else if (event instanceof RoomEvent.Closed) {
            closed = true;
            stopListening.run();
        }
        try {
            if (event instanceof RoomEvent.Polled || event instanceof RoomEvent.Answered
                    || event instanceof RoomEvent.PollClosed || event instanceof RoomEvent.People) {
                tally = rooms.snapshot(room).flatMap(Rooms.Snapshot::poll); // the room's own count, whatever the order of events
            }
            if (challenge != null && !closed) {
                challenge.heard(event);
            }
        } catch (RoomsUnavailable away) {
            // the next event brings the count and the board up to date
        }
        show();
    }

    private void show() {
        if (closed) {
            howToJoin.setText(getTranslation(unavailable ? "room.unavailable" : "room.screen.invalid"));
            code.setText("");
            qr.setVisible(false);
            people.setText("");
            poll.show(Optional.empty());
            if (challenge != null) {
                challenge.setVisible(false);
            }
            return;
        }
        howToJoin.setText(getTranslation("room.screen.join", joinAddress.replaceFirst("\\?.*", "")));
        code.setText(room.value());
        qr.setAlt(getTranslation("room.screen.qr", joinAddress));
        people.setText(getTranslation("room.people", count));
        poll.show(tally);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("room.screen.title", room == null ? "" : room.value());
    }
}
