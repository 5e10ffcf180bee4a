package com.momentumlab.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.momentumlab.base.ui.MathHtml;
import com.momentumlab.base.ui.ServerHtml;
import com.momentumlab.lesson.Quiz;
import com.momentumlab.lesson.QuizItem;
import com.momentumlab.lesson.QuizPractice;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * The concept quiz, one question at a time: the question as a group of radio buttons, feedback as soon as a
 * choice is made, Previous and Next, and the score over all questions. One question on the page instead of all of
 * them keeps every open tab some 300 components lighter (docs/PERFORMANCE.md, "Memory per open tab"). The
 * learner's choices belong to this component, not to a language, so they survive a switch.
 *
 * <p>A practice test asks {@value QuizPractice#SIZE} questions drawn at random, in the same view, without a verdict
 * until the learner finishes; then it shows the score and, for every question answered wrong or not at all, the
 * question, the learner's answer, the right one and the explanation. The test is kept as item positions and choice
 * numbers ({@link QuizPractice}) and its review is one element of HTML, so a tab holds no rendered question but the
 * one on show. The browsing answers stay as they were while a test runs.
 */
class ConceptQuiz extends Div implements LocaleChangeObserver {

    static final String ANCHOR = "quiz";

    private enum Mode { BROWSE, PRACTICE, RESULTS }

    private final Quiz quiz;
    /** Heading and introduction in one element; the heading's id names the region. */
    private final PartIntro intro = new PartIntro(ANCHOR + "-heading", "quiz.heading", "quiz.intro");
    private final Button practiceStart = new Button();
    private final Button practiceExit = new Button();
    private final Button previous = new Button();
    private final ServerHtml progress = new ServerHtml("span");
    private final Button next = new Button();
    private final Div navigation;
    private final QuizQuestionView question;
    private final Button practiceFinish = new Button();
    private final ServerHtml score = new ServerHtml("span");
    /** The practice test's score and review, made when a learner first finishes a test. */
    private MathHtml results;
    private final OptionalInt[] answers;
    private int current;
    private Locale locale = Locale.ENGLISH;
    private RandomGenerator random;
    private Mode mode = Mode.BROWSE;
    private QuizPractice practice;
    private int practiceCurrent;

    ConceptQuiz(Quiz quiz) {
        this(quiz, new Random());
    }

    ConceptQuiz(Quiz quiz, RandomGenerator random) {
        this.quiz = quiz;
        this.random = random;
        setId(ANCHOR);
        addClassName("ml-quiz");
        getElement().setAttribute("data-anchor", ANCHOR);
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", ANCHOR + "-heading");
        // The items are the same, in the same order, in every language; any language gives their number and sizes.
        List<QuizItem> items = quiz.items(null);
        answers = new OptionalInt[items.size()];
        Arrays.fill(answers, OptionalInt.empty());
        question = new QuizQuestionView(this::answer);
        practiceStart.setId("quiz-practice-start");
        practiceStart.addClickListener(e -> startPractice());
        practiceExit.setId("quiz-practice-exit");
        practiceExit.addClickListener(e -> exitPractice());
        practiceExit.setVisible(false);
        Div practiceBar = new Div(practiceStart, practiceExit);
        practiceBar.addClassName("ml-quiz-nav");
        previous.setId("quiz-previous");
        next.setId("quiz-next");
        previous.addClickListener(e -> move(-1));
        next.addClickListener(e -> move(+1));
        progress.setId("quiz-progress");
        progress.getElement().setAttribute("aria-live", "polite");
        navigation = new Div(previous, progress, next);
        navigation.addClassName("ml-quiz-nav");
        practiceFinish.setId("quiz-practice-finish");
        practiceFinish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        practiceFinish.addClickListener(e -> finishPractice());
        practiceFinish.setVisible(false);
        score.setId("quiz-score");
        score.addClassName("ml-score");
        score.getElement().setAttribute("role", "status");
        add(intro, practiceBar, question, navigation, practiceFinish, score);
    }

    /** The source of the practice tests' draws, for a test that needs a known sequence. */
    void useRandom(RandomGenerator generator) {
        this.random = generator;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        locale = event.getLocale();
        intro.show(locale);
        previous.setText(getTranslation("quiz.previous"));
        next.setText(getTranslation("quiz.next"));
        practiceExit.setText(getTranslation("quiz.practice.exit"));
        practiceFinish.setText(getTranslation("quiz.practice.finish"));
        show();
    }

    private void startPractice() {
        practice = QuizPractice.draw(quiz.items(locale).size(), QuizPractice.SIZE, random);
        practiceCurrent = 0;
        mode = Mode.PRACTICE;
        show();
    }

    private void finishPractice() {
        mode = Mode.RESULTS;
        if (results == null) {
            results = new MathHtml();
            results.setId("quiz-practice-results");
            results.addClassName("ml-quiz-results");
            add(results);
        }
        show();
        practiceStart.focus();
    }

    private void exitPractice() {
        mode = Mode.BROWSE;
        practice = null;
        show();
        practiceStart.focus();
    }

    /** Puts the part of the quiz for the current mode on show, in the current language. */
    private void show() {
        boolean browsing = mode == Mode.BROWSE;
        practiceStart.setText(getTranslation(browsing ? "quiz.practice.start" : "quiz.practice.again"));
        practiceExit.setVisible(!browsing);
        question.setVisible(mode != Mode.RESULTS);
        navigation.setVisible(mode != Mode.RESULTS);
        practiceFinish.setVisible(mode == Mode.PRACTICE);
        if (results != null) {
            results.setVisible(mode == Mode.RESULTS);
        }
        switch (mode) {
            case BROWSE -> showQuestion(current);
            case PRACTICE -> showPracticeQuestion(practiceCurrent);
            case RESULTS -> showResults();
        }
    }

    private void move(int by) {
        if (mode == Mode.PRACTICE) {
            showPracticeQuestion(practiceCurrent + by);
        } else {
            showQuestion(current + by);
        }
        // A button that has just been disabled loses the keyboard focus; hand it to the other one.
        if (!previous.isEnabled()) {
            next.focus();
        } else if (!next.isEnabled()) {
            previous.focus();
        }
    }

    private void showQuestion(int index) {
        List<QuizItem> items = quiz.items(locale);
        current = Math.max(0, Math.min(index, items.size() - 1));
        question.show(current + 1, items.get(current), locale, answers[current], true);
        previous.setEnabled(current > 0);
        next.setEnabled(current < items.size() - 1);
        progress.setText(getTranslation("quiz.progress", Integer.toString(current + 1), Integer.toString(items.size())));
        showScore(items);
    }

    private void showPracticeQuestion(int position) {
        List<QuizItem> items = quiz.items(locale);
        practiceCurrent = Math.max(0, Math.min(position, practice.size() - 1));
        question.show(practiceCurrent + 1, items.get(practice.itemIndex(practiceCurrent)), locale,
                practice.answer(practiceCurrent), false);
        previous.setEnabled(practiceCurrent > 0);
        next.setEnabled(practiceCurrent < practice.size() - 1);
        progress.setText(getTranslation("quiz.practice.progress",
                Integer.toString(practiceCurrent + 1), Integer.toString(practice.size())));
        showAnswered();
    }

    private void showResults() {
        List<QuizItem> items = quiz.items(locale);
        score.setText(getTranslation("quiz.practice.score",
                Integer.toString(practice.correct(items)), Integer.toString(practice.size())));
        results.setSanitizedHtml(QuizHtml.review(this, locale, items, practice));
    }

    private void answer(int choice) {
        if (mode == Mode.PRACTICE) {
            practice.answer(practiceCurrent, choice);
            showAnswered();
        } else {
            answers[current] = OptionalInt.of(choice);
            showScore(quiz.items(locale));
        }
    }

    private void showAnswered() {
        score.setText(getTranslation("quiz.practice.answered",
                Integer.toString(practice.answered()), Integer.toString(practice.size())));
    }

    private void showScore(List<QuizItem> items) {
        long correct = 0;
        for (int i = 0; i < items.size(); i++) {
            if (answers[i].isPresent() && items.get(i).isCorrect(answers[i].getAsInt())) {
                correct++;
            }
        }
        score.setText(getTranslation("quiz.score", Long.toString(correct), Integer.toString(items.size())));
    }
}
