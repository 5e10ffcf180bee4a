package com.momentumlab.lesson.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RoundingRuleTest {

    private static boolean accepts(String reference, String answer) {
        return RoundingRule.accepts(new BigDecimal(reference), new BigDecimal(answer));
    }

    @Test
    void acceptsWithinHalfAUnitOfTheFourthSignificantDigitBoundaryIncluded() {
        assertThat(RoundingRule.tolerance(new BigDecimal("0.1323"))).isEqualByComparingTo("0.00005");
        assertThat(RoundingRule.tolerance(new BigDecimal("-6.7977"))).isEqualByComparingTo("0.0005");
        assertThat(RoundingRule.tolerance(new BigDecimal("155"))).isEqualByComparingTo("0.05");
        assertThat(RoundingRule.tolerance(new BigDecimal("4E-7"))).isEqualByComparingTo("5E-11");

        assertThat(accepts("0.1323", "0.13235")).isTrue();
        assertThat(accepts("0.1323", "0.13225")).isTrue();
        assertThat(accepts("0.1323", "0.132351")).isFalse();
        assertThat(accepts("0.1323", "0.132249")).isFalse();
        assertThat(accepts("-6.7977", "-6.798")).isTrue();
        assertThat(accepts("-6.7977", "-6.797")).isFalse();
    }

    @Test
    void neverAcceptsAWrongSignOrAWrongPowerOfTen() {
        assertThat(accepts("0.1323", "-0.1323")).isFalse();
        assertThat(accepts("0.1323", "1.323")).isFalse();
        assertThat(accepts("0.1323", "0.01323")).isFalse();
        assertThat(accepts("0.0001", "-0.0001")).isFalse();
        assertThat(accepts("0.0001", "0")).isFalse();
    }

    @Test
    void anExactZeroAcceptsAnswersUpToFiveHundredThousandths() {
        assertThat(accepts("0", "0")).isTrue();
        assertThat(accepts("0", "-0.0")).isTrue();
        assertThat(accepts("0", "0.00005")).isTrue();
        assertThat(accepts("0", "-0.00005")).isTrue();
        assertThat(accepts("0", "0.000051")).isFalse();
        assertThat(accepts("0", "0.001")).isFalse();
    }

    @Test
    void theReferenceIsTheDoubleWithoutItsBinaryNoise() {
        // θ₂ᵧ of the lesson: the double just below 0.92
        assertThat(RoundingRule.reference(1.6 + -0.6800000000000002, 1.6)).isEqualByComparingTo("0.92");
        // 1.2345/10 is 0.12344999999999999…: by hand it is the tie 0.12345, and both roundings count
        BigDecimal tie = RoundingRule.reference(1.2345 / 10, 1.2345);
        assertThat(tie).isEqualByComparingTo("0.12345");
        assertThat(RoundingRule.accepts(tie, new BigDecimal("0.1235"))).isTrue();
        assertThat(RoundingRule.accepts(tie, new BigDecimal("0.1234"))).isTrue();
        // 200 × (1.21 − 1.1²) is −4.4 × 10⁻¹⁴ in doubles and 0 by hand
        double noise = 200 * (1.21 - 1.1 * 1.1);
        assertThat(noise).isNotZero();
        assertThat(RoundingRule.reference(noise, 1.21)).isEqualByComparingTo("0");
        assertThat(RoundingRule.reference(-0.0, 1)).isEqualByComparingTo("0");
    }

    @Test
    void theReferenceKeepsSmallValuesThatAreNotNoise() {
        // computed from small numbers, a small value keeps all its digits
        assertThat(RoundingRule.reference(1.23456789e-9, 1.23456789e-9)).isEqualByComparingTo("1.23456789E-9");
        // 1 − 0.99999 = 0.00001 (to 12 digits of 1: the cancellation leaves it intact)
        assertThat(RoundingRule.reference(1 - 0.99999, 1)).isEqualByComparingTo("0.00001");
    }

    @Test
    void anAnswerThatIsOnlyTooShortIsToldSo() {
        BigDecimal reference = new BigDecimal("0.1323");
        assertThat(RoundingRule.isTooShort(reference, new BigDecimal("0.13"))).isTrue();
        assertThat(RoundingRule.isTooShort(reference, new BigDecimal("0.1"))).isTrue();
        assertThat(RoundingRule.isTooShort(reference, new BigDecimal("0.132"))).isTrue();
        assertThat(RoundingRule.isTooShort(reference, new BigDecimal("0.14"))).isFalse(); // wrong, not short
        assertThat(RoundingRule.isTooShort(reference, new BigDecimal("0.1322"))).isFalse(); // 4 digits: wrong
        assertThat(RoundingRule.isTooShort(reference, new BigDecimal("-0.13"))).isFalse();
        assertThat(RoundingRule.isTooShort(BigDecimal.ZERO, new BigDecimal("0.1"))).isFalse();
    }

    @Test
    void theStatementNamesTheDigitsAndTheZeroTolerance() {
        assertThat(RoundingRule.statement()).isEqualTo(DrillMessage.of("drill.rule", "4", "0.00005"));
    }
}
