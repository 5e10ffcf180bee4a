package com.momentumlab.lesson.drill;

/**
 * The verdict on one typed answer and what to tell the learner.
 *
 * @param verdict CORRECT, WRONG or NOT_A_NUMBER
 * @param message CORRECT: {@code drill.answer.correct} with the value; WRONG: the question's hint, or
 *                {@code drill.answer.tooShort} for a right but too short answer; NOT_A_NUMBER:
 *                {@code drill.input.empty} or {@code drill.input.notANumber}
 */
public record AnswerResult(Verdict verdict, DrillMessage message) {

    public enum Verdict {
        CORRECT,
        WRONG,
        NOT_A_NUMBER
    }
}
