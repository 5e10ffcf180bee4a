package com.momentumlab.lesson.drill;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.lesson.drill.AnswerResult.Verdict;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Rosenbrock;
import com.momentumlab.numerics.function.Valley;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The lesson's drill (valley, α 0.1, β 0.9, θ₀ (−7, 2)) answered as learners answer it. */
class DrillAnswerCheckerTest {

    private final HandDrill drill = HandDrillTest.lessonDrill();

    private Verdict verdict(String id, String text) {
        return check(id, text).verdict();
    }

    private AnswerResult check(String id, String text) {
        return DrillAnswerChecker.check(drill.question(id).orElseThrow(), text);
    }

    @ParameterizedTest
    @CsvSource({
        "g1.x, -0.7", "g1.y, 4", "v1.x, 0.07", "v1.y, -0.4", "theta1.x, -6.93", "theta1.y, 1.6",
        "g2.x, -0.693", "g2.y, 3.2", "v2.x, 0.1323", "v2.y, -0.68", "theta2.x, -6.7977", "theta2.y, 0.92",
    })
    void theHandComputedValuesAreCorrect(String id, String answer) {
        assertThat(verdict(id, answer)).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void theta2YIsAcceptedAsTheLearnerWritesItAlthoughTheDoubleIsJustBelow() {
        assertThat(drill.question("theta2.y").orElseThrow().expected()).isLessThan(0.92);
        assertThat(verdict("theta2.y", "0.92")).isEqualTo(Verdict.CORRECT);
        assertThat(verdict("theta2.y", "0.9200")).isEqualTo(Verdict.CORRECT);
        assertThat(verdict("theta2.y", "0.919999")).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void theCorrectMessageShowsTheValue() {
        assertThat(check("v1.x", "0.0700").message()).isEqualTo(DrillMessage.of("drill.answer.correct", "v₁", "x", "0.07"));
    }

    @Test
    void aFifthDigitOffIsAcceptedUpToHalfAUnitOfTheFourthAndNoFurther() {
        // v₂ₓ = 0.1323: half a unit of the 4th significant digit is 0.00005
        assertThat(verdict("v2.x", "0.13235")).isEqualTo(Verdict.CORRECT);
        assertThat(verdict("v2.x", "0.13225")).isEqualTo(Verdict.CORRECT);
        assertThat(verdict("v2.x", "0.132351")).isEqualTo(Verdict.WRONG);
        assertThat(verdict("v2.x", "0.132249")).isEqualTo(Verdict.WRONG);
        // θ₂ₓ = −6.7977: 4 digits −6.798 (rounded) accepted, −6.797 (truncated) is not
        assertThat(verdict("theta2.x", "-6.798")).isEqualTo(Verdict.CORRECT);
        assertThat(verdict("theta2.x", "-6.7982")).isEqualTo(Verdict.CORRECT);
        assertThat(verdict("theta2.x", "-6.797")).isEqualTo(Verdict.WRONG);
        // θ₂ᵧ = 0.92: tolerance 0.00005 on both sides
        assertThat(verdict("theta2.y", "0.92005")).isEqualTo(Verdict.CORRECT);
        assertThat(verdict("theta2.y", "0.920051")).isEqualTo(Verdict.WRONG);
    }

    @Test
    void aTieIsAcceptedRoundedEitherWay() {
        // g₁ₓ = 1.2345/10 = 0.12345 by hand; the double is 0.12344999999999999…
        HandDrill tie = HandDrillTest.drill(new Valley(), 0.1, 0.9, new Vec2(1.2345, 1));
        DrillQuestion g = tie.question("g1.x").orElseThrow();
        assertThat(DrillAnswerChecker.check(g, "0.1235").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(DrillAnswerChecker.check(g, "0.1234").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(DrillAnswerChecker.check(g, "0.12345").verdict()).isEqualTo(Verdict.CORRECT);
        assertThat(DrillAnswerChecker.check(g, "0.1236").verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void aWrongSignOrPowerOfTenIsWrong() {
        assertThat(verdict("v1.x", "-0.07")).isEqualTo(Verdict.WRONG);
        assertThat(verdict("v1.x", "0.7")).isEqualTo(Verdict.WRONG);
        assertThat(verdict("v1.x", "0.007")).isEqualTo(Verdict.WRONG);
        assertThat(verdict("g1.y", "-4")).isEqualTo(Verdict.WRONG);
        assertThat(verdict("g1.y", "40")).isEqualTo(Verdict.WRONG);
    }

    @Test
    void aWrongV1xGetsTheSubstitutedFormulaNotTheAnswer() {
        AnswerResult result = check("v1.x", "-0.07");
        assertThat(result.verdict()).isEqualTo(Verdict.WRONG);
        assertThat(result.message().key()).isEqualTo("drill.hint.substitute");
        assertThat(result.message().args()).contains("βv₀ − αg₁", "0.9 × 0 − 0.1 × (−0.7)");
        assertThat(String.join(" ", result.message().args())).doesNotContain("0.07");
    }

    @Test
    void aWrongGradientGetsTheFunctionsGradientAtTheLearnersPoint() {
        AnswerResult result = check("g2.x", "-0.69");
        assertThat(result.verdict()).isEqualTo(Verdict.WRONG);
        // −0.69 is a correct rounding to 2 digits: the learner is asked for more digits, not shown a hint
        assertThat(result.message()).isEqualTo(DrillMessage.of("drill.answer.tooShort", "4"));

        AnswerResult wrong = check("g2.x", "0.693"); // the sign is wrong
        assertThat(wrong.message().key()).isEqualTo("drill.hint.gradient");
        assertThat(wrong.message().args()).contains("x/10", "(−6.93, 1.6)", "−6.93/10");
        assertThat(String.join(" ", wrong.message().args())).doesNotContain("0.693");
    }

    @ParameterizedTest
    @CsvSource({
        "v2.y, −0.68",                 // minus sign U+2212
        "v2.y, －０．６８",               // full width
        "theta2.x, −６.７９７７",
        "theta2.y, ０．９２",
        "g1.y, ４",
        "v1.x, 7e-2",
        "v2.x, '  0.1323  '",
    })
    void readsTheWaysLearnersTypeNumbers(String id, String text) {
        assertThat(verdict(id, text)).isEqualTo(Verdict.CORRECT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0.07abc", "NaN", "Infinity", "0x1p-4", "0,07", "7/100", "seven"})
    void textThatIsNoNumberIsNotANumber(String text) {
        AnswerResult result = check("v1.x", text);
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_A_NUMBER);
        assertThat(result.message()).isEqualTo(DrillMessage.of("drill.input.notANumber"));
    }

    @Test
    void emptyInputAsksForANumber() {
        for (String text : new String[] {"", "   ", "\u3000", null}) {
            AnswerResult result = check("v1.x", text);
            assertThat(result.verdict()).isEqualTo(Verdict.NOT_A_NUMBER);
            assertThat(result.message()).isEqualTo(DrillMessage.of("drill.input.empty"));
        }
    }

    @Test
    void anExactZeroAcceptsZeroInAnyFormAndTinyAnswers() {
        // from x₀ = 0 the valley's slope along x is 0, so g₁ₓ = v₁ₓ = 0 and θ₁ₓ = 0
        HandDrill zero = HandDrillTest.drill(new Valley(), 0.1, 0.9, new Vec2(0, 2));
        DrillQuestion g = zero.question("g1.x").orElseThrow();
        DrillQuestion theta = zero.question("theta1.x").orElseThrow();
        assertThat(g.expected()).isZero();
        for (String text : new String[] {"0", "-0", "−0.0", "０", "0.00005", "-0.00005", "0e5"}) {
            assertThat(DrillAnswerChecker.check(g, text).verdict()).as(text).isEqualTo(Verdict.CORRECT);
            assertThat(DrillAnswerChecker.check(theta, text).verdict()).as(text).isEqualTo(Verdict.CORRECT);
        }
        assertThat(DrillAnswerChecker.check(g, "0.000051").verdict()).isEqualTo(Verdict.WRONG);
        assertThat(DrillAnswerChecker.check(g, "0.1").verdict()).isEqualTo(Verdict.WRONG);
    }

    @Test
    void zeroByHandIsAcceptedWhereTheDoubleCarriesRoundingNoise() {
        HandDrill floor = HandDrillTest.drill(new Rosenbrock(), 0.002, 0.5, new Vec2(1.1, 1.21));
        DrillQuestion gy = floor.question("g1.y").orElseThrow();
        assertThat(gy.expected()).isNotZero();
        assertThat(DrillAnswerChecker.check(gy, "0").verdict()).isEqualTo(Verdict.CORRECT);
    }
}
