package com.momentumlab.rooms.ui;

import com.momentumlab.base.input.Numbers;
import com.momentumlab.chart.HeatMap;
import com.momentumlab.chart.HeatMapDots;
import com.momentumlab.chart.HeatMapLabels;
import com.momentumlab.playground.StabilityPicture;
import com.momentumlab.rooms.Challenge;
import com.momentumlab.rooms.Leaderboard;
import com.momentumlab.rooms.RoomCode;
import com.momentumlab.rooms.RoomEvent;
import com.momentumlab.rooms.Rooms;
import com.momentumlab.rooms.Submission;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The room's challenge for the projector and the facilitator: the goal in this screen's language, the leaderboard
 * (each learner's best, top {@value #PLACES}, nicknames as text) and, for a quadratic function, every submission as
 * a dot on its stability map, so the class sees where the fast region lies. Kept up to date one submission at a
 * time, redrawn at most every {@link #REDRAW_EVERY}; hidden while the room has no challenge. Calls to the rooms may throw
 * {@link com.momentumlab.rooms.RoomsUnavailable}: the host view says so.
 */
class ChallengePanel extends Section implements LocaleChangeObserver {

    static final int PLACES = 10;
    static final String REACHED_COLOR = "#ffffff";
    static final String MISSED_COLOR = "#000000";
    /**
     * While submissions pour in, the board and the map are redrawn at most this often: each redraw sends every dot,
     * so one per submission would send the whole map's dots hundreds of times a minute.
     */
    static final Duration REDRAW_EVERY = Duration.ofMillis(250);

    private final Rooms rooms;
    private final RoomCode code;
    private final Paragraph title = new Paragraph();
    private final Paragraph goal = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Div board = new Div();
    private final HeatMap map = new HeatMap();
    private final Div legend = new Div();
    private final Span reachedKey = new Span();
    private final Span missedKey = new Span();
    private Optional<Challenge> challenge = Optional.empty();
    private Optional<Leaderboard> leaderboard = Optional.empty();
    private Optional<StabilityPicture> picture = Optional.empty();
    private long lastDrawn = System.nanoTime() - REDRAW_EVERY.toNanos();
    private boolean redrawDue;

    ChallengePanel(Rooms rooms, RoomCode code) {
        this.rooms = rooms;
        this.code = code;
        setId("challenge");
        addClassName("ml-poll");
        title.setId("challenge-title");
        title.addClassName("ml-quiz-number");
        goal.setId("challenge-goal");
        status.setId("challenge-status");
        status.getElement().setAttribute("role", "status");
        board.setId("challenge-board");
        map.setId("challenge-map");
        map.setWidthFull();
        map.setHeight("340px");
        legend.setId("challenge-legend");
        legend.addClassName("ml-room-bar");
        legend.add(key(REACHED_COLOR, MISSED_COLOR, reachedKey), key(MISSED_COLOR, REACHED_COLOR, missedKey));
        add(title, goal, status, board, map, legend);
        setVisible(false);
    }

    /** A dot as the map draws it, then its meaning. */
    private static Span key(String color, String outline, Span text) {
        Span dot = new Span();
        dot.getElement().setAttribute("aria-hidden", "true");
        dot.getStyle().set("display", "inline-block").set("width", "11px").set("height", "11px")
                .set("border-radius", "50%").set("background", color).set("border", "1.5px solid " + outline)
                .set("margin-inline-end", "0.4em");
        return new Span(dot, text);
    }

    /** Reads the room's challenge and its whole board again. */
    void reload() {
        challenge = rooms.snapshot(code).flatMap(Rooms.Snapshot::challenge);
        leaderboard = rooms.leaderboard(code);
        picture = challenge.flatMap(c -> StabilityPicture.of(c.goal().function()));
        picture.ifPresent(p -> map.setData(p.data(), p.dataJson()));
        render();
    }

    /** A room event: a new or ended challenge reloads, a submission joins the board (or, after a gap, reloads). */
    void heard(RoomEvent event) {
        if (event instanceof RoomEvent.Challenged) {
            reload();
        } else if (event instanceof RoomEvent.Submitted submitted) {
            if (leaderboard.isEmpty() || !leaderboard.get().add(submitted.index(), submitted.submission())) {
                reload();
            } else {
                renderSoon();
            }
        }
    }

    /** Renders now, or once {@link #REDRAW_EVERY} has passed since the last time (on the JDK's shared delay thread). */
    private void renderSoon() {
        if (redrawDue) {
            return;
        }
        long wait = lastDrawn + REDRAW_EVERY.toNanos() - System.nanoTime();
        Optional<UI> ui = getUI();
        if (wait <= 0 || ui.isEmpty()) {
            render();
            return;
        }
        redrawDue = true;
        CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS).execute(() -> {
            try {
                ui.get().access(this::render);
            } catch (UIDetachedException closed) {
                // the tab is gone: nothing to draw
            }
        });
    }

    private void render() {
        redrawDue = false;
        lastDrawn = System.nanoTime();
        setVisible(challenge.isPresent());
        board.removeAll();
        if (challenge.isEmpty()) {
            return;
        }
        title.setText(getTranslation(challenge.get().open() ? "room.challenge.title" : "room.challenge.ended"));
        goal.setText(goalText(this, challenge.get().goal()));
        List<Submission> all = leaderboard.map(Leaderboard::submissions).orElse(List.of());
        status.setText(getTranslation("room.challenge.count", all.size()));
        leaderboard.ifPresent(b -> b.top(PLACES).forEach(entry -> board.add(row(entry))));
        map.setVisible(picture.isPresent());
        legend.setVisible(picture.isPresent());
        if (picture.isPresent()) {
            List<double[]> reached = new ArrayList<>();
            List<double[]> missed = new ArrayList<>();
            all.forEach(s -> (s.outcome().reached() ? reached : missed).add(new double[] {s.alpha(), s.beta()}));
            map.setDots(List.of(new HeatMapDots(MISSED_COLOR, REACHED_COLOR, missed),
                    new HeatMapDots(REACHED_COLOR, MISSED_COLOR, reached)));
        }
    }

    /** One place: rank, nickname (as text), α, β and the outcome. */
    private Div row(Leaderboard.Entry entry) {
        Submission s = entry.submission();
        Div row = new Div(new Span(getTranslation("room.challenge.row." + s.outcome().kind().name(), entry.rank(),
                s.nickname().value(), Numbers.exact(s.alpha()), Numbers.exact(s.beta()), s.outcome().steps())));
        row.setId("challenge-row-" + entry.rank());
        return row;
    }

    /** The goal in {@code where}'s language: function, start, threshold and the most steps. */
    static String goalText(Component where, Challenge.Goal goal) {
        return where.getTranslation("room.challenge.goal", where.getTranslation("function." + goal.functionKey()),
                Numbers.exact(goal.start().x()), Numbers.exact(goal.start().y()), Numbers.plain(goal.threshold()),
                goal.maxSteps());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        map.setAccessibleLabel(getTranslation("room.challenge.map"));
        map.setLabels(new HeatMapLabels(getTranslation("stability.axis.alpha"), getTranslation("stability.axis.beta"),
                getTranslation("stability.legend.title")));
        reachedKey.setText(getTranslation("room.challenge.dots.reached"));
        missedKey.setText(getTranslation("room.challenge.dots.missed"));
        render();
    }
}
