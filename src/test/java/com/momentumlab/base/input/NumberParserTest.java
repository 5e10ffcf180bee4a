package com.momentumlab.base.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "0.1|0.1", "  0.1 |0.1", "-7|-7", "+2|2", ".5|0.5", "5.|5", "1e-3|0.001", "2E2|200",
            "０．１|0.1", "−7|-7", "－３|-3", "-0|0", "1e308|1e308"})
    void readsWhatALearnerMeans(String text, double expected) {
        assertThat(NumberParser.parseDecimal(text)).isEqualTo(new ParsedNumber.Valid(expected));
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @ValueSource(strings = {"abc", "NaN", "Infinity", "-Infinity", "0x1p3", "1d", "1f", "1.2.3", "1,2,3", "e5", "--1",
            "%", "%zz", "+", "1e", "1 000", "0.1; drop"})
    void refusesWhatIsNotAPlainDecimal(String text) {
        assertThat(NumberParser.parseDecimal(text)).isEqualTo(ParsedNumber.invalid(NumberParser.NOT_A_NUMBER));
    }

    @ParameterizedTest(name = "\"{0}\" asks for a decimal point")
    @ValueSource(strings = {"0,1", "1,5", "-2,25", "\u2212,5", "\uFF10\uFF0C\uFF11"})
    void aDecimalCommaGetsItsOwnMessage(String text) {
        assertThat(NumberParser.parseDecimal(text)).isEqualTo(ParsedNumber.invalid(NumberParser.DECIMAL_COMMA));
    }

    @org.junit.jupiter.api.Test
    void fullWidthTextReadsAsAscii() {
        assertThat(NumberParser.ascii("\uFF10\uFF0E\uFF15")).isEqualTo("0.5");
        assertThat(NumberParser.ascii(" \u22122.5\u3000")).isEqualTo("-2.5");
    }

    @ParameterizedTest(name = "\"{0}\" is empty")
    @ValueSource(strings = {"", "   ", "\t"})
    void asksForAValueWhenEmpty(String text) {
        assertThat(NumberParser.parseDecimal(text)).isEqualTo(ParsedNumber.invalid(NumberParser.EMPTY));
        assertThat(NumberParser.parseDecimal(null)).isEqualTo(ParsedNumber.invalid(NumberParser.EMPTY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e309", "-1e309", "999999999999999999999e300"})
    void refusesNumbersBeyondDoubleRange(String text) {
        assertThat(NumberParser.parseDecimal(text)).isEqualTo(ParsedNumber.invalid(NumberParser.NOT_FINITE));
    }

    @org.junit.jupiter.api.Test
    void refusesVeryLongInputWithoutParsingIt() {
        assertThat(NumberParser.parseDecimal("1".repeat(10_000))).isEqualTo(ParsedNumber.invalid(NumberParser.NOT_A_NUMBER));
    }

    @ParameterizedTest
    @CsvSource({"30,30", "3e1,30", "1000,1000"})
    void readsWholeNumbers(String text, double expected) {
        assertThat(NumberParser.parseWhole(text)).isEqualTo(new ParsedNumber.Valid(expected));
    }

    @org.junit.jupiter.api.Test
    void refusesFractionsWhereAWholeNumberIsNeeded() {
        assertThat(NumberParser.parseWhole("2.5")).isEqualTo(ParsedNumber.invalid(NumberParser.NOT_WHOLE));
    }
}
