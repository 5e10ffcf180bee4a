package com.momentumlab.lesson.ui;

import com.momentumlab.base.ui.MathHtml;
import com.momentumlab.lesson.QuizItem;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import tools.jackson.databind.JsonNode;

/**
 * The quiz question on show, in its box: the question as a native {@code <fieldset>} of radio buttons and, below
 * it, the feedback, each one element whose HTML is built on the server ({@link QuizHtml}). The server keeps three
 * nodes for it instead of one per label, button and text. Choosing shows at once whether the choice is right,
 * with the explanation, unless the quiz asks to keep the verdict back (a practice test shows it only at the end).
 * The quiz shows its questions one after the other in this one view.
 */
class QuizQuestionView extends Div {

    /** What the browser sends with a {@code change}: which radio button group, and which button in it. */
    static final String NAME = "event.target.name";
    static final String VALUE = "event.target.value";

    private final MathHtml question = new MathHtml();
    private final MathHtml feedback = new MathHtml();
    private final IntConsumer onChoose;

    private QuizItem item;
    private int number;
    private Locale locale = Locale.ENGLISH;
    private OptionalInt chosen = OptionalInt.empty();
    private boolean verdictShown = true;

    QuizQuestionView(IntConsumer onChoose) {
        this.onChoose = onChoose;
        addClassName("ml-quiz-question");
        question.getElement().getClassList().add("ml-quiz-form");
        // One listener for all the radio buttons: "change" bubbles up from the one the learner chose.
        question.getElement().addEventListener("change", this::changed).addEventData(NAME).addEventData(VALUE);
        feedback.getElement().getClassList().add("ml-quiz-feedback");
        feedback.getElement().setAttribute("aria-live", "polite");
        feedback.setVisible(false);
        add(question, feedback);
    }

    /**
     * Shows question {@code numberValue} in {@code locale}'s language, with the choice the learner made for it; the
     * verdict and the explanation appear for a choice only if {@code verdict} is true.
     */
    void show(int numberValue, QuizItem item, Locale locale, OptionalInt chosen, boolean verdict) {
        this.verdictShown = verdict;
        this.item = item;
        this.number = numberValue;
        this.locale = locale;
        this.chosen = chosen;
        feedback.setId(QuizHtml.id(item) + "-feedback");
        showQuestion();
        showFeedback();
    }

    /**
     * A choice is only made in the browser; the server sends the question's HTML with it checked when it shows the
     * question again, and here, when the browser builds the elements anew (a resynchronisation, a re-attach).
     * Not at the choice itself: new HTML would replace the radio buttons and take the keyboard focus away.
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (item != null) {
            showQuestion();
        }
    }

    private void showQuestion() {
        question.setSanitizedHtml(QuizHtml.question(this, locale, number, item, chosen.orElse(-1)));
    }

    /** Takes a choice of the question on show; anything else a client may send is ignored. */
    private void changed(DomEvent event) {
        if (item == null) {
            return;
        }
        JsonNode data = event.getEventData();
        String name = string(data, NAME);
        String value = string(data, VALUE);
        if (!QuizHtml.id(item).equals(name)) {
            return;
        }
        for (int i = 0; i < item.choices().size(); i++) {
            if (Integer.toString(i).equals(value)) {
                choose(i);
                return;
            }
        }
    }

    private static String string(JsonNode data, String key) {
        JsonNode value = data.path(key);
        return value.isString() ? value.stringValue() : null;
    }

    private void choose(int index) {
        chosen = OptionalInt.of(index);
        showFeedback();
        onChoose.accept(index);
    }

    private void showFeedback() {
        boolean answered = item != null && chosen.isPresent() && verdictShown;
        feedback.setVisible(answered);
        if (!answered) {
            return;
        }
        boolean correct = item.isCorrect(chosen.getAsInt());
        feedback.getElement().getClassList().set("ml-correct", correct);
        feedback.getElement().getClassList().set("ml-incorrect", !correct);
        feedback.setSanitizedHtml(QuizHtml.feedback(this, locale, item, chosen.getAsInt()));
    }
}
