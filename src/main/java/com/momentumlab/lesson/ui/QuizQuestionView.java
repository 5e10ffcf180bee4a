package com.momentumlab.lesson.ui;

import com.momentumlab.base.ui.MathHtml;
import com.momentumlab.lesson.QuizItem;
import com.momentumlab.lesson.SpokenMath;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * One quiz question as a native {@code <fieldset>}: the question is the {@code <legend>}, each choice a
 * {@code <label>} around a radio button, so browsers and screen readers treat it as one labelled group. Choosing
 * shows at once whether the choice is right, with the explanation.
 */
class QuizQuestionView extends FieldSet {

    private final String itemId;
    private final Span number = new Span();
    private final int numberValue;
    private final MathHtml question = new MathHtml();
    private final List<RadioInput> radios = new ArrayList<>();
    private final List<MathHtml> choiceTexts = new ArrayList<>();
    private final Span verdict = new Span();
    private final MathHtml explanation = new MathHtml();
    private final Div feedback = new Div(verdict, explanation);
    private final Runnable onAnswer;

    private QuizItem item;
    private OptionalInt chosen = OptionalInt.empty();

    QuizQuestionView(int numberValue, String itemId, int choiceCount, Runnable onAnswer) {
        this.itemId = itemId;
        this.numberValue = numberValue;
        this.onAnswer = onAnswer;
        setId("quiz-" + itemId);
        addClassName("ml-quiz-question");
        number.addClassName("ml-quiz-number");
        add(new FieldSet.Legend()); // the first child, as HTML requires
        getLegend().add(number, question);
        Div choices = new Div();
        choices.addClassName("ml-quiz-choices");
        for (int i = 0; i < choiceCount; i++) {
            int index = i;
            RadioInput radio = new RadioInput("quiz-" + itemId, Integer.toString(i));
            radio.setId("quiz-" + itemId + "-" + i);
            radio.getElement().addEventListener("change", e -> choose(index));
            MathHtml text = new MathHtml();
            radios.add(radio);
            choiceTexts.add(text);
            choices.add(new ChoiceLabel(radio, text));
        }
        feedback.setId("quiz-" + itemId + "-feedback");
        feedback.addClassName("ml-quiz-feedback");
        feedback.getElement().setAttribute("aria-live", "polite");
        verdict.addClassName("ml-quiz-verdict");
        add(choices, feedback);
        showFeedback();
    }

    /** Shows the question in the item's language; the choice made stays. */
    void show(QuizItem item) {
        if (!item.id().equals(itemId)) {
            throw new IllegalArgumentException("question " + itemId + " cannot show " + item.id());
        }
        this.item = item;
        number.setText(getTranslation("quiz.question", Integer.toString(numberValue)));
        question.setSanitizedHtml(item.question().html());
        for (int i = 0; i < choiceTexts.size(); i++) {
            choiceTexts.get(i).setSanitizedHtml(item.choices().get(i).html());
            // Typeset formulas give screen readers nothing to read: the choice is named in plain text too.
            radios.get(i).getElement().setAttribute("aria-label", SpokenMath.of(item.choices().get(i).source()));
        }
        showFeedback();
    }

    boolean isAnsweredCorrectly() {
        return item != null && chosen.isPresent() && item.isCorrect(chosen.getAsInt());
    }

    private void choose(int index) {
        chosen = OptionalInt.of(index);
        // Kept on the server too, so the buttons are right again if the browser re-creates the elements.
        for (int i = 0; i < radios.size(); i++) {
            radios.get(i).getElement().setProperty("checked", i == index);
        }
        showFeedback();
        onAnswer.run();
    }

    private void showFeedback() {
        boolean answered = item != null && chosen.isPresent();
        feedback.setVisible(answered);
        if (!answered) {
            return;
        }
        boolean correct = item.isCorrect(chosen.getAsInt());
        verdict.setText(getTranslation(correct ? "quiz.correct" : "quiz.incorrect"));
        feedback.setClassName("ml-correct", correct);
        feedback.setClassName("ml-incorrect", !correct);
        explanation.setSanitizedHtml(item.explanation().html());
    }

    /** A native radio button; the {@code change} event tells the server which one was chosen. */
    @Tag("input")
    static final class RadioInput extends Component {
        RadioInput(String group, String value) {
            getElement().setAttribute("type", "radio");
            getElement().setAttribute("name", group);
            getElement().setAttribute("value", value);
        }
    }

    /** {@code <label>} around the radio button and its text: clicking the text chooses it. */
    @Tag("label")
    private static final class ChoiceLabel extends Component
            implements com.vaadin.flow.component.HasComponents, com.vaadin.flow.component.HasStyle {
        ChoiceLabel(RadioInput radio, MathHtml text) {
            addClassName("ml-quiz-choice");
            add(radio, text);
        }
    }
}
