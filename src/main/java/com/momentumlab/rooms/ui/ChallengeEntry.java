package com.momentumlab.rooms.ui;

import com.momentumlab.base.input.Numbers;
import com.momentumlab.rooms.Challenge;
import com.momentumlab.rooms.SubmitResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The challenge on a learner's screen: the goal in their own language and a button that submits the α and β their
 * lab shows now; then what the server's run of them did, or why it was not taken. Hidden while there is none.
 */
class ChallengeEntry extends Section implements LocaleChangeObserver {

    private final Supplier<Optional<SubmitResult>> submit;
    private final Paragraph title = new Paragraph();
    private final Paragraph goal = new Paragraph();
    private final Button button = new Button();
    private final Paragraph result = new Paragraph();
    private Optional<Challenge> challenge = Optional.empty();
    private Optional<SubmitResult> last = Optional.empty();

    /** {@code submit} hands the lab's α and β to the room; empty if the room could not be reached. */
    ChallengeEntry(Supplier<Optional<SubmitResult>> submit) {
        this.submit = submit;
        setId("challenge");
        addClassName("ml-poll");
        title.setId("challenge-title");
        title.addClassName("ml-quiz-number");
        goal.setId("challenge-goal");
        button.setId("challenge-submit");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClickListener(e -> {
            Optional<SubmitResult> answer = submit.get();
            if (answer.isPresent()) {
                last = answer;
                render();
            }
        });
        result.setId("challenge-result");
        result.getElement().setAttribute("role", "status");
        add(title, goal, button, result);
        setVisible(false);
    }

    void show(Optional<Challenge> shown) {
        if (!shown.map(Challenge::id).equals(challenge.map(Challenge::id))) {
            last = Optional.empty(); // a new challenge: nothing submitted to it yet
        }
        challenge = shown;
        render();
    }

    private void render() {
        setVisible(challenge.isPresent());
        if (challenge.isEmpty()) {
            return;
        }
        boolean open = challenge.get().open();
        title.setText(getTranslation(open ? "room.challenge.title" : "room.challenge.ended"));
        goal.setText(ChallengePanel.goalText(this, challenge.get().goal()));
        button.setText(getTranslation("room.challenge.submit"));
        button.setEnabled(open);
        result.setText(last.map(this::describe).orElse(""));
    }

    private String describe(SubmitResult answer) {
        return switch (answer) {
            case SubmitResult.Scored scored -> {
                var s = scored.submission();
                yield getTranslation("room.challenge.yours." + s.outcome().kind().name(), Numbers.exact(s.alpha()),
                        Numbers.exact(s.beta()), s.outcome().steps());
            }
            case SubmitResult.OutOfRange range -> getTranslation(range.problem().messageKey(), range.problem().args().toArray());
            case SubmitResult.TooMany tooMany -> getTranslation("room.challenge.tooMany");
            case SubmitResult.BoardFull full -> getTranslation("room.challenge.full");
            case SubmitResult.NoChallenge none -> getTranslation("room.challenge.none");
            case SubmitResult.NotInRoom out -> getTranslation("room.challenge.notIn");
        };
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }
}
