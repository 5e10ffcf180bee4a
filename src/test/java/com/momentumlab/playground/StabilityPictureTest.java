package com.momentumlab.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.momentumlab.chart.HeatMapData;
import com.momentumlab.chart.Palette;
import com.momentumlab.numerics.function.Rosenbrock;
import com.momentumlab.numerics.function.Valley;
import com.momentumlab.playground.StabilityPicture.Setting;
import org.junit.jupiter.api.Test;

class StabilityPictureTest {

    private final StabilityPicture valley = StabilityPicture.of(new Valley()).orElseThrow();
    private final HeatMapData data = valley.data();

    @Test
    void onlyQuadraticsHaveAPictureAndItIsBuiltOncePerFunction() {
        assertThat(StabilityPicture.of(new Rosenbrock())).isEmpty();
        assertThat(StabilityPicture.of(new Valley())).containsSame(valley);
    }

    @Test
    void theMapCoversAlphaUpTo2point2AndBetaUpTo1() {
        assertThat(data.xMin()).isEqualTo(0);
        assertThat(data.xMax()).isEqualTo(2.2);
        assertThat(data.yMin()).isEqualTo(0);
        assertThat(data.yMax()).isEqualTo(1);
        assertThat(data.columns()).isEqualTo(160);
        assertThat(data.rows()).isEqualTo(100);
    }

    @Test
    void fastIsBrightYellowAndSlowIsDarkPurple() {
        assertThat(data.palette()).hasSize(128);
        assertThat(data.palette().get(0)).isEqualTo(Palette.viridis(1)).isEqualTo("#fde725");
        assertThat(data.palette().get(127)).isEqualTo(Palette.viridis(0)).isEqualTo("#440154");
        assertThat(data.ticks()).extracting(HeatMapData.LegendTick::label).containsExactly("0", "0.5", "0.9", "0.99", "0.999");
        double[] expected = {0, Math.log10(2) / 3, 1.0 / 3, 2.0 / 3, 1};
        for (int i = 0; i < expected.length; i++) {
            assertThat(data.ticks().get(i).position()).isCloseTo(expected[i], within(1e-12));
        }
    }

    @Test
    void eachCellIsColouredByTheNinesOfItsRate() {
        // Cell (7, 90): both axes spiral, rate √0.905; −log₁₀(1 − rate) ≈ 1.31 of 3 → bin ⌊1.31/3 · 128⌋.
        double nines = -Math.log10(1 - Math.sqrt(0.905));
        assertThat(data.colorIndex(7, 90)).isEqualTo((int) Math.floor(nines / 3 * 128));
        assertThat(data.colorIndex(7, 90)).isEqualTo(56);
        // Cell (0, 0), α ≈ 0.0069, β = 0.005: rate ≈ 0.99931, more than three nines: the darkest colour.
        assertThat(valley.map().rate(0, 0)).isGreaterThan(0.999);
        assertThat(data.colorIndex(0, 0)).isEqualTo(127);
        // Divergent cells have no colour: they are hatched.
        assertThat(data.colorIndex(159, 99)).isEqualTo(HeatMapData.NO_VALUE);
        assertThat(data.colorIndex(139, 90)).isEqualTo(HeatMapData.NO_VALUE);
        assertThat(data.colorIndex(138, 90)).isNotEqualTo(HeatMapData.NO_VALUE);
    }

    @Test
    void theCurvesAreTheDivergenceLineAndBothOscillationBoundaries() {
        assertThat(data.curves()).hasSize(3);
        assertThat(data.curves().get(0).points()).containsExactly(new double[] {1, 0}, new double[] {2, 1});
        assertThat(data.curves().get(0).dash()).isNull();
        assertThat(data.curves().get(1).points()).hasSize(valley.map().oscillationBoundary(
                com.momentumlab.numerics.optim.QuadraticAnalysis.Axis.X).size());
        double[] yEnd = data.curves().get(2).points().get(data.curves().get(2).points().size() - 1);
        assertThat(yEnd).containsExactly(2, 1);
        assertThat(valley.divergenceCurve()).isSameAs(data.curves().get(0));
        assertThat(valley.oscillationCurve(com.momentumlab.numerics.optim.QuadraticAnalysis.Axis.Y))
                .isSameAs(data.curves().get(2));
    }

    @Test
    void aPickIsRoundedToHundredthsAndKeptInTheLabsRanges() {
        assertThat(valley.pickStep()).isEqualTo(0.01);
        assertThat(data.keyStep()).isEqualTo(new HeatMapData.Step(0.01, 0.01));
        assertThat(valley.pick(0.4372, 0.9049)).isEqualTo(new Setting(0.44, 0.9));
        assertThat(valley.pick(0.1, 0.9)).isEqualTo(new Setting(0.1, 0.9));
        assertThat(valley.pick(0.125, 0.335)).isEqualTo(new Setting(0.13, 0.34)); // half up, as decimals
        assertThat(valley.pick(0.001, 1)).isEqualTo(new Setting(0.01, 0.99));
        assertThat(valley.pick(-5, -1)).isEqualTo(new Setting(0.01, 0));
        assertThat(valley.pick(1e300, 7)).isEqualTo(new Setting(2.2, 0.99));
        assertThat(valley.pick(Double.NaN, Double.POSITIVE_INFINITY)).isEqualTo(new Setting(0.01, 0));
    }

    @Test
    void describesTheRateOrTheBrokenBound() {
        assertThat(valley.describe(new Valley(), 0.1, 0.9))
                .isEqualTo(Explanation.of("stability.point.converges", "0.1", "0.9", "0.9487")); // √0.9
        // α 0.5, β 0.3: x has real roots, b = 1 + 0.3 − 0.05 = 1.25, rate (1.25 + √(1.25² − 1.2))/2 ≈ 0.926.
        assertThat((1.25 + Math.sqrt(0.3625)) / 2).isCloseTo(0.92604, within(1e-5));
        assertThat(valley.describe(new Valley(), 0.5, 0.3).args()).containsExactly("0.5", "0.3", "0.926");
        assertThat(valley.describe(new Valley(), 10, 0.9))
                .isEqualTo(Explanation.of("stability.point.limit", "10", "0.9", "y", "20", "3.8"));
    }
}
