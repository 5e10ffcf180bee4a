package com.momentumlab.lesson.ui;

import com.momentumlab.base.i18n.Message;
import com.momentumlab.base.input.Numbers;
import com.momentumlab.lesson.ComparisonRuns;
import com.momentumlab.lesson.LessonWidgets;
import com.momentumlab.numerics.optim.GradientNoise;
import com.momentumlab.playground.Hyperparameters;
import com.momentumlab.playground.LabState;
import com.momentumlab.playground.OptimizerKind;
import java.util.Set;

/**
 * A button that loads the noisy comparison of the lesson's noise section into the lab: on the valley from (−7, 2),
 * plain gradient descent with α = 0.1 beside Momentum with α = 0.01, β = 0.9 (the same effective step
 * α/(1 − β) = 0.1), 200 steps, both with gradient noise σ = 1 from seed 7.
 */
class NoisePreset extends PresetButton {

    static final double SIGMA = 1;
    static final double SGD_ALPHA = 0.1;
    static final double MOMENTUM_ALPHA = 0.01;
    static final int STEPS = 200;
    static final long SEED = 7;

    static final LabState NOISY = LabState.momentum(ComparisonRuns.VALLEY, MOMENTUM_ALPHA, ComparisonRuns.BETA,
                    ComparisonRuns.START, STEPS)
            .withHypers(OptimizerKind.SGD, Hyperparameters.learningRateOnly(SGD_ALPHA))
            .withCompared(Set.of(OptimizerKind.SGD))
            .withNoise(new GradientNoise(SIGMA, SEED));

    NoisePreset(LabHooks lab) {
        super(LessonWidgets.NOISE_PRESET, NOISY, "widget.noisePreset.button", new Message("widget.noisePreset.done",
                Numbers.exact(SIGMA), Long.toString(SEED), Numbers.exact(SGD_ALPHA), Numbers.exact(MOMENTUM_ALPHA),
                Numbers.exact(NOISY.beta()), Integer.toString(STEPS)), lab);
    }
}
