package com.momentumlab.playground.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.momentumlab.playground.ui.PlaygroundViewTest.chart;
import static com.momentumlab.playground.ui.PlaygroundViewTest.field;
import static com.momentumlab.playground.ui.PlaygroundViewTest.momentumPath;
import static com.momentumlab.playground.ui.PlaygroundViewTest.notices;
import static com.momentumlab.playground.ui.PlaygroundViewTest.openAndFinish;
import static com.momentumlab.playground.ui.PlaygroundViewTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.numerics.optim.GradientNoise;
import com.momentumlab.numerics.optim.Momentum;
import com.momentumlab.numerics.optim.Optimizer;
import com.momentumlab.numerics.optim.Sgd;
import com.momentumlab.numerics.optim.Trajectory;
import com.momentumlab.testsupport.KaribuSpringTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gradient-noise controls: σ and seed from a link and from the fields, their messages, and the status. */
class NoisyGradientsViewTest extends KaribuSpringTest {

    private static List<double[]> expectedPath(Optimizer optimizer, int steps, GradientNoise noise) {
        return Trajectory.run(optimizer, Catalogue.byKey("valley").orElseThrow(), new Vec2(-7, 2), steps, noise)
                .steps().stream().map(s -> new double[] {s.theta().x(), s.theta().y()}).toList();
    }

    @Test
    void aNoisyLinkFillsTheFieldsDrawsTheNoisyPathsAndSaysSoInTheStatus() {
        openAndFinish("steps=100&lr=0.01&beta=0.9&sgd.lr=0.1&opt=sgd&noise=1&seed=7");

        assertThat(field("field-noise").getValue()).isEqualTo("1");
        assertThat(field("field-seed").getValue()).isEqualTo("7");
        assertThat(field("field-noise").getLabel()).isEqualTo("Gradient noise σ");
        assertThat(field("field-seed").getLabel()).isEqualTo("Noise seed");
        assertThat(text("status")).isEqualTo("Done: 100 steps. The gradients carry Gaussian noise (σ = 1, seed 7), as"
                + " minibatch gradients do: this path is one sample, and another seed draws another.");
        GradientNoise noise = new GradientNoise(1, 7);
        assertThat(momentumPath()).containsExactlyElementsOf(expectedPath(new Momentum(0.01, 0.9), 100, noise));
        assertThat(chart().overlayPoints("sgd")).containsExactlyElementsOf(expectedPath(new Sgd(0.1), 100, noise));
        assertThat(notices()).isEmpty();
    }

    @Test
    void typingSigmaAndSeedRedrawsAndSigmaZeroIsTheExactPathAgain() {
        openAndFinish("");
        List<double[]> exact = momentumPath();
        assertThat(field("field-noise").getValue()).isEqualTo("0");
        assertThat(field("field-seed").getValue()).isEqualTo("1");
        assertThat(text("status")).isEqualTo("Done: 30 steps.");

        _setValue(field("field-noise"), "0.5");
        assertThat(momentumPath()).containsExactlyElementsOf(expectedPath(new Momentum(0.1, 0.9), 30, new GradientNoise(0.5, 1)));
        assertThat(text("status")).startsWith("Done: 30 steps. The gradients carry Gaussian noise (σ = 0.5, seed 1)");

        _setValue(field("field-seed"), "8");
        assertThat(momentumPath()).containsExactlyElementsOf(expectedPath(new Momentum(0.1, 0.9), 30, new GradientNoise(0.5, 8)));

        _setValue(field("field-noise"), "0");
        assertThat(momentumPath()).containsExactlyElementsOf(exact);
        assertThat(text("status")).isEqualTo("Done: 30 steps.");
    }

    @Test
    void aBadSigmaOrSeedIsExplainedNextToItsFieldInBothLanguagesAndTheLastRunStays() {
        openAndFinish("noise=0.5&seed=3");
        List<double[]> noisy = momentumPath();

        _setValue(field("field-noise"), "-1");
        _setValue(field("field-seed"), "2.5");
        assertThat(field("field-noise").isInvalid()).isTrue();
        assertThat(field("field-noise").getErrorMessage()).isEqualTo("σ must be at least 0 and at most 10.");
        assertThat(field("field-seed").getErrorMessage()).isEqualTo("Please enter a whole number.");
        assertThat(text("status")).isEqualTo("Please correct the highlighted values; the run did not start.");
        assertThat(momentumPath()).containsExactlyElementsOf(noisy);

        _setValue(field("field-seed"), "2147483648");
        assertThat(field("field-seed").getErrorMessage()).isEqualTo("The seed must be a whole number from 0 to 2147483647.");

        openAndFinish("noise=11&seed=-4&lang=ja");
        assertThat(notices()).containsExactly(
                "リンクの noise=11 は使えません。σ は 0 以上 10 以下にしてください。 代わりに既定値 0 を使います。",
                "リンクの seed=-4 は使えません。シードは 0 から 2147483647 までの整数にしてください。 代わりに既定値 1 を使います。");
        assertThat(field("field-noise").getLabel()).isEqualTo("勾配のノイズ σ");
        assertThat(field("field-seed").getLabel()).isEqualTo("ノイズのシード");
        assertThat(text("status")).isEqualTo("完了：30 ステップ。");
    }
}
