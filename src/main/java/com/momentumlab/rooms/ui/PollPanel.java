package com.momentumlab.rooms.ui;

import com.momentumlab.base.ui.MathHtml;
import com.momentumlab.lesson.Quiz;
import com.momentumlab.lesson.QuizItem;
import com.momentumlab.rooms.Poll;
import com.momentumlab.rooms.Rooms;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The poll on show, in this screen's own language (the room sends only the quiz item's id): the question and its
 * choices; for a learner a button to choose each, elsewhere how many chose each. Once the answer is revealed, the
 * right choice is marked and its explanation shown. Hidden while no poll is on. The drill, a poll of its own kind,
 * shows in its own panel ({@link DrillPollPanel}).
 */
class PollPanel extends Section implements LocaleChangeObserver {

    /** How a learner's choice reaches the room: true if the room took it. */
    interface Answering {
        boolean answer(Poll poll, int choice);
    }

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Quiz quiz;
    /** Empty on the screens that show the counts instead. */
    private final Optional<Answering> answering;
    private final Paragraph title = new Paragraph();
    private final MathHtml question = new MathHtml();
    private final Div choices = new Div();
    private final Paragraph status = new Paragraph();
    private final MathHtml explanation = new MathHtml();
    private final DrillPollPanel drill;

    private Optional<Poll> poll = Optional.empty();
    private Optional<Rooms.Tally> tally = Optional.empty();
    private List<Integer> counts = List.of();
    private OptionalInt chosen = OptionalInt.empty();

    PollPanel(Quiz quiz, DrillPollPanel drill, Optional<Answering> answering) {
        this.quiz = quiz;
        this.drill = drill;
        this.answering = answering;
        setId("poll");
        addClassName("ml-poll");
        title.setId("poll-title");
        title.addClassName("ml-quiz-number");
        question.setId("poll-question");
        choices.setId("poll-choices");
        status.setId("poll-status");
        status.getElement().setAttribute("role", "status");
        explanation.setId("poll-explanation");
        explanation.getElement().setAttribute("aria-live", "polite");
        add(title, question, choices, status, explanation, drill);
        setVisible(false);
    }

    /** Shows the poll on show and its counts, as the room holds them (none: hides the panel). */
    void show(Optional<Rooms.Tally> shown) {
        tally = shown;
        show(shown.map(Rooms.Tally::poll), shown.map(Rooms.Tally::counts).orElse(List.of()));
    }

    /** Shows {@code shown} (none: hides the panel) with how many chose each choice (ignored where learners answer). */
    void show(Optional<Poll> shown, List<Integer> countsPerChoice) {
        if (!shown.map(Poll::id).equals(poll.map(Poll::id))) {
            chosen = OptionalInt.empty(); // a new poll: this learner has not answered it yet
        }
        poll = shown;
        counts = countsPerChoice;
        render();
    }

    private void render() {
        setVisible(poll.isPresent());
        choices.removeAll();
        boolean isDrill = poll.flatMap(Poll::drill).isPresent();
        drill.show(poll.filter(p -> isDrill), tally);
        for (var quizPart : List.of(title, question, choices, status, explanation)) {
            quizPart.setVisible(!isDrill);
        }
        if (poll.isEmpty() || isDrill) {
            return;
        }
        Optional<QuizItem> item = quiz.items(getLocale()).stream()
                .filter(candidate -> candidate.id().equals(poll.get().itemId())).findFirst();
        boolean revealed = poll.get().revealed();
        title.setText(getTranslation(revealed ? "room.poll.revealed" : "room.poll.title"));
        if (item.isEmpty() || item.get().choices().size() != poll.get().choices()) {
            // A poll this server's quiz does not have (another version of the app): say so rather than guess.
            question.setSanitizedHtml("");
            status.setText(getTranslation("room.poll.unknown"));
            explanation.setVisible(false);
            return;
        }
        for (int i = 0; i < item.get().choices().size(); i++) {
            choices.add(choice(item.get(), i, revealed));
        }
        question.setSanitizedHtml(item.get().question().html());
        explanation.setSanitizedHtml(item.get().explanation().html());
        explanation.setVisible(revealed);
        status.setText(statusText(revealed));
    }

    private Div choice(QuizItem item, int index, boolean revealed) {
        String letter = String.valueOf(LETTERS.charAt(index));
        Div row = new Div();
        row.setId("poll-choice-" + index);
        row.addClassName("ml-poll-choice");
        if (answering.isPresent()) {
            Button choose = new Button(letter);
            choose.setId("poll-choose-" + index);
            choose.setAriaLabel(getTranslation("room.poll.choose", letter));
            boolean mine = chosen.equals(OptionalInt.of(index));
            choose.getElement().setAttribute("aria-pressed", Boolean.toString(mine));
            choose.addThemeVariants(mine ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
            choose.setEnabled(!revealed);
            choose.addClickListener(e -> choose(index));
            row.add(choose);
        } else {
            Span count = new Span(getTranslation("room.poll.count", letter, index < counts.size() ? counts.get(index) : 0));
            count.setId("poll-count-" + index);
            row.add(count);
        }
        MathHtml text = new MathHtml();
        text.setSanitizedHtml(item.choices().get(index).html());
        row.add(text);
        if (revealed && item.isCorrect(index)) {
            row.addClassName("ml-correct");
            Span right = new Span(getTranslation("room.poll.right"));
            right.setId("poll-right");
            right.addClassName("ml-quiz-verdict");
            row.add(right);
        }
        return row;
    }

    private String statusText(boolean revealed) {
        if (answering.isEmpty()) {
            return getTranslation("room.poll.total", counts.stream().mapToInt(Integer::intValue).sum());
        }
        if (chosen.isEmpty()) {
            return getTranslation(revealed ? "room.poll.notAnswered" : "room.poll.pick");
        }
        String letter = String.valueOf(LETTERS.charAt(chosen.getAsInt()));
        return getTranslation(revealed ? "room.poll.yours" : "room.poll.yoursChangeable", letter);
    }

    private void choose(int index) {
        if (poll.isPresent() && !poll.get().revealed() && answering.get().answer(poll.get(), index)) {
            chosen = OptionalInt.of(index);
            render();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }
}
