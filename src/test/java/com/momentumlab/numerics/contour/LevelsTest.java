package com.momentumlab.numerics.contour;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.numerics.function.LevelRule;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Level choice against matplotlib 3.6.3 / numpy 1.24.2 (Debian apt). The literal expectations were printed by
 * {@code /usr/bin/python3} with {@code lev = MaxNLocator(n + 1, min_n_ticks=1).tick_values(zmin, zmax)} and
 * {@code _autolev}'s trimming (checked against {@code plt.contour(Z, n).levels} for two of the ranges), and
 * {@code [repr(10.0**e) for e in np.linspace(-1, 3, 30)]} for Python's log levels.
 */
class LevelsTest {

    @Test
    void seedValleyGetsTheLevelsZeroToThirty() {
        double[] expected = IntStream.rangeClosed(0, 30).asDoubleStream().toArray();
        assertThat(Levels.autolev(30, 1.3631516442219084e-26, 30.0)).containsExactly(expected);
        assertThat(Levels.levels(new LevelRule.Linear(30), 1.3631516442219084e-26, 30.0)).containsExactly(expected);
    }

    @Test
    void autolevMatchesMatplotlibOnOtherRanges() {
        // rosenbrock range, 30 levels: step 100
        double[] byHundreds = IntStream.rangeClosed(0, 26).mapToDouble(k -> 100.0 * k).toArray();
        assertThat(Levels.autolev(30, 1.002103405007144e-06, 2509.0)).containsExactly(byHundreds);
        // [0, 1], 7 levels: step 0.15, with matplotlib's rounding
        assertThat(Levels.autolev(7, 0.0, 1.0)).containsExactly(0.0, 0.15000000000000002, 0.30000000000000004,
                0.45000000000000007, 0.6000000000000001, 0.7500000000000001, 0.9000000000000001, 1.0500000000000003);
        // checked with plt.contour(Z, 10) for Z spanning [-3.2, 7.9]
        assertThat(Levels.autolev(10, -3.2, 7.9))
                .containsExactly(-4.5, -3.0, -1.5, 0.0, 1.5, 3.0, 4.5, 6.0, 7.5, 9.0);
        // a range far from zero uses an offset (scale_range threshold 100); checked with plt.contour(Z, 5)
        assertThat(Levels.autolev(5, 1000.1, 1000.5))
                .containsExactly(1000.08, 1000.16, 1000.24, 1000.32, 1000.4, 1000.48, 1000.56);
        assertThat(Levels.autolev(12, 123456.7, 123457.9)).containsExactly(123456.7, 123456.8, 123456.9,
                123457.0, 123457.1, 123457.2, 123457.3, 123457.4, 123457.5, 123457.6, 123457.7, 123457.8, 123457.9);
        assertThat(Levels.autolev(8, -1e-3, -2e-4)).containsExactly(-0.001, -0.0009, -0.0008, -0.0007,
                -0.0006000000000000001, -0.0005, -0.00039999999999999996, -0.00030000000000000003,
                -0.00019999999999999998);
        assertThat(Levels.autolev(20, -7.25, 113.0)).containsExactly(-12.0, -6.0, 0.0, 6.0, 12.0, 18.0, 24.0,
                30.0, 36.0, 42.0, 48.0, 54.0, 60.0, 66.0, 72.0, 78.0, 84.0, 90.0, 96.0, 102.0, 108.0, 114.0);
        // an empty range is widened by nonsingular (expander 1e-13)
        assertThat(Levels.autolev(3, 0.0, 0.0)).containsExactly(-5e-14, 0.0, 5.0000000000000014e-14);
    }

    @Test
    void constantDataGetsTheSingleLevelZMinLikeMatplotlib() {
        // plt.contour(np.full((3, 3), 5.0), 7).levels == [5.0] (with a "no contour levels" warning)
        assertThat(Levels.levels(new LevelRule.Linear(7), 5.0, 5.0)).containsExactly(5.0);
    }

    @Test
    void logLevelsAreTenToTheLinspaceExponents() {
        double[] levels = Levels.levels(new LevelRule.Log(-1, 3, 30), 1e-6, 2509.0);
        assertThat(levels).hasSize(30);
        for (int i = 0; i < 29; i++) {
            // numpy.linspace(-1, 3, 30)[i] = i*(4/29) + -1; the last exponent is exactly 3
            assertThat(levels[i]).isEqualTo(StrictMath.pow(10.0, i * (4.0 / 29) + -1.0));
        }
        assertThat(levels[0]).isEqualTo(0.1);
        assertThat(levels[29]).isEqualTo(1000.0);
    }

    @Test
    void logLevelsAreWithinOneUlpOfPythonAndOfNumpy() {
        // Python's 10.0**e (glibc pow) for e in np.linspace(-1, 3, 30)
        double[] python = {0.1, 0.1373823795883263, 0.18873918221350972, 0.2592943797404667, 0.3562247890262442,
            0.4893900918477494, 0.6723357536499337, 0.9236708571873861, 1.2689610031679222, 1.743328822199988,
            2.395026619987486, 3.2903445623126677, 4.520353656360243, 6.2101694189156165, 8.531678524172806,
            11.721022975334806, 16.102620275609393, 22.12216291070448, 30.39195382313198, 41.753189365604,
            57.361525104486816, 78.80462815669912, 108.2636733874054, 148.73521072935117, 204.33597178569417,
            280.72162039411756, 385.6620421163472, 529.8316906283708, 727.8953843983146, 1000.0};
        // numpy 1.24.2 np.logspace(-1, 3, 30) on the harness machine (vectorised power), see rosenbrock-levels.txt
        double[] numpy = TestResources.numbers("contour/rosenbrock-levels.txt");
        double[] ours = Levels.logspace(-1, 3, 30);
        int differFromPython = 0;
        int differFromNumpy = 0;
        for (int k = 0; k < 30; k++) {
            assertThat(Math.abs(ours[k] - python[k])).isLessThanOrEqualTo(Math.ulp(python[k]));
            assertThat(Math.abs(ours[k] - numpy[k])).isLessThanOrEqualTo(Math.ulp(numpy[k]));
            differFromPython += ours[k] == python[k] ? 0 : 1;
            differFromNumpy += ours[k] == numpy[k] ? 0 : 1;
        }
        // Documented in Levels: three pow implementations, three slightly different level lists.
        assertThat(differFromPython).isEqualTo(4);
        assertThat(differFromNumpy).isEqualTo(11);
        assertThat(numpy[0]).isEqualTo(0.09999999999999999);
    }

    @Test
    void pythonFloorDivisionSnapsToTheNearestInteger() {
        // Python: (-0.1) // 0.1 == -1.0, 0.3 // 0.1 == 2.0 (fmod gives 0.09999999999999998), 7.0 // -2.0 == -4.0
        assertThat(Levels.floorDiv(-0.1, 0.1)).isEqualTo(-1.0);
        assertThat(Levels.floorDiv(0.3, 0.1)).isEqualTo(2.0);
        assertThat(Levels.floorDiv(7.0, -2.0)).isEqualTo(-4.0);
        assertThat(Levels.divMod(7.0, -2.0)).containsExactly(-4.0, -1.0);
        assertThat(Levels.floorDiv(0.0, 3.0)).isEqualTo(0.0);
    }
}
