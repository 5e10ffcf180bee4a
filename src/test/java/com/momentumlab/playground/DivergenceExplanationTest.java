package com.momentumlab.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.base.i18n.TranslationProvider;
import com.momentumlab.numerics.function.Rosenbrock;
import com.momentumlab.numerics.function.Valley;
import com.momentumlab.numerics.optim.Momentum;
import com.momentumlab.numerics.optim.Trajectory;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DivergenceExplanationTest {

    private final TranslationProvider translations = new TranslationProvider();

    private String text(Explanation e, Locale locale) {
        return translations.getTranslation(e.key(), locale, e.argsArray());
    }

    @Test
    void alphaTenOnTheValleyBreaksTheLimitOnTheYAxisAtTheStepTheRunStopped() {
        // The lab's run: from (−7, 2) with α 10, β 0.9 the path leaves ±10⁶ at step 5.
        Valley valley = new Valley();
        Trajectory run = Trajectory.run(new Momentum(10, 0.9), valley, valley.defaultStart(), 30);
        int step = run.divergedAt().orElseThrow();
        assertThat(step).isEqualTo(5);

        // y: αλ = 10·2 = 20 > 2 + 2·0.9 = 3.8 (x: αλ = 1 < 3.8 is fine, so y is named).
        Explanation e = DivergenceExplanation.ofRun(valley, 10, 0.9, step).orElseThrow();
        assertThat(e).isEqualTo(Explanation.of("status.diverged.limit", "5", "y", "20", "3.8"));
        assertThat(text(e, Locale.ENGLISH)).isEqualTo("Momentum diverged at step 5: on the y axis αλ = 20 > 2 + 2β = 3.8,"
                + " so every step overshoots further than the last. Try a smaller learning rate α.");
        assertThat(text(e, Locale.JAPANESE)).isEqualTo("モーメンタムはステップ 5 で発散しました。y 軸方向で αλ = 20 > 2 + 2β = 3.8 となり、"
                + "1 ステップごとに行き過ぎが大きくなるためです。学習率 α を小さくしてみてください。");
    }

    @Test
    void rightOnTheLimitThePathDoesNotConvergeButDoesNotDivergeEither() {
        // α 1.9, β 0.9 on the valley: y has αλ = 3.8 = 2 + 2β. The run stays bounded, so no run message.
        Valley valley = new Valley();
        Trajectory run = Trajectory.run(new Momentum(1.9, 0.9), valley, valley.defaultStart(), 1000);
        assertThat(run.diverged()).isFalse();
        assertThat(DivergenceExplanation.ofRun(valley, 1.9, 0.9, 1000)).isEmpty();

        Explanation e = DivergenceExplanation.ofSetting(valley, 1.9, 0.9).orElseThrow();
        assertThat(e).isEqualTo(Explanation.of("stability.point.edge", "1.9", "0.9", "y", "3.8"));
        assertThat(text(e, Locale.ENGLISH)).isEqualTo("At α = 1.9, β = 0.9 the path does not converge, but it does not"
                + " diverge either: on the y axis αλ = 2 + 2β = 3.8 exactly, so the path keeps swinging from side to"
                + " side and its swings never shrink (rate 1).");
        assertThat(text(e, Locale.JAPANESE)).isEqualTo("α = 1.9、β = 0.9 では収束しませんが、発散もしません。"
                + "y 軸方向で αλ = 2 + 2β = 3.8 とちょうど限界の上にあるため、経路は左右に揺れ続け、その揺れはいつまでも"
                + "小さくなりません（収束率はちょうど 1）。");
        assertThat(text(e, Locale.ENGLISH)).doesNotContain("diverges:");

        // A hair beyond, it diverges and says so.
        Explanation beyond = DivergenceExplanation.ofSetting(valley, 1.91, 0.9).orElseThrow();
        assertThat(text(beyond, Locale.ENGLISH)).isEqualTo("At α = 1.91, β = 0.9 the path diverges: on the y axis"
                + " αλ = 3.82 > 2 + 2β = 3.8.");
    }

    @Test
    void theOtherBoundsHaveTheirOwnMessages() {
        Explanation momentum = DivergenceExplanation.ofRun(new Valley(), 0.1, 1, 40).orElseThrow();
        assertThat(momentum).isEqualTo(Explanation.of("status.diverged.momentum", "40", "1"));
        assertThat(text(momentum, Locale.ENGLISH)).startsWith("Momentum diverged at step 40: β = 1 is not below 1");

        Explanation flat = DivergenceExplanation.ofSetting(new Valley(), 0, 0.5).orElseThrow();
        assertThat(flat).isEqualTo(Explanation.of("stability.point.flat", "0", "0.5", "x", "0"));
        assertThat(text(flat, Locale.JAPANESE)).isEqualTo(
                "α = 0、β = 0.5 では収束しません。x 軸方向で αλ = 0 が正でないため、最小値へ引き戻す力が働かないからです。");
    }

    @Test
    void nothingToExplainForAConvergingSettingOrANonQuadratic() {
        assertThat(DivergenceExplanation.ofRun(new Valley(), 0.1, 0.9, 3)).isEmpty();
        assertThat(DivergenceExplanation.ofRun(new Rosenbrock(), 10, 0.9, 3)).isEmpty();
        assertThat(DivergenceExplanation.ofSetting(new Rosenbrock(), 10, 0.9)).isEmpty();
    }
}
