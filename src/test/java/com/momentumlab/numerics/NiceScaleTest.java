package com.momentumlab.numerics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NiceScaleTest {

    private static List<String> ticks(double min, double max, int maxCount, double minStep) {
        return NiceScale.ticks(min, max, maxCount, minStep).values().stream().map(BigDecimal::toPlainString).toList();
    }

    @Test
    void theDipsXAxisGetsWholeNumbersNotMinusFivePointFive() {
        assertThat(ticks(-5.5, 1.5, 10, 0)).containsExactly("-5", "-4", "-3", "-2", "-1", "0", "1");
        assertThat(NiceScale.ticks(-5.5, 1.5, 10, 0).decimals()).isZero();
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(ticks(-5, 5, 10, 0)).containsExactly("-4", "-2", "0", "2", "4");
        assertThat(ticks(0, 1, 6, 0)).containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1");
        assertThat(ticks(-0.3, 0.3, 8, 0)).containsExactly("-0.2", "-0.1", "0", "0.1", "0.2");
        assertThat(ticks(0, 1e6, 5, 0)).containsExactly("0", "500000", "1000000");
        assertThat(NiceScale.ticks(0, 1, 6, 0).decimals()).isEqualTo(1);
    }

    @Test
    void aStepCountAxisNeverSkipsOrRepeatsAStep() {
        // The loss chart of a run that diverged at step 7: 0, 1, 2, … 7 (not 0, 1, 2, 3, 5, 6).
        assertThat(ticks(0, 7, 10, 1)).containsExactly("0", "1", "2", "3", "4", "5", "6", "7");
        assertThat(ticks(0, 3, 10, 1)).containsExactly("0", "1", "2", "3");
        assertThat(ticks(0, 200, 10, 1)).containsExactly("0", "50", "100", "150", "200");
        assertThat(ticks(0, 1000, 10, 1)).containsExactly("0", "200", "400", "600", "800", "1000");
    }

    @Test
    void zeroHasNoSign() {
        assertThat(NiceScale.ticks(-1, 1, 4, 0).values()).allSatisfy(v -> assertThat(v.toString()).doesNotStartWith("-0"));
        assertThat(NiceScale.roundToDecimalsOf(-0.0001, new BigDecimal("0.05"))).isEqualTo(0.0);
        assertThat(Double.doubleToRawLongBits(NiceScale.roundToDecimalsOf(-0.0001, new BigDecimal("0.05")))).isZero();
    }

    @Test
    void stepsAtLeastAndNearARoughSize() {
        assertThat(NiceScale.stepAtLeast(0.035)).isEqualByComparingTo("0.05");
        assertThat(NiceScale.stepAtLeast(0.1)).isEqualByComparingTo("0.1");
        assertThat(NiceScale.stepAtLeast(3)).isEqualByComparingTo("5");
        assertThat(NiceScale.stepAtLeast(6)).isEqualByComparingTo("10");
        // 1/200 of a window 10 wide is 0.05; of 7 wide 0.035, nearest 0.05 (log scale); of 16 wide 0.08 → 0.1.
        assertThat(NiceScale.stepNear(0.05)).isEqualByComparingTo("0.05");
        assertThat(NiceScale.stepNear(0.035)).isEqualByComparingTo("0.05");
        assertThat(NiceScale.stepNear(0.025)).isEqualByComparingTo("0.02");
        assertThat(NiceScale.stepNear(0.08)).isEqualByComparingTo("0.1");
        assertThat(NiceScale.stepNear(0.013)).isEqualByComparingTo("0.01");
        assertThatThrownBy(() -> NiceScale.stepAtLeast(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NiceScale.stepAtLeast(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPickedPointIsRoundedToTheDecimalsOfTheResolution() {
        assertThat(NiceScale.roundToDecimalsOf(5.606447496692182, new BigDecimal("0.05"))).isEqualTo(5.61);
        assertThat(NiceScale.roundToDecimalsOf(-6.3999999999999995, new BigDecimal("0.1"))).isEqualTo(-6.4);
        assertThat(NiceScale.roundToDecimalsOf(123.456, new BigDecimal("5"))).isEqualTo(123.0);
    }
}
