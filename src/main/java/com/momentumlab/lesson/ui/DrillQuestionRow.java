package com.momentumlab.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.momentumlab.lesson.drill.AnswerResult;
import com.momentumlab.lesson.drill.DrillAnswerChecker;
import com.momentumlab.lesson.drill.DrillQuestion;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/** One value of the drill: its question as the field's label, a Check button and the feedback. */
class DrillQuestionRow extends ListItem implements LocaleChangeObserver {

    private final DrillQuestion question;
    private final BiConsumer<DrillQuestion, AnswerResult> onChecked;
    private final TextField answer = new TextField();
    private final Button check = new Button();
    private final Div feedback = new Div();
    private AnswerResult result;

    DrillQuestionRow(DrillQuestion question, BiConsumer<DrillQuestion, AnswerResult> onChecked) {
        this.question = question;
        this.onChecked = onChecked;
        String id = "drill-" + question.id().replace('.', '-');
        setId(id + "-row");
        addClassName("ml-drill-question");
        answer.setId(id);
        answer.setAutocomplete(Autocomplete.OFF);
        answer.setAutocorrect(false);
        answer.setManualValidation(true); // only the drill's check decides what is wrong
        answer.getElement().setAttribute("inputmode", "decimal");
        answer.addClassName("ml-drill-answer");
        check.setId(id + "-check");
        check.addThemeVariants(ButtonVariant.LUMO_SMALL);
        check.addClickListener(e -> check());
        // Enter checks this answer. A plain key listener, not a Shortcut (which costs the tab about 3 KB per row);
        // the typed value travels with the key, as the field's own change event may reach the server after it.
        answer.getElement().addEventListener("keydown", e -> {
            JsonNode typed = e.getEventData().path("element.value");
            if (typed.isString()) { // a hand-made message may lack it
                answer.setValue(typed.stringValue());
            }
            check();
        }).setFilter("event.key === 'Enter'").addEventData("element.value");
        feedback.setId(id + "-feedback");
        feedback.addClassName("ml-drill-feedback");
        feedback.getElement().setAttribute("aria-live", "polite");
        add(answer, check, feedback); // the field and the button share a line (styles.css), the feedback goes below
    }

    void focusAnswer() {
        answer.focus();
    }

    private void check() {
        result = DrillAnswerChecker.check(question, answer.getValue());
        showResult();
        onChecked.accept(question, result);
    }

    private void showResult() {
        if (result == null) {
            feedback.setText("");
            return;
        }
        feedback.setText(HandDrillPanel.message(result.message()).translate(this));
        AnswerResult.Verdict verdict = result.verdict();
        feedback.setClassName("ml-correct", verdict == AnswerResult.Verdict.CORRECT);
        feedback.setClassName("ml-incorrect", verdict != AnswerResult.Verdict.CORRECT);
        answer.setInvalid(verdict != AnswerResult.Verdict.CORRECT);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        answer.setLabel(HandDrillPanel.message(question.prompt()).translate(this));
        check.setText(getTranslation("drill.check"));
        showResult();
    }
}
