package com.momentumlab.lesson.ui;

import com.momentumlab.base.i18n.Message;
import com.vaadin.flow.component.button.Button;
import com.momentumlab.lesson.drill.AnswerResult;
import com.momentumlab.lesson.drill.DrillQuestion;
import com.momentumlab.lesson.drill.DrillMessage;
import com.momentumlab.lesson.drill.DrillScore;
import com.momentumlab.lesson.drill.DrillSetup;
import com.momentumlab.lesson.drill.HandDrill;
import com.momentumlab.numerics.Vec2;
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
import java.util.Random;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * The "compute by hand" drill for the lab's current values: the task, the rounding rule, one field per value in
 * the order it is computed, a hint (the next sub-step, never the answer) for a wrong value, and the score. The
 * logic is {@link HandDrill}; this class shows it and keeps every text as a key, so a language switch
 * translates the task, the feedback and the score and keeps what the learner typed.
 *
 * <p>The worked example is printed just above the drill, so a drill on its values could be copied from the text:
 * while the lab holds the worked example (the function, α, β and start of {@link ClassicPreset#CLASSIC}; the number
 * of steps does not change the first two), the drill keeps α, β and the function but starts from another point, one
 * of {@link #FRESH_STARTS}, drawn at random, and says so. Any other lab state is used as it is.
 *
 * <p>In a study room the facilitator sets the drill ({@link #forRoom()}, {@link #start(HandDrill)}): the same checks,
 * no button to start one from the lab, and each check reported ({@link #onScore}) so the room can count it.
 */
public class HandDrillPanel extends Div implements LocaleChangeObserver {

    static final String ANCHOR = "drill";

    /**
     * Starts for a drill when the lab holds the worked example: whole numbers inside the lesson's view of the valley
     * (so the gradient (x/10, 2y) stays easy to compute by hand), never on an axis, never the example's (−7, 2).
     */
    static final List<Vec2> FRESH_STARTS = IntStream.rangeClosed(-9, 9)
            .filter(x -> Math.abs(x) >= 3)
            .boxed()
            .flatMap(x -> IntStream.rangeClosed(-3, 3).filter(y -> y != 0).mapToObj(y -> new Vec2(x, y)))
            .filter(p -> !p.equals(ClassicPreset.CLASSIC.start()))
            .toList();

    /** Null in a room, where the facilitator sets the drill. */
    private final LabHooks lab;
    private final PlaygroundService service;
    /** Heading and introduction in one element; the heading's id names the region. */
    private final PartIntro intro;
    private final Button newDrill = new Button();
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
    private RandomGenerator random = new Random();
    private Consumer<DrillScore> onScore = score -> {};

    HandDrillPanel(LabHooks lab, PlaygroundService service) {
        this(lab, service, new PartIntro(ANCHOR + "-heading", "drill.heading", "drill.intro"));
    }

    private HandDrillPanel(LabHooks lab, PlaygroundService service, PartIntro intro) {
        this.lab = lab;
        this.service = service;
        this.intro = intro;
        setId(ANCHOR);
        addClassName("ml-drill");
        getElement().setAttribute("data-anchor", ANCHOR);
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", ANCHOR + "-heading");
        newDrill.setId("drill-new");
        newDrill.addClickListener(e -> {
            startFromLab();
            // the fields appear above the button: a keyboard user goes on from the first one
            rows.stream().findFirst().ifPresent(DrillQuestionRow::focusAnswer);
        });
        newDrill.setVisible(lab != null);
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

    /** A panel for the drills a study room's facilitator sets, each shown by {@link #start(HandDrill)}. */
    public static HandDrillPanel forRoom() {
        return new HandDrillPanel(null, null, new PartIntro(ANCHOR + "-room-heading", "drill.heading", "room.drill.intro"));
    }

    /** Hears the learner's progress after every check. */
    public void onScore(Consumer<DrillScore> listener) {
        this.onScore = listener;
    }

    /**
     * The drill for the first two steps from {@code state}; while the lab holds the worked example, from one of the
     * {@link #FRESH_STARTS} drawn with {@code random} instead (see {@link #isWorkedExample}).
     */
    public static DrillSetup setupFor(LabState state, PlaygroundService service, RandomGenerator random) {
        Objective function = service.function(state.functionKey()).orElseThrow();
        Vec2 start = isWorkedExample(state) ? FRESH_STARTS.get(random.nextInt(FRESH_STARTS.size())) : state.start();
        return HandDrill.create(function, state.learningRate(), state.beta(), start);
    }

    /** The source of the fresh starts, for a test that needs a known sequence. */
    void useRandom(RandomGenerator generator) {
        this.random = generator;
    }

    /** True if the first two steps from {@code state} are those of the worked example printed above the drill. */
    static boolean isWorkedExample(LabState state) {
        LabState example = ClassicPreset.CLASSIC;
        return state.functionKey().equals(example.functionKey())
                && state.start().equals(example.start())
                && state.learningRate() == example.learningRate()
                && state.beta() == example.beta();
    }

    /** A new drill from the values now in the lab's fields, or the reason there is none. */
    void startFromLab() {
        clear();
        Optional<LabState> state = lab.currentState().get();
        if (state.isEmpty()) {
            problemMessage = new Message("drill.labInvalid");
        } else {
            LabState s = state.get();
            DrillSetup setup = setupFor(s, service, random);
            if (setup instanceof DrillSetup.Refused refused) {
                problemMessage = message(refused.reason());
            } else {
                HandDrill drill = ((DrillSetup.Ready) setup).drill();
                Message task = message(drill.task());
                taskMessage = isWorkedExample(s) ? new Message("drill.taskFresh", task.args()) : task;
                if (s.noise().isOn()) {
                    taskMessage = new Message("drill.withoutNoise", taskMessage);
                }
                begin(drill);
            }
        }
        showTexts();
    }

    /** Shows {@code drill} in place of any earlier one, with empty fields. */
    public void start(HandDrill drill) {
        clear();
        taskMessage = message(drill.task());
        begin(drill);
        showTexts();
    }

    private void clear() {
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
    }

    private void begin(HandDrill drill) {
        ruleMessage = message(drill.rule());
        drillScore = DrillScore.start(drill);
        for (DrillQuestion question : drill.questions()) {
            DrillQuestionRow row = new DrillQuestionRow(question, this::answered);
            rows.add(row);
            questionList.add(row);
        }
    }

    private void answered(DrillQuestion question, AnswerResult result) {
        drillScore = drillScore.after(question, result);
        showTexts();
        onScore.accept(drillScore);
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
        score.setText(drillScore == null ? "" : message(drillScore.message()).translate(this));
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

    /** A drill's message, kept to be translated again after a language switch. */
    static Message message(DrillMessage drillMessage) {
        return new Message(drillMessage.key(), drillMessage.args().toArray());
    }
}
