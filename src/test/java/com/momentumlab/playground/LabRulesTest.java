package com.momentumlab.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.base.input.InputProblem;
import com.momentumlab.base.input.ParsedNumber;
import com.momentumlab.numerics.function.Window;
import org.junit.jupiter.api.Test;

class LabRulesTest {

    private static final Window VALLEY = new Window(-10, 10, -5, 5);

    @Test
    void learningRateMustBePositiveAndAtMostTen() {
        assertThat(LabRules.learningRate("0.1")).isEqualTo(new ParsedNumber.Valid(0.1));
        assertThat(LabRules.learningRate("10")).isEqualTo(new ParsedNumber.Valid(10));
        ParsedNumber outOfRange = new ParsedNumber.Invalid(InputProblem.of("error.lr.range", "10"));
        assertThat(LabRules.learningRate("0")).isEqualTo(outOfRange);
        assertThat(LabRules.learningRate("-0.1")).isEqualTo(outOfRange);
        assertThat(LabRules.learningRate("10.000001")).isEqualTo(outOfRange);
        assertThat(LabRules.learningRate("NaN")).isEqualTo(ParsedNumber.invalid("error.notNumber"));
    }

    @Test
    void betaMustBeFromZeroToBelowOne() {
        assertThat(LabRules.beta("0")).isEqualTo(new ParsedNumber.Valid(0));
        assertThat(LabRules.beta("0.999")).isEqualTo(new ParsedNumber.Valid(0.999));
        assertThat(LabRules.beta("1")).isEqualTo(ParsedNumber.invalid("error.beta.range"));
        assertThat(LabRules.beta("-0.01")).isEqualTo(ParsedNumber.invalid("error.beta.range"));
    }

    @Test
    void startMustLieInsideTheWindow() {
        assertThat(LabRules.startX("-10", VALLEY)).isEqualTo(new ParsedNumber.Valid(-10));
        assertThat(LabRules.startX("10.5", VALLEY))
                .isEqualTo(ParsedNumber.invalid("error.x0.range", "\u221210", "10"));
        assertThat(LabRules.startY("5", VALLEY)).isEqualTo(new ParsedNumber.Valid(5));
        assertThat(LabRules.startY("-1e12", VALLEY))
                .isEqualTo(ParsedNumber.invalid("error.y0.range", "\u22125", "5"));
    }

    @Test
    void stepsAreAWholeNumberFromOneToAThousand() {
        assertThat(LabRules.steps("30")).isEqualTo(new ParsedNumber.Valid(30));
        assertThat(LabRules.steps("1000")).isEqualTo(new ParsedNumber.Valid(1000));
        assertThat(LabRules.steps("0")).isEqualTo(ParsedNumber.invalid("error.steps.range", "1000"));
        assertThat(LabRules.steps("1e9")).isEqualTo(ParsedNumber.invalid("error.steps.range", "1000"));
        assertThat(LabRules.steps("2.5")).isEqualTo(ParsedNumber.invalid("error.notWhole"));
    }
}
