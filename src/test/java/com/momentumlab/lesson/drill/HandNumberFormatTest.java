package com.momentumlab.lesson.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandNumberFormatTest {

    @Test
    void writesTheDecimalsALearnerWritesNotTheBinaryNoise() {
        // Double.toString gives 0.06999999999999999, −0.6800000000000002, 0.9199999999999999 here.
        assertThat(HandNumberFormat.format(0.9 * 0.0 - 0.1 * (-7.0 / 10))).isEqualTo("0.07");
        assertThat(HandNumberFormat.format(0.9 * -0.4 - 0.1 * 3.2)).isEqualTo("−0.68");
        assertThat(HandNumberFormat.format(1.6 + -0.6800000000000002)).isEqualTo("0.92");
        assertThat(HandNumberFormat.format(0.1 + 0.2)).isEqualTo("0.3");
    }

    @Test
    void usesTheMinusSignAndNoTrailingZeros() {
        assertThat(HandNumberFormat.format(-6.7977)).isEqualTo("\u22126.7977");
        assertThat(HandNumberFormat.format(4.0)).isEqualTo("4");
        assertThat(HandNumberFormat.format(100.0)).isEqualTo("100");
        assertThat(HandNumberFormat.format(-155.0)).isEqualTo("−155");
    }

    @Test
    void zeroIsZeroWhateverItsSign() {
        assertThat(HandNumberFormat.format(0.0)).isEqualTo("0");
        assertThat(HandNumberFormat.format(-0.0)).isEqualTo("0");
    }

    @Test
    void roundsHalfUpToSixSignificantDigits() {
        assertThat(HandNumberFormat.format(123456.7)).isEqualTo("123457");
        assertThat(HandNumberFormat.format(-0.693123456)).isEqualTo("−0.693123");
        assertThat(HandNumberFormat.format(new BigDecimal("0.1234565"))).isEqualTo("0.123457");
        assertThat(HandNumberFormat.format(2.0 / 3)).isEqualTo("0.666667");
    }

    @Test
    void writesAPowerOfTenOutsideTheUsualMagnitudes() {
        assertThat(HandNumberFormat.format(0.0001)).isEqualTo("0.0001");
        assertThat(HandNumberFormat.format(0.00001)).isEqualTo("1 × 10⁻⁵");
        assertThat(HandNumberFormat.format(-4.4e-14)).isEqualTo("−4.4 × 10⁻¹⁴");
        assertThat(HandNumberFormat.format(999999.0)).isEqualTo("999999");
        assertThat(HandNumberFormat.format(1234567.0)).isEqualTo("1.23457 × 10⁶");
        // rounding decides the magnitude: 999999.7 is 1.00000 × 10⁶ to six digits
        assertThat(HandNumberFormat.format(999999.7)).isEqualTo("1 × 10⁶");
        assertThat(HandNumberFormat.format(-1.5e21)).isEqualTo("−1.5 × 10²¹");
    }

    @Test
    void refusesNonFiniteNumbers() {
        assertThatThrownBy(() -> HandNumberFormat.format(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HandNumberFormat.format(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void putsNegativeNumbersAfterAnOperatorOrUnderASquareInParentheses() {
        Map<String, BigDecimal> values = Map.of("x", new BigDecimal("-1.5"), "y", new BigDecimal("2"));
        assertThat(HandNumberFormat.fill("−2 × (1 − {x}) − 400 × {x} × ({y} − {x}²)", values))
                .isEqualTo("−2 × (1 − (−1.5)) − 400 × (−1.5) × (2 − (−1.5)²)");
        assertThat(HandNumberFormat.fill("{x}/10", values)).isEqualTo("−1.5/10");
        assertThat(HandNumberFormat.fill("({x} + 3)", values)).isEqualTo("(−1.5 + 3)");
        assertThat(HandNumberFormat.fill("{y}² + {y}", values)).isEqualTo("2² + 2");
    }

    @Test
    void putsPowersOfTenInParenthesesEverywhere() {
        Map<String, BigDecimal> values = Map.of("x", new BigDecimal("1.5E-7"), "a", new BigDecimal("0.1"));
        assertThat(HandNumberFormat.fill("{x}/10", values)).isEqualTo("(1.5 × 10⁻⁷)/10");
        assertThat(HandNumberFormat.fill("{a} × {x}", values)).isEqualTo("0.1 × (1.5 × 10⁻⁷)");
    }

    @Test
    void writesAPoint() {
        assertThat(HandNumberFormat.point(-7, 2)).isEqualTo("(−7, 2)");
    }
}
