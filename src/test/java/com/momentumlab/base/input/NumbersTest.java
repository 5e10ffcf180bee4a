package com.momentumlab.base.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void showsExactValuesAsALearnerWritesThem() {
        assertThat(Numbers.exact(0.1)).isEqualTo("0.1");
        assertThat(Numbers.exact(-10)).isEqualTo("\u221210");
        assertThat(Numbers.exact(30)).isEqualTo("30");
        assertThat(Numbers.exact(-6.93)).isEqualTo("\u22126.93");
    }

    @Test
    void roundsReadoutsToSignificantDigits() {
        assertThat(Numbers.rounded(-6.7977, 6)).isEqualTo("\u22126.7977");
        assertThat(Numbers.rounded(0.92, 6)).isEqualTo("0.92");
        assertThat(Numbers.rounded(1.0 / 3, 6)).isEqualTo("0.333333");
        assertThat(Numbers.rounded(123456789, 6)).isEqualTo("1.23457 \u00D7 10\u2078");
        assertThat(Numbers.rounded(0, 6)).isEqualTo("0");
        assertThat(Numbers.rounded(20, 6)).isEqualTo("20");
        assertThat(Numbers.rounded(-100, 6)).isEqualTo("\u2212100");
        assertThat(Numbers.rounded(123456, 6)).isEqualTo("123456");
    }

    @Test
    void writesLargeAndSmallReadingsAsPowersOfTenNotComputerExponents() {
        assertThat(Numbers.rounded(1615620.3, 2)).isEqualTo("1.6 \u00D7 10\u2076");
        assertThat(Numbers.rounded(-1615620.3, 6)).isEqualTo("\u22121.61562 \u00D7 10\u2076");
        assertThat(Numbers.rounded(2.5e-12, 6)).isEqualTo("2.5 \u00D7 10\u207B\u00B9\u00B2");
        assertThat(Numbers.rounded(1e10, 6)).isEqualTo("1 \u00D7 10\u00B9\u2070");
        assertThat(Numbers.rounded(0.00012, 6)).isEqualTo("0.00012");
    }

    @Test
    void tickLabelsHaveTheStepsDecimalsARealMinusAndNoNegativeZero() {
        assertThat(Numbers.tick(new java.math.BigDecimal("-1.5"), 1)).isEqualTo("\u22121.5");
        assertThat(Numbers.tick(new java.math.BigDecimal("2"), 1)).isEqualTo("2.0");
        assertThat(Numbers.tick(new java.math.BigDecimal("-0.0"), 1)).isEqualTo("0.0");
        assertThat(Numbers.tick(new java.math.BigDecimal("0"), 0)).isEqualTo("0");
        assertThat(Numbers.tick(new java.math.BigDecimal("-4"), 0)).isEqualTo("\u22124");
        assertThat(Numbers.tick(new java.math.BigDecimal("1.5E+6"), 0)).isEqualTo("1.5 \u00D7 10\u2076");
        assertThat(Numbers.tick(new java.math.BigDecimal("99000"), 0)).isEqualTo("99000");
    }
}
