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
import java.util.function.IntConsumer;

/**
 * The quiz question on show, as a native {@code <fieldset>}: the question is the {@code <legend>}, each choice a
 * {@code <label>} around a radio button, so browsers and screen readers treat it as one labelled group. Choosing
 * shows at once whether the choice is right, with the explanation. The quiz shows its questions one after the
 * other in this one view; the element ids follow the question shown.
 */
class QuizQuestionView extends FieldSet {

    private final Span number = new Span();
    private final MathHtml question = new MathHtml();
    private final List<RadioInput> radios = new ArrayList<>();
    private final List<ChoiceLabel> choiceLabels = new ArrayList<>();
    private final List<MathHtml> choiceTexts = new ArrayList<>();
    private final Span verdict = new Span();
    private final MathHtml explanation = new MathHtml();
    private final Div feedback = new Div(verdict, explanation);
    private final IntConsumer onChoose;

    private QuizItem item;
    private OptionalInt chosen = OptionalInt.empty();

    QuizQuestionView(int choiceCount, IntConsumer onChoose) {
        this.onChoose = onChoose;
        addClassName("ml-quiz-question");
        number.addClassName("ml-quiz-number");
        add(new FieldSet.Legend()); // the first child, as HTML requires
        getLegend().add(number, question);
        Div choices = new Div();
        choices.addClassName("ml-quiz-choices");
        for (int i = 0; i < choiceCount; i++) {
            int index = i;
            RadioInput radio = new RadioInput(Integer.toString(i));
            radio.getElement().addEventListener("change", e -> choose(index));
            MathHtml text = new MathHtml();
            ChoiceLabel label = new ChoiceLabel(radio, text);
            radios.add(radio);
            choiceTexts.add(text);
            choiceLabels.add(label);
            choices.add(label);
        }
        feedback.addClassName("ml-quiz-feedback");
        feedback.getElement().setAttribute("aria-live", "polite");
        verdict.addClassName("ml-quiz-verdict");
        add(choices, feedback);
        showFeedback();
    }

    /** Shows question {@code numberValue} in the item's language, with the choice the learner made for it. */
    void show(int numberValue, QuizItem item, OptionalInt chosen) {
        this.item = item;
        this.chosen = chosen;
        String id = "quiz-" + item.id();
        setId(id);
        feedback.setId(id + "-feedback");
        number.setText(getTranslation("quiz.question", Integer.toString(numberValue)));
        question.setSanitizedHtml(item.question().html());
        for (int i = 0; i < radios.size(); i++) {
            boolean used = i < item.choices().size();
            choiceLabels.get(i).setVisible(used);
            RadioInput radio = radios.get(i);
            radio.setId(id + "-" + i);
            radio.getElement().setAttribute("name", id);
            radio.getElement().setProperty("checked", chosen.isPresent() && chosen.getAsInt() == i);
            if (used) {
                choiceTexts.get(i).setSanitizedHtml(item.choices().get(i).html());
                // Typeset formulas give screen readers nothing to read: the choice is named in plain text too.
                radio.getElement().setAttribute("aria-label", SpokenMath.of(item.choices().get(i).source()));
            }
        }
        showFeedback();
    }

    private void choose(int index) {
        chosen = OptionalInt.of(index);
        // Kept on the server too, so the buttons are right again if the browser re-creates the elements.
        for (int i = 0; i < radios.size(); i++) {
            radios.get(i).getElement().setProperty("checked", i == index);
        }
        showFeedback();
        onChoose.accept(index);
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
        RadioInput(String value) {
            getElement().setAttribute("type", "radio");
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
