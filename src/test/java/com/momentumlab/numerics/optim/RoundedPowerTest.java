package com.momentumlab.numerics.optim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundedPowerTest {

    private static double power(double beta, int t) {
        RoundedPower power = RoundedPower.of(beta);
        for (int i = 0; i < t; i++) {
            power = power.next();
        }
        return power.value();
    }

    @Test
    void matchesPythonsPowerForTheBooksBetasUpToAThousandSteps() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/book/book_powers.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<Double, RoundedPower> running = new HashMap<>();
        int checked = 0;
        for (String line : text.lines().filter(l -> !l.startsWith("#")).toList()) {
            String[] words = line.split(" ");
            double beta = Double.parseDouble(words[0]);
            int t = Integer.parseInt(words[1]);
            RoundedPower power = running.getOrDefault(beta, RoundedPower.of(beta)).next();
            running.put(beta, power);
            assertThat(power.value()).as("%s^%d", beta, t).isEqualTo(Double.parseDouble(words[2]));
            checked++;
        }
        assertThat(checked).isEqualTo(2000);
    }

    @Test
    void exactPowersStayExactAndTiesRoundToEven() {
        assertThat(power(0.5, 3)).isEqualTo(0.125);
        assertThat(power(0.75, 2)).isEqualTo(0.5625);
        assertThat(power(0.9, 0)).isEqualTo(1.0);
        assertThat(power(0, 1)).isEqualTo(0.0);
        // 0.75³⁴ = 3³⁴·2⁻⁶⁸, and 3³⁴ = 16677181699666569 has 54 significant bits ending in 1: a tie between
        // 8338590849833284·2⁻⁶⁷ and the next double; the even one wins (glibc's pow picks the odd one here).
        assertThat(power(0.75, 34)).isEqualTo(Math.scalb(8338590849833284.0, -67)).isEqualTo(0x1.d9fe779881944p-15);
    }

    @Test
    void aPowerTooSmallForTheNormalRangeStillComesOutNearItsValue() {
        assertThat(power(0.3, 1000)).isEqualTo(0.0);
        assertThat(power(0.5, 1074)).isEqualTo(Double.MIN_VALUE);
    }
}
