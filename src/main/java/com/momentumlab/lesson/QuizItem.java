package com.momentumlab.lesson;

import java.util.List;

/**
 * One multiple-choice question in one language; exactly one choice, {@code choices.get(answer)}, is right.
 *
 * @param id          stable identifier, the same in every language
 * @param answer      index of the correct choice
 * @param question    the question
 * @param choices     the choices, in the order to show them
 * @param explanation why the answer is right (and the others are not)
 */
public record QuizItem(String id, int answer, RichText question, List<RichText> choices, RichText explanation) {

    public QuizItem {
        choices = List.copyOf(choices);
        if (answer < 0 || answer >= choices.size()) {
            throw new IllegalArgumentException(id + ": answer " + answer + " is not one of " + choices.size() + " choices");
        }
    }

    public boolean isCorrect(int choice) {
        return choice == answer;
    }
}
