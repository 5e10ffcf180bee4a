package com.momentumlab.numerics.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.AxisCurvatures;
import com.momentumlab.numerics.function.Valley;
import com.momentumlab.numerics.optim.QuadraticAnalysis.Axis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stability map of the valley x²/20 + y² (λx = 0.1, λy = 2), checked cell by cell and curve by curve. */
class StabilityMapTest {

    private static final AxisCurvatures VALLEY = new Valley().axisCurvatures().orElseThrow();
    private final StabilityMap map = StabilityMap.of(VALLEY);

    @Test
    void theValleysMapRunsAlphaUpTo2point2AndBetaOverZeroToOne() {
        // 4.4/λmax = 4.4/2 = 2.2: 10 % beyond α = 2, where β → 1 stops converging.
        assertThat(map.alphaMax()).isEqualTo(2.2);
        assertThat(map.columns()).isEqualTo(160);
        assertThat(map.rows()).isEqualTo(100);
        assertThat(map.rates()).hasSize(160 * 100);
        // Cell centres: α = (i + ½)·2.2/160, β = (j + ½)/100.
        assertThat(map.alpha(0)).isEqualTo(0.5 * 2.2 / 160);
        assertThat(map.alpha(159)).isEqualTo(159.5 * 2.2 / 160);
        assertThat(map.beta(0)).isEqualTo(0.005);
        assertThat(map.beta(90)).isEqualTo(0.905);
        assertThat(map.beta(99)).isEqualTo(0.995);
    }

    @Test
    void theDefaultRangeIsRoundedUpToTwoSignificantDigits() {
        assertThat(StabilityMap.defaultAlphaMax(new AxisCurvatures(0.1, 2))).isEqualTo(2.2);
        assertThat(StabilityMap.defaultAlphaMax(new AxisCurvatures(3, 1))).isEqualTo(1.5); // 4.4/3 = 1.466…
        assertThat(StabilityMap.defaultAlphaMax(new AxisCurvatures(1, 1))).isEqualTo(4.4);
        assertThat(StabilityMap.defaultAlphaMax(new AxisCurvatures(0.1, 0.1))).isEqualTo(44);
    }

    @Test
    void everySampledCellHoldsMomentumAnalysisAtItsCentre() {
        int[][] cells = {{0, 0}, {7, 89}, {7, 90}, {80, 50}, {137, 90}, {138, 90}, {139, 90}, {159, 0}, {159, 99}};
        for (int[] cell : cells) {
            double alpha = map.alpha(cell[0]);
            double beta = map.beta(cell[1]);
            QuadraticAnalysis expected = MomentumAnalysis.of(new Valley(), alpha, beta).orElseThrow();
            assertThat(map.rate(cell[0], cell[1])).as("cell %s, %s", cell[0], cell[1]).isEqualTo(expected.rate());
            assertThat(map.diverges(cell[0], cell[1])).as("cell %s, %s", cell[0], cell[1])
                    .isEqualTo(!expected.converges());
        }
    }

    @Test
    void whereBothAxesSpiralTheRateIsRootBeta() {
        // α = 7.5·2.2/160 ≈ 0.103, β = 0.905: x: (1 − √0.0103)² ≈ 0.807 < 0.905 and y: (1 − √0.206)² ≈ 0.306,
        // so both axes have complex roots of modulus √β.
        assertThat(map.rate(7, 90)).isEqualTo(Math.sqrt(0.905));
    }

    @Test
    void nearTheOriginTheFlatAxisCreepsAtTheLargerRealRoot() {
        // α = 0.006875, β = 0.005 on λx = 0.1: σ² − bσ + β with b = 1 + β − αλ, larger root (b + √(b² − 4β))/2.
        double alphaLambda = 0.5 * 2.2 / 160 * 0.1;
        double b = 1 + 0.005 - alphaLambda;
        assertThat(map.rate(0, 0)).isEqualTo((b + Math.sqrt(b * b - 4 * 0.005)) / 2);
        assertThat(map.diverges(0, 0)).isFalse();
    }

    @Test
    void atBeta0point905TheCellsTurnDivergentJustPastAlpha1point905() {
        // The limit on the y axis: α < (2 + 2·0.905)/2 = 1.905. Centres 138.5·0.01375 = 1.904375 and 1.918125.
        assertThat(map.diverges(137, 90)).isFalse();
        assertThat(map.diverges(138, 90)).isFalse();
        assertThat(map.diverges(139, 90)).isTrue();
        assertThat(map.rate(138, 90)).isLessThan(1);
        assertThat(map.rate(139, 90)).isGreaterThanOrEqualTo(1);
        assertThat(map.diverges(159, 99)).isTrue(); // α ≈ 2.19 > 2 ≥ 1 + β
    }

