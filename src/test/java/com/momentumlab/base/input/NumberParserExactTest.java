package com.momentumlab.base.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link NumberParser#parseExact} reads, exactly as typed (the drill's answers depend on it). */
class NumberParserExactTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.13235|0.13235",
        "-0.68|-0.68",
        "+4|4",
        "\u22120.68|-0.68",          // minus sign
        "０．９２|0.92",              // full-width digits and point
        "－６．７９７７|-6.7977",      // full-width hyphen-minus
        "ー0.4|-0.4",                 // the long-vowel mark a Japanese IME gives for "-"
        "＋３．２|3.2",
        "'  0.07\u3000'|0.07",        // spaces, also the ideographic space
        ".5|0.5",
        "5.|5",
        "1.5e-3|0.0015",
        "1.5E3|1500",
        "１．５ｅ－３|0.0015",
        "-0|0",
    })
    void readsDecimalsExactly(String text, String expected) {
        assertThat(NumberParser.parseExact(text)).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @Test
    void keepsTheTypedDigitsSoTheBoundaryIsDecidedInDecimal() {
        // 0.13235 as a double is 0.13234999999999999…; the parser must not go through double.
        assertThat(NumberParser.parseExact("0.13235")).contains(new BigDecimal("0.13235"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "abc", "NaN", "nan", "Infinity", "-Infinity", "∞", "0x1p3", "0x10", "1,5", "1,000",
        "1.2.3", "--1", "+-1", "-", ".", "e5", "1e", "1e10000", "1 000", "0.5d", "1f", "１／２", "0.07 m",
        "12345678901234567890123456789012345678901",
    })
    void rejectsEverythingElse(String text) {
        assertThat(NumberParser.parseExact(text)).isEmpty();
    }

    @Test
    void rejectsNull() {
        assertThat(NumberParser.parseExact(null)).isEmpty();
    }
}
