package com.momentumlab.lesson.ui;

import com.momentumlab.base.ui.LeanButton;
import com.momentumlab.base.ui.ServerHtml;
import com.momentumlab.lesson.Quiz;
import com.momentumlab.lesson.QuizItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The concept quiz, one question at a time: the question as a group of radio buttons, feedback as soon as a
 * choice is made, Previous and Next, and the score over all questions. One question on the page instead of all
 * sixteen keeps every open tab some 300 components lighter (docs/PERFORMANCE.md, "Memory per open tab"). The
 * learner's choices belong to this component, not to a language, so they survive a switch.
 */
class ConceptQuiz extends Div implements LocaleChangeObserver {

    static final String ANCHOR = "quiz";

    private final Quiz quiz;
    /** Heading and introduction in one element; the heading's id names the region. */
    private final PartIntro intro = new PartIntro(ANCHOR + "-heading", "quiz.heading", "quiz.intro");
    private final LeanButton previous = new LeanButton();
    private final ServerHtml progress = new ServerHtml("span");
    private final LeanButton next = new LeanButton();
    private final QuizQuestionView question;
    private final ServerHtml score = new ServerHtml("span");
    private final OptionalInt[] answers;
    private int current;
    private Locale locale = Locale.ENGLISH;

    ConceptQuiz(Quiz quiz) {
        this.quiz = quiz;
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
        previous.setId("quiz-previous");
        next.setId("quiz-next");
        previous.onPress(() -> move(-1));
        next.onPress(() -> move(+1));
        progress.setId("quiz-progress");
        progress.getElement().setAttribute("aria-live", "polite");
        Div navigation = new Div(previous, progress, next);
        navigation.addClassName("ml-quiz-nav");
        score.setId("quiz-score");
        score.addClassName("ml-score");
        score.getElement().setAttribute("role", "status");
        add(intro, question, navigation, score);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        locale = event.getLocale();
        intro.show(locale);
        previous.setText(getTranslation("quiz.previous"));
        next.setText(getTranslation("quiz.next"));
        showQuestion(current);
    }

    private void move(int by) {
        showQuestion(current + by);
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
        question.show(current + 1, items.get(current), locale, answers[current]);
        previous.setEnabled(current > 0);
        next.setEnabled(current < items.size() - 1);
        progress.setText(getTranslation("quiz.progress", Integer.toString(current + 1), Integer.toString(items.size())));
        showScore(items);
    }

    private void answer(int choice) {
        answers[current] = OptionalInt.of(choice);
        showScore(quiz.items(locale));
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