    @Test
    void theDivergenceBoundaryIsAlphaEqualsOnePlusBetaOnTheValley() {
        assertThat(map.lambdaMax()).isEqualTo(2);
        assertThat(map.divergenceAlpha(0.9)).isEqualTo(1.9); // (2 + 1.8)/2
        assertThat(map.divergenceAlpha(0)).isEqualTo(1);
        assertThat(map.divergenceBoundary()).containsExactly(new Vec2(1, 0), new Vec2(2, 1));
    }

    @Test
    void theOscillationBoundaryOfTheSteepAxisAtAlpha0point1IsOneMinusRoot0point2Squared() {
        double hand = (1 - Math.sqrt(0.2)) * (1 - Math.sqrt(0.2));
        assertThat(StabilityMap.oscillationBeta(0.1, 2)).isEqualTo(hand).isCloseTo(0.3056, within(5e-5));
        assertThat(MomentumAnalysis.axis(0.1, 0.31, 2).spirals()).isTrue();
        assertThat(MomentumAnalysis.axis(0.1, 0.30, 2).spirals()).isFalse();
    }

    @Test
    void theSteepAxisBoundaryRunsFromTheTopLeftCornerDownToAlphaHalfAndUpToTheDivergenceCorner() {
        List<Vec2> y = map.oscillationBoundary(Axis.Y);
        assertThat(y).hasSize(StabilityMap.CURVE_POINTS);
        assertThat(y.get(0)).isEqualTo(new Vec2(0, 1));
        // u = √(αλ) = 1 halfway: α = 1/2, β = 0, where gradient descent alone would land on the minimum.
        assertThat(y.get(StabilityMap.CURVE_POINTS / 2)).isEqualTo(new Vec2(0.5, 0));
        assertThat(y.get(y.size() - 1)).isEqualTo(new Vec2(2, 1)); // u* = 2: αλ = 4 = 2 + 2·1
        assertOnTheCurveAndConverging(y, 2);
    }

    @Test
    void theFlatAxisBoundaryStopsWhereItMeetsTheDivergenceLine() {
        // ρ = λmax/λx = 20: (ρ − 2)u² + 4u − 4 = 0 ⇒ u* = 2/(1 + √19); α = u*²/0.1, β = (1 − u*)², α = 1 + β.
        List<Vec2> x = map.oscillationBoundary(Axis.X);
        double u = 2 / (1 + Math.sqrt(19));
        Vec2 end = x.get(x.size() - 1);
        assertThat(end).isEqualTo(new Vec2(u * u / 0.1, (1 - u) * (1 - u)));
        assertThat(end.x()).isCloseTo(1.39286, within(1e-5));
        assertThat(end.x() - end.y()).isCloseTo(1, within(1e-15));
        assertOnTheCurveAndConverging(x, 0.1);
    }

    @Test
    void aCurveLeavingThroughTheRightEdgeStopsThere() {
        // λ = 1 and 1: the map ends at αmax = 4.4 > 4, so the curve still reaches the corner u* = 2.
        // With a smaller αmax of 1 it stops at α = 1: u = √1 = 1, β = 0.
        StabilityMap narrow = StabilityMap.of(new AxisCurvatures(1, 1), 1, 10, 10);
        List<Vec2> curve = narrow.oscillationBoundary(Axis.X);
        assertThat(curve.get(curve.size() - 1)).isEqualTo(new Vec2(1, 0));
    }

    @Test
    void onlyPositiveCurvaturesHaveAMap() {
        assertThatThrownBy(() -> StabilityMap.of(new AxisCurvatures(0, 2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StabilityMap.of(new AxisCurvatures(1, Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StabilityMap.of(VALLEY, 0, 10, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StabilityMap.of(VALLEY, 1, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> map.rate(160, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private void assertOnTheCurveAndConverging(List<Vec2> curve, double lambda) {
        for (Vec2 p : curve) {
            assertThat(p.y()).as("β at α = %s", p.x()).isCloseTo(StabilityMap.oscillationBeta(p.x(), lambda), within(1e-12));
            assertThat(p.x()).as("inside the stable region").isLessThanOrEqualTo(map.divergenceAlpha(p.y()) + 1e-12);
            assertThat(p.x()).isBetween(0.0, map.alphaMax());
        }
    }
}
