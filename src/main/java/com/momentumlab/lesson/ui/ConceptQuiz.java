package com.momentumlab.lesson.ui;

import com.momentumlab.lesson.Quiz;
import com.momentumlab.lesson.QuizItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.ArrayList;
import java.util.List;

/**
 * The concept quiz: every question as a group of radio buttons, feedback as soon as a choice is made, and the
 * score. The learner's choices belong to this component, not to a language, so they survive a switch.
 */
class ConceptQuiz extends Div implements LocaleChangeObserver {

    static final String ANCHOR = "quiz";

    private final Quiz quiz;
    private final H2 heading = new H2();
    private final Paragraph intro = new Paragraph();
    private final Span score = new Span();
    private final List<QuizQuestionView> questions = new ArrayList<>();

    ConceptQuiz(Quiz quiz) {
        this.quiz = quiz;
        setId(ANCHOR);
        addClassName("ml-quiz");
        getElement().setAttribute("data-anchor", ANCHOR);
        heading.setId(ANCHOR + "-heading");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        score.setId("quiz-score");
        score.addClassName("ml-score");
        score.getElement().setAttribute("role", "status");
        add(heading, intro);
        // The items are the same, in the same order, in every language; any language gives their ids and sizes.
        List<QuizItem> items = quiz.items(null);
        for (int i = 0; i < items.size(); i++) {
            QuizItem item = items.get(i);
            QuizQuestionView view = new QuizQuestionView(i + 1, item.id(), item.choices().size(), this::showScore);
            questions.add(view);
            add(view);
        }
        add(score);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("quiz.heading"));
        intro.setText(getTranslation("quiz.intro"));
        List<QuizItem> items = quiz.items(event.getLocale());
        for (int i = 0; i < items.size(); i++) {
            questions.get(i).show(items.get(i));
        }
        showScore();
    }

    private void showScore() {
        long correct = questions.stream().filter(QuizQuestionView::isAnsweredCorrectly).count();
        score.setText(getTranslation("quiz.score", Long.toString(correct), Integer.toString(questions.size())));
    }
}
