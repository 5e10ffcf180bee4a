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
        assertThat(Numbers.rounded(123456789, 6)).isEqualTo("1.23457E+8");
        assertThat(Numbers.rounded(0, 6)).isEqualTo("0");
        assertThat(Numbers.rounded(20, 6)).isEqualTo("20");
        assertThat(Numbers.rounded(-100, 6)).isEqualTo("\u2212100");
        assertThat(Numbers.rounded(123456, 6)).isEqualTo("123456");
    }
}
