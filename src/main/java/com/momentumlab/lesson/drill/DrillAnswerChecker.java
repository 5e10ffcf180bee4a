package com.momentumlab.lesson.drill;

import com.momentumlab.base.input.NumberParser;
import java.math.BigDecimal;
import java.util.Optional;

/** Checks what the learner typed for one question against the {@link RoundingRule}. */
public final class DrillAnswerChecker {

    private DrillAnswerChecker() {}

    /**
     * CORRECT if the text is a number the rounding rule accepts; WRONG with the question's hint
     * otherwise (or with {@code drill.answer.tooShort} when the answer is a correct rounding with
     * fewer than 4 significant digits, "0.13" for 0.1323); NOT_A_NUMBER for empty text or text that is
     * no plain decimal number (NaN, Infinity, hex, "1,5", words).
     */
    public static AnswerResult check(DrillQuestion question, String text) {
        if (text == null || text.isBlank()) {
            return new AnswerResult(AnswerResult.Verdict.NOT_A_NUMBER, DrillMessage.of("drill.input.empty"));
        }
        Optional<BigDecimal> answer = NumberParser.parseExact(text);
        if (answer.isEmpty()) {
            return new AnswerResult(AnswerResult.Verdict.NOT_A_NUMBER, DrillMessage.of("drill.input.notANumber"));
        }
        if (question.accepts(answer.get())) {
            return new AnswerResult(AnswerResult.Verdict.CORRECT, DrillMessage.of("drill.answer.correct",
                    question.symbol(), question.axis().label(), question.formattedReference()));
        }
        if (RoundingRule.isTooShort(question.reference(), answer.get())) {
            return new AnswerResult(AnswerResult.Verdict.WRONG,
                    DrillMessage.of("drill.answer.tooShort", Integer.toString(RoundingRule.SIGNIFICANT_DIGITS)));
        }
        return new AnswerResult(AnswerResult.Verdict.WRONG, question.hint());
    }
}
