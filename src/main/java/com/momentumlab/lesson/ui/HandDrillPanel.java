package com.momentumlab.lesson.ui;

import com.momentumlab.lesson.drill.AnswerResult;
import com.momentumlab.lesson.drill.DrillQuestion;
import com.momentumlab.lesson.drill.DrillScore;
import com.momentumlab.lesson.drill.DrillSetup;
import com.momentumlab.lesson.drill.HandDrill;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.playground.LabState;
import com.momentumlab.playground.PlaygroundService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The "compute by hand" drill for the lab's current values: the task, the rounding rule, one field per value in
 * the order it is computed, a hint (the next sub-step, never the answer) for a wrong value, and the score. The
 * logic is {@link HandDrill}; this class shows it and keeps every text as a key, so a language switch
 * translates the task, the feedback and the score and keeps what the learner typed.
 */
class HandDrillPanel extends Div implements LocaleChangeObserver {

    static final String ANCHOR = "drill";

    private final LabHooks lab;
    private final PlaygroundService service;
    private final H2 heading = new H2();
    private final Paragraph intro = new Paragraph();
    private final Paragraph task = new Paragraph();
    private final Paragraph rule = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final OrderedList questionList = new OrderedList();
    private final Span score = new Span();
    private final Button newDrill = new Button();
    private final List<DrillQuestionRow> rows = new ArrayList<>();

    private Message taskMessage;
    private Message ruleMessage;
    private Message problemMessage;
    private DrillScore drillScore;
    private boolean started;

    HandDrillPanel(LabHooks lab, PlaygroundService service) {
        this.lab = lab;
        this.service = service;
        setId(ANCHOR);
        addClassName("ml-drill");
        getElement().setAttribute("data-anchor", ANCHOR);
        heading.setId(ANCHOR + "-heading");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        task.setId("drill-task");
        rule.setId("drill-rule");
        rule.addClassName("ml-drill-rule");
        problem.setId("drill-problem");
        problem.addClassName("ml-drill-problem");
        problem.getElement().setAttribute("role", "status");
        questionList.addClassName("ml-drill-questions");
        score.setId("drill-score");
        score.addClassName("ml-score");
        score.getElement().setAttribute("role", "status");
        newDrill.setId("drill-new");
        newDrill.addClickListener(e -> {
            startFromLab();
            // the fields appear above the button: a keyboard user goes on from the first one
            rows.stream().findFirst().ifPresent(DrillQuestionRow::focusAnswer);
        });
        add(heading, intro, task, rule, problem, questionList, score, newDrill);
        // The drill's fields are made when the learner starts it: twelve fields cost every tab about 90 KB of server
        // memory, and many learners never do the drill.
    }

    /** A new drill from the values now in the lab's fields, or the reason there is none. */
    void startFromLab() {
        started = true;
        rows.clear();
        questionList.removeAll();
        drillScore = null;
        taskMessage = null;
        ruleMessage = null;
        problemMessage = null;
        Optional<LabState> state = lab.currentState().get();
        if (state.isEmpty()) {
            problemMessage = new Message("drill.labInvalid");
        } else {
            LabState s = state.get();
            Objective function = service.function(s.functionKey()).orElseThrow();
            DrillSetup setup = HandDrill.create(function, s.learningRate(), s.beta(), s.start());
            if (setup instanceof DrillSetup.Refused refused) {
                problemMessage = Message.of(refused.reason());
            } else {
                HandDrill drill = ((DrillSetup.Ready) setup).drill();
                taskMessage = Message.of(drill.task());
                ruleMessage = Message.of(drill.rule());
                drillScore = DrillScore.start(drill);
                for (DrillQuestion question : drill.questions()) {
                    DrillQuestionRow row = new DrillQuestionRow(question, this::answered);
                    rows.add(row);
                    questionList.add(row);
                }
            }
        }
        showTexts();
    }

    private void answered(DrillQuestion question, AnswerResult result) {
        drillScore = drillScore.after(question, result);
        showTexts();
    }

    private void showTexts() {
        show(task, taskMessage);
        show(rule, ruleMessage);
        show(problem, problemMessage);
        newDrill.setText(getTranslation(started ? "drill.new" : "drill.start"));
        score.setVisible(drillScore != null);
        score.setText(drillScore == null ? "" : Message.of(drillScore.message()).translate(this));
    }

    private void show(Paragraph paragraph, Message message) {
        paragraph.setVisible(message != null);
        paragraph.setText(message == null ? "" : message.translate(this));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("drill.heading"));
        intro.setText(getTranslation("drill.intro"));
        showTexts();
    }
}
