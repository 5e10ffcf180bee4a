package com.momentumlab.lesson.ui;

import com.momentumlab.base.i18n.TranslationProvider;
import com.momentumlab.base.ui.CompactHtml;
import com.momentumlab.lesson.QuizItem;
import com.momentumlab.lesson.QuizPractice;
import com.momentumlab.lesson.RichText;
import com.momentumlab.lesson.SpokenMath;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;

/**
 * The HTML of a quiz question and of its feedback, built with jsoup: the quiz's own HTML (sanitized when the quiz
 * was loaded) and texts from the bundles, which jsoup escapes. It depends only on the question, its number, the
 * language and the choice, so every tab shares one copy: a few hundred entries at most, all from the quiz file.
 */
final class QuizHtml {

    /** The items come from the quiz file and {@code chosen} is checked against them: the keys stay few. */
    private record QuestionKey(QuizItem item, int number, Locale language, int chosen) {}

    private record FeedbackKey(QuizItem item, Locale language, boolean correct) {}

    private static final Map<QuestionKey, String> QUESTIONS = new ConcurrentHashMap<>();
    private static final Map<FeedbackKey, String> FEEDBACK = new ConcurrentHashMap<>();

    private QuizHtml() {}

    /** The id of the question's fieldset and the name of its radio buttons. */
    static String id(QuizItem item) {
        return "quiz-" + item.id();
    }

    /**
     * The question as a native {@code <fieldset>}: the number and the question are its {@code <legend>}, each choice
     * a {@code <label>} around a radio button, so browsers and screen readers treat it as one labelled group.
     * {@code chosen} is the checked choice, or -1.
     */
    static String question(Component owner, Locale locale, int number, QuizItem item, int chosen) {
        Locale language = TranslationProvider.supported(locale);
        return QUESTIONS.computeIfAbsent(new QuestionKey(item, number, language, chosen),
                key -> questionHtml(owner, language, number, item, chosen));
    }

    /** The verdict on {@code chosen} and the explanation. */
    static String feedback(Component owner, Locale locale, QuizItem item, int chosen) {
        Locale language = TranslationProvider.supported(locale);
        boolean correct = item.isCorrect(chosen);
        return FEEDBACK.computeIfAbsent(new FeedbackKey(item, language, correct), key -> {
            Element feedback = newElement("div");
            feedback.appendElement("span").addClass("ml-quiz-verdict")
                    .text(owner.getTranslation(language, correct ? "quiz.correct" : "quiz.incorrect"));
            feedback.append(item.explanation().html());
            return feedback.html();
        });
    }

    /**
     * The review of a finished practice test: a heading, then for every question answered wrong or not at all its
     * number in the test, the question, the learner's answer, the right answer and the explanation. It depends on
     * the learner's answers, so it is made for the one tab and not kept here.
     */
    static String review(Component owner, Locale locale, List<QuizItem> items, QuizPractice practice) {
        Locale language = TranslationProvider.supported(locale);
        List<Integer> mistakes = practice.mistakes(items);
        Element body = CompactHtml.body();
        body.appendElement("h3").id("quiz-review-heading")
                .text(owner.getTranslation(language, mistakes.isEmpty() ? "quiz.practice.noMistakes" : "quiz.practice.mistakes"));
        if (mistakes.isEmpty()) {
            return body.html();
        }
        Element list = body.appendElement("ol").addClass("ml-quiz-review").attr("aria-labelledby", "quiz-review-heading");
        for (int position : mistakes) {
            QuizItem item = items.get(practice.itemIndex(position));
            Element entry = list.appendElement("li").addClass("ml-quiz-mistake").id("quiz-review-" + item.id());
            Element question = entry.appendElement("p").addClass("ml-quiz-review-question");
            question.appendElement("span").addClass("ml-quiz-number")
                    .text(owner.getTranslation(language, "quiz.question", Integer.toString(position + 1)));
            question.append(item.question().html());
            Element yours = entry.appendElement("p").addClass("ml-quiz-review-yours").addClass("ml-incorrect");
            if (practice.answer(position).isPresent()) {
                yours.appendElement("span").addClass("ml-quiz-verdict")
                        .text(owner.getTranslation(language, "quiz.practice.yourAnswer"));
                yours.appendText(" ");
                yours.append(item.choices().get(practice.answer(position).getAsInt()).html());
            } else {
                yours.appendElement("span").addClass("ml-quiz-verdict")
                        .text(owner.getTranslation(language, "quiz.practice.noAnswer"));
            }
            Element right = entry.appendElement("p").addClass("ml-quiz-review-right").addClass("ml-correct");
            right.appendElement("span").addClass("ml-quiz-verdict")
                    .text(owner.getTranslation(language, "quiz.practice.rightAnswer"));
            right.appendText(" ");
            right.append(item.choices().get(item.answer()).html());
            entry.appendElement("div").addClass("ml-quiz-review-explanation").append(item.explanation().html());
        }
        return body.html();
    }

    private static String questionHtml(Component owner, Locale language, int number, QuizItem item, int chosen) {
        String id = id(item);
        Element fieldset = newElement("fieldset").id(id);
        Element legend = fieldset.appendElement("legend");
        legend.appendElement("span").addClass("ml-quiz-number")
                .text(owner.getTranslation(language, "quiz.question", Integer.toString(number)));
        legend.append(item.question().html());
        Element choices = fieldset.appendElement("div").addClass("ml-quiz-choices");
        for (int i = 0; i < item.choices().size(); i++) {
            RichText choice = item.choices().get(i);
            Element label = choices.appendElement("label").addClass("ml-quiz-choice");
            label.appendElement("input")
                    .attr("type", "radio")
                    .attr("value", Integer.toString(i))
                    .id(id + "-" + i)
                    .attr("name", id)
                    // Typeset formulas give screen readers nothing to read: the choice is named in plain text too.
                    .attr("aria-label", SpokenMath.of(choice.source()))
                    .attr("checked", i == chosen);
            label.append(choice.html());
        }
        return fieldset.outerHtml();
    }

    /** An element whose HTML is written as built: not one space added between the inline parts. */
    private static Element newElement(String tag) {
        return CompactHtml.body().appendElement(tag);
    }
}
