package com.momentumlab.lesson.ui;

import com.momentumlab.base.ui.LeanButton;
import com.momentumlab.lesson.drill.AnswerResult;
import com.momentumlab.lesson.drill.DrillQuestion;
import com.momentumlab.lesson.drill.DrillScore;
import com.momentumlab.lesson.drill.DrillSetup;
import com.momentumlab.lesson.drill.HandDrill;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.playground.LabState;
import com.momentumlab.playground.PlaygroundService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
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
    /** Heading and introduction in one element; the heading's id names the region. */
    private final PartIntro intro = new PartIntro(ANCHOR + "-heading", "drill.heading", "drill.intro");
    private final LeanButton newDrill = new LeanButton();
    /** What a drill shows above the button, made at the first start: many learners never do the drill. */
    private Paragraph task;
    private Paragraph rule;
    private Paragraph problem;
    private OrderedList questionList;
    private Span score;
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
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", ANCHOR + "-heading");
        newDrill.setId("drill-new");
        newDrill.onPress(() -> {
            startFromLab();
            // the fields appear above the button: a keyboard user goes on from the first one
            rows.stream().findFirst().ifPresent(DrillQuestionRow::focusAnswer);
        });
        add(intro, newDrill);
        // The drill's fields are made when the learner starts it: twelve fields cost every tab about 90 KB of server
        // memory, and many learners never do the drill.
    }

    /** The task, rule, problem, questions and score, between the introduction and the button, in that order. */
    private void makeDrillParts() {
        task = new Paragraph();
        task.setId("drill-task");
        rule = new Paragraph();
        rule.setId("drill-rule");
        rule.addClassName("ml-drill-rule");
        problem = new Paragraph();
        problem.setId("drill-problem");
        problem.addClassName("ml-drill-problem");
        problem.getElement().setAttribute("role", "status");
        questionList = new OrderedList();
        questionList.addClassName("ml-drill-questions");
        score = new Span();
        score.setId("drill-score");
        score.addClassName("ml-score");
        score.getElement().setAttribute("role", "status");
        int at = getElement().indexOfChild(newDrill.getElement());
        for (Component part : List.of(task, rule, problem, questionList, score)) {
            addComponentAtIndex(at++, part);
        }
    }

    /** A new drill from the values now in the lab's fields, or the reason there is none. */
    void startFromLab() {
        if (!started) {
            makeDrillParts();
        }
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
        newDrill.setText(getTranslation(started ? "drill.new" : "drill.start"));
        if (!started) {
            return;
        }
        show(task, taskMessage);
        show(rule, ruleMessage);
        show(problem, problemMessage);
        score.setVisible(drillScore != null);
        score.setText(drillScore == null ? "" : Message.of(drillScore.message()).translate(this));
    }

    private void show(Paragraph paragraph, Message message) {
        paragraph.setVisible(message != null);
        paragraph.setText(message == null ? "" : message.translate(this));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        intro.show(event.getLocale());
        showTexts();
    }
}
