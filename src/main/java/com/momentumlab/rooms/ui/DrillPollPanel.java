package com.momentumlab.rooms.ui;

import com.momentumlab.base.i18n.Message;
import com.momentumlab.lesson.drill.DrillQuestion;
import com.momentumlab.lesson.drill.DrillScore;
import com.momentumlab.lesson.drill.DrillSetup;
import com.momentumlab.lesson.drill.HandDrill;
import com.momentumlab.lesson.ui.DrillSolution;
import com.momentumlab.lesson.ui.HandDrillPanel;
import com.momentumlab.playground.PlaygroundService;
import com.momentumlab.rooms.DrillParameters;
import com.momentumlab.rooms.Poll;
import com.momentumlab.rooms.Rooms;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The hand-computation drill the facilitator put to the room, in this screen's own language (the room sends only
 * the drill's parameters; each screen builds the drill itself): for a learner the drill to work through, whose every
 * check goes to the room; elsewhere how many got each value right. Once revealed, every screen shows the worked
 * solution and a learner's fields are closed. Hidden while no drill is on.
 */
class DrillPollPanel extends Div implements LocaleChangeObserver {

    /** How a learner's results reach the room: true if the room took them. */
    interface Answering {
        boolean answer(Poll poll, List<DrillParameters.Result> results);
    }

    private final PlaygroundService service;
    /** Empty on the screens that show the counts instead. */
    private final Optional<Answering> answering;
    private final Paragraph title = new Paragraph();
    private final Paragraph task = new Paragraph();
    private final OrderedList counts = new OrderedList();
    /** The drill to work through, on a learner's screen only. */
    private final Optional<HandDrillPanel> fields;
    private final Paragraph status = new Paragraph();
    private final DrillSolution solution = new DrillSolution();

    private Optional<Poll> poll = Optional.empty();
    private Optional<HandDrill> drill = Optional.empty();
    private Optional<Rooms.Tally> tally = Optional.empty();

    DrillPollPanel(PlaygroundService service, Optional<Answering> answering) {
        this.service = service;
        this.answering = answering;
        this.fields = answering.map(a -> HandDrillPanel.forRoom());
        setId("drill-poll");
        title.setId("drill-poll-title");
        title.addClassName("ml-quiz-number");
        task.setId("drill-poll-task");
        counts.setId("drill-poll-counts");
        status.setId("drill-poll-status");
        status.getElement().setAttribute("role", "status");
        fields.ifPresent(panel -> panel.onScore(this::checked));
        add(title, task, counts);
        fields.ifPresent(this::add);
        add(status, solution);
        setVisible(false);
    }

    /** Shows the drill poll {@code shown} (none: hides the panel) with its counts (ignored where learners answer). */
    void show(Optional<Poll> shown, Optional<Rooms.Tally> countsNow) {
        if (!shown.map(Poll::id).equals(poll.map(Poll::id))) {
            drill = shown.flatMap(Poll::drill).flatMap(this::build);
            fields.ifPresent(panel -> drill.ifPresent(panel::start)); // a new drill: empty fields
            drill.ifPresent(solution::show);
        }
        poll = shown;
        tally = countsNow.filter(t -> t.poll().id().equals(shown.map(Poll::id).orElse("")));
        render();
    }

    /** The drill these parameters name; empty if this server cannot build it (another version of the app). */
    private Optional<HandDrill> build(DrillParameters parameters) {
        try {
            return service.function(parameters.functionKey())
                    .map(f -> HandDrill.create(f, parameters.alpha(), parameters.beta(), parameters.start()))
                    .filter(DrillSetup.Ready.class::isInstance).map(ready -> ((DrillSetup.Ready) ready).drill());
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
    }

    private void render() {
        setVisible(poll.isPresent());
        counts.removeAll();
        if (poll.isEmpty()) {
            return;
        }
        boolean revealed = poll.get().revealed();
        title.setText(getTranslation(revealed ? "room.drill.revealed" : "room.drill.title"));
        boolean known = drill.isPresent() && drill.get().questions().size() == poll.get().choices();
        fields.ifPresent(panel -> {
            panel.setVisible(known);
            panel.setEnabled(!revealed);
        });
        task.setVisible(known && answering.isEmpty());
        counts.setVisible(known && answering.isEmpty());
        solution.setVisible(known && revealed);
        status.setText(!known ? getTranslation("room.drill.unknown")
                : revealed && answering.isPresent() ? getTranslation("room.drill.closed") : "");
        status.setVisible(!status.getText().isEmpty());
        if (!known || answering.isPresent()) {
            return;
        }
        Message taskText = new Message(drill.get().task().key(), drill.get().task().args().toArray());
        task.setText(taskText.translate(this));
        List<DrillQuestion> questions = drill.get().questions();
        for (int i = 0; i < questions.size(); i++) {
            ListItem count = new ListItem(getTranslation("room.drill.count", questions.get(i).symbol(),
                    questions.get(i).axis().label(), countOf(Rooms.Tally::counts, i),
                    tally.map(Rooms.Tally::people).orElse(0), countOf(Rooms.Tally::wrong, i)));
            count.setId("drill-count-" + questions.get(i).id().replace('.', '-'));
            counts.add(count);
        }
    }

    private int countOf(Function<Rooms.Tally, List<Integer>> list, int index) {
        return tally.map(list).filter(values -> index < values.size()).map(values -> values.get(index)).orElse(0);
    }

    /** The learner checked a value: their result on every value goes to the room (a check after the reveal does not). */
    private void checked(DrillScore score) {
        if (poll.isEmpty() || poll.get().revealed() || drill.isEmpty() || answering.isEmpty()) {
            return;
        }
        List<DrillParameters.Result> results = drill.get().questions().stream().map(DrillQuestion::id)
                .map(id -> score.solved().contains(id) ? DrillParameters.Result.RIGHT
                        : score.missed().contains(id) ? DrillParameters.Result.WRONG : DrillParameters.Result.NOT_YET)
                .toList();
        answering.get().answer(poll.get(), results);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }
}
