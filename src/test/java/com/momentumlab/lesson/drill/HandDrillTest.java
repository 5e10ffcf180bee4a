package com.momentumlab.lesson.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.numerics.function.Himmelblau;
import com.momentumlab.numerics.function.LevelRule;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.function.Rosenbrock;
import com.momentumlab.numerics.function.Valley;
import com.momentumlab.numerics.function.Window;
import com.momentumlab.numerics.optim.Momentum;
import com.momentumlab.numerics.optim.Step;
import com.momentumlab.numerics.optim.Trajectory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HandDrillTest {

    static HandDrill drill(Objective f, double alpha, double beta, Vec2 start) {
        DrillSetup setup = HandDrill.create(f, alpha, beta, start);
        assertThat(setup).isInstanceOf(DrillSetup.Ready.class);
        return ((DrillSetup.Ready) setup).drill();
    }

    static HandDrill lessonDrill() {
        return drill(new Valley(), 0.1, 0.9, new Vec2(-7, 2));
    }

    private static double expected(HandDrill drill, String id) {
        return drill.question(id).orElseThrow().expected();
    }

    @Test
    void asksTheTwelveComponentsInTheOrderTheyAreComputed() {
        assertThat(lessonDrill().questions()).extracting(DrillQuestion::id).containsExactly(
                "g1.x", "g1.y", "v1.x", "v1.y", "theta1.x", "theta1.y",
                "g2.x", "g2.y", "v2.x", "v2.y", "theta2.x", "theta2.y");
    }

    @Test
    void theLessonsExampleHasTheValuesWorkedOutByHand() {
        HandDrill drill = lessonDrill();
        // The arithmetic as a learner does it, in doubles, with ∇L = (x/10, 2y), α = 0.1, β = 0.9:
        double gx1 = -7.0 / 10;
        double gy1 = 2 * 2.0;
        double vx1 = 0.9 * 0.0 - 0.1 * gx1;
        double vy1 = 0.9 * 0.0 - 0.1 * gy1;
        double x1 = -7.0 + vx1;
        double y1 = 2.0 + vy1;
        double gx2 = x1 / 10;
        double gy2 = 2 * y1;
        double vx2 = 0.9 * vx1 - 0.1 * gx2;
        double vy2 = 0.9 * vy1 - 0.1 * gy2;
        double x2 = x1 + vx2;
        double y2 = y1 + vy2;

        assertThat(drill.questions()).extracting(DrillQuestion::expected)
                .containsExactly(gx1, gy1, vx1, vy1, x1, y1, gx2, gy2, vx2, vy2, x2, y2);
        // ... and in decimals: g₁ = (−0.7, 4), v₁ = (0.07, −0.4), θ₁ = (−6.93, 1.6), g₂ = (−0.693, 3.2),
        // v₂ = (0.1323, −0.68), θ₂ = (−6.7977, 0.92): these are what the learner is compared with.
        assertThat(drill.questions()).extracting(q -> q.reference().toPlainString()).containsExactly(
                "-0.7", "4", "0.07", "-0.4", "-6.93", "1.6", "-0.693", "3.2", "0.1323", "-0.68", "-6.7977", "0.92");
        // θ₂ᵧ itself is the double just below 0.92
        assertThat(y2).isEqualTo(Math.nextDown(0.92));
    }

    @Test
    void promptsGiveTheFormulaOfEachSubStep() {
        HandDrill drill = lessonDrill();
        assertThat(drill.question("g1.x").orElseThrow().prompt())
                .isEqualTo(DrillMessage.of("drill.question", "g₁", "x", "∇L(θ₀)"));
        assertThat(drill.question("v2.y").orElseThrow().prompt())
                .isEqualTo(DrillMessage.of("drill.question", "v₂", "y", "βv₁ − αg₂"));
        assertThat(drill.question("theta2.x").orElseThrow().prompt())
                .isEqualTo(DrillMessage.of("drill.question", "θ₂", "x", "θ₁ + v₂"));
    }

    @Test
    void theWorkedSolutionGivesEachFormulaItsNumbersAndItsResultInOrder() {
        HandDrill drill = lessonDrill();
        List<DrillMessage> solution = drill.solution();
        assertThat(solution).hasSize(12);
        assertThat(solution.get(0)).isEqualTo(DrillMessage.of(
                "drill.worked.gradient", "g₁", "x", "∂L/∂x", "x/10", "θ₀", "(−7, 2)", "−7/10", "−0.7"));
        assertThat(solution.get(2)).isEqualTo(
                DrillMessage.of("drill.worked", "v₁", "x", "βv₀ − αg₁", "0.9 × 0 − 0.1 × (−0.7)", "0.07"));
        assertThat(solution.get(11)).isEqualTo(
                DrillMessage.of("drill.worked", "θ₂", "y", "θ₁ + v₂", "1.6 + (−0.68)", "0.92"));
    }

    @Test
    void hintsPutTheLearnersNumbersIntoTheFormula() {
        HandDrill drill = lessonDrill();
        assertThat(drill.question("v1.x").orElseThrow().hint()).isEqualTo(
                DrillMessage.of("drill.hint.substitute", "v₁", "x", "βv₀ − αg₁", "0.9 × 0 − 0.1 × (−0.7)"));
        assertThat(drill.question("v2.y").orElseThrow().hint()).isEqualTo(
                DrillMessage.of("drill.hint.substitute", "v₂", "y", "βv₁ − αg₂", "0.9 × (−0.4) − 0.1 × 3.2"));
        assertThat(drill.question("theta1.y").orElseThrow().hint()).isEqualTo(
                DrillMessage.of("drill.hint.substitute", "θ₁", "y", "θ₀ + v₁", "2 + (−0.4)"));
        assertThat(drill.question("theta2.x").orElseThrow().hint()).isEqualTo(
                DrillMessage.of("drill.hint.substitute", "θ₂", "x", "θ₁ + v₂", "−6.93 + 0.1323"));
        assertThat(drill.question("g2.x").orElseThrow().hint()).isEqualTo(DrillMessage.of(
                "drill.hint.gradient", "g₂", "x", "∂L/∂x", "x/10", "θ₁", "(−6.93, 1.6)", "−6.93/10"));
        assertThat(drill.question("g1.y").orElseThrow().hint()).isEqualTo(DrillMessage.of(
                "drill.hint.gradient", "g₁", "y", "∂L/∂y", "2y", "θ₀", "(−7, 2)", "2 × 2"));
    }

    @Test
    void noHintOfTheLessonsExampleContainsItsOwnAnswer() {
        for (DrillQuestion q : lessonDrill().questions()) {
            String answer = q.formattedReference();
            assertThat(q.hint().args()).as(q.id()).allSatisfy(arg -> assertThat(numbersIn(arg)).doesNotContain(answer));
        }
    }

    /** The numbers written in a formula, sign included where it belongs to the number: "−0.7" in "0.1 × (−0.7)". */
    private static List<String> numbersIn(String text) {
        List<String> numbers = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("(?:(?<=\\()−|^−)?[0-9]+(?:\\.[0-9]+)?").matcher(text);
        while (matcher.find()) {
            numbers.add(matcher.group());
        }
        return numbers;
    }

    @Test
    void aFunctionWithoutAGradientDescriptionGetsTheGenericHint() {
        Objective bowl = new Objective() {
            public String key() { return "bowl"; }
            public double value(double x, double y) { return x * x + y * y; }
            public Vec2 gradient(double x, double y) { return new Vec2(2 * x, 2 * y); }
            public Window window() { return new Window(-1, 1, -1, 1); }
            public Vec2 defaultStart() { return new Vec2(0.5, 0.5); }
            public List<Vec2> minima() { return List.of(Vec2.ZERO); }
            public LevelRule levelRule() { return new LevelRule.Linear(10); }
        };
        HandDrill drill = drill(bowl, 0.1, 0.5, new Vec2(0.5, -0.25));
        assertThat(drill.question("g1.y").orElseThrow().hint()).isEqualTo(DrillMessage.of(
                "drill.hint.gradientGeneric", "g₁", "y", "∂L/∂y", "θ₀", "(0.5, −0.25)"));
        assertThat(drill.question("g1.y").orElseThrow().worked()).isEqualTo(DrillMessage.of(
                "drill.worked.gradientGeneric", "g₁", "y", "∂L/∂y", "θ₀", "(0.5, −0.25)", "−0.5"));
        assertThat(drill.question("g2.x").orElseThrow().expected()).isEqualTo(2 * (0.5 - 0.1 * (2 * 0.5)));
    }

    @Test
    void theTaskAndTheRuleAreStatedWithTheLearnersSettings() {
        HandDrill drill = lessonDrill();
        assertThat(drill.task()).isEqualTo(DrillMessage.of("drill.task", "0.1", "0.9", "(−7, 2)"));
        assertThat(drill.rule()).isEqualTo(DrillMessage.of("drill.rule", "4", "0.00005"));
        assertThat(drill.functionKey()).isEqualTo("valley");
    }

    static Stream<Arguments> settings() {
        return Stream.of(
                Arguments.of("valley", 0.1, 0.9, new Vec2(-7, 2)),
                Arguments.of("valley", 0.95, 0.0, new Vec2(9.3, -4.7)),
                Arguments.of("valley", 10.0, 0.99, new Vec2(0.123456789, 1e-9)),
                Arguments.of("rosenbrock", 0.001, 0.9, new Vec2(-1.5, 2)),
                Arguments.of("rosenbrock", 0.002, 0.5, new Vec2(1.1, 1.21)),
                Arguments.of("rosenbrock", 0.0003, 0.99, new Vec2(-2, -1)),
                Arguments.of("himmelblau", 0.01, 0.9, new Vec2(0, 0)),
                Arguments.of("himmelblau", 0.02, 0.3, new Vec2(-4.5, 3.25)),
                Arguments.of("himmelblau", 0.001, 0.0, new Vec2(3, 2)),
                Arguments.of("dip", 0.1, 0.9, new Vec2(-4.75, 1.5)),
                Arguments.of("dip", 0.05, 0.7, new Vec2(-3, 0)),
                Arguments.of("dip", 0.3, 0.8, new Vec2(1.4999, -1.9999)));
    }

    @ParameterizedTest(name = "{0} α={1} β={2} θ₀={3}")
    @MethodSource("settings")
    void agreesBitForBitWithTheTrajectoryTheChartDraws(String key, double alpha, double beta, Vec2 start) {
        Objective f = Catalogue.byKey(key).orElseThrow();
        List<Step> steps = Trajectory.run(new Momentum(alpha, beta), f, start, 2).steps();
        HandDrill drill = drill(f, alpha, beta, start);

        for (int t = 1; t <= 2; t++) {
            Step step = steps.get(t);
            assertThat(new Vec2(expected(drill, "g" + t + ".x"), expected(drill, "g" + t + ".y")))
                    .isEqualTo(step.gradient());
            assertThat(new Vec2(expected(drill, "v" + t + ".x"), expected(drill, "v" + t + ".y")))
                    .isEqualTo(step.velocity());
            assertThat(new Vec2(expected(drill, "theta" + t + ".x"), expected(drill, "theta" + t + ".y")))
                    .isEqualTo(step.theta());
        }
        assertThat(drill.start()).isEqualTo(start);
        assertThat(drill.alpha()).isEqualTo(alpha);
        assertThat(drill.beta()).isEqualTo(beta);
    }

    @Test
    void roundingNoiseThatIsZeroByHandBecomesZero() {
        // On Rosenbrock's floor y = x²: 1.1² = 1.2100000000000002 in doubles, so the engine's g₁ᵧ is
        // 200 × (1.21 − 1.2100000000000002) = −4.4 × 10⁻¹⁴, and 0 by hand.
        HandDrill drill = drill(new Rosenbrock(), 0.002, 0.5, new Vec2(1.1, 1.21));
        DrillQuestion gy = drill.question("g1.y").orElseThrow();
        assertThat(gy.expected()).isEqualTo(200 * (1.21 - 1.1 * 1.1)).isNotZero();
        assertThat(gy.reference()).isZero();
        assertThat(gy.formattedReference()).isEqualTo("0");
        // the next hint uses the learner's 0, not −4.4 × 10⁻¹⁴
        assertThat(drill.question("v1.y").orElseThrow().hint().args()).last().isEqualTo("0.5 × 0 − 0.002 × 0");
    }

    @Test
    void refusesSettingsThatDivergeWithinTheTwoSteps() {
        // Rosenbrock at α = 10: g₁ = (−155, −50), θ₁ = (1548.5, 502), and θ₂ is beyond 10¹².
        DrillSetup setup = HandDrill.create(new Rosenbrock(), 10, 0.9, new Vec2(-1.5, 2));
        assertThat(setup).isEqualTo(new DrillSetup.Refused(DrillMessage.of("drill.refused.diverges", "2")));
        assertThat(HandDrill.create(new Himmelblau(), 10, 0.9, new Vec2(5, 5)))
                .isEqualTo(new DrillSetup.Refused(DrillMessage.of("drill.refused.diverges", "2")));
    }

    @Test
    void everyDrillOnAGridOfSettingsIsEitherRefusedOrAllFinite() {
        int ready = 0;
        int refused = 0;
        double[] alphas = {1e-6, 0.001, 0.01, 0.1, 1, 3, 10};
        double[] betas = {0, 0.5, 0.9, 0.999};
        for (Objective f : Catalogue.all()) {
            Window w = f.window();
            for (double alpha : alphas) {
                for (double beta : betas) {
                    for (int i = 0; i <= 4; i++) {
                        for (int j = 0; j <= 4; j++) {
                            Vec2 start = new Vec2(w.xMin() + i * w.width() / 4, w.yMin() + j * w.height() / 4);
                            DrillSetup setup = HandDrill.create(f, alpha, beta, start);
                            if (setup instanceof DrillSetup.Refused r) {
                                assertThat(r.reason().key()).isEqualTo("drill.refused.diverges");
                                refused++;
                                continue;
                            }
                            ready++;
                            for (DrillQuestion q : ((DrillSetup.Ready) setup).drill().questions()) {
                                assertThat(q.expected()).isFinite();
                                assertThat(q.hint().args()).noneMatch(a -> a.contains("NaN") || a.contains("Infinity")
                                        || a.contains("E") || a.contains("-"));
                            }
                        }
                    }
                }
            }
        }
        assertThat(ready).isGreaterThan(0);
        assertThat(refused).isGreaterThan(0);
    }

    @Test
    void rejectsSettingsOutsideTheLabsRanges() {
        Valley valley = new Valley();
        Vec2 start = valley.defaultStart();
        assertThatThrownBy(() -> HandDrill.create(valley, 0, 0.9, start)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HandDrill.create(valley, 10.5, 0.9, start)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HandDrill.create(valley, Double.NaN, 0.9, start)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HandDrill.create(valley, 0.1, 1, start)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HandDrill.create(valley, 0.1, -0.1, start)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HandDrill.create(valley, 0.1, 0.9, new Vec2(Double.NaN, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(HandDrill.create(valley, 10, 0.9, start)).isInstanceOf(DrillSetup.Ready.class);
    }
}
