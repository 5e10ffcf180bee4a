package com.momentumlab.lesson.ui;

import com.momentumlab.base.i18n.Message;
import com.momentumlab.base.input.Numbers;
import com.momentumlab.lesson.ComparisonRuns;
import com.momentumlab.lesson.LessonWidgets;
import com.momentumlab.playground.LabState;

/** A button that loads the classic example (valley, start (−7, 2), α 0.1, β 0.9, 30 steps) into the lab and runs it. */
class ClassicPreset extends PresetButton {

    static final LabState CLASSIC = LabState.momentum(ComparisonRuns.VALLEY, ComparisonRuns.ALPHA, ComparisonRuns.BETA,
            ComparisonRuns.START, ComparisonRuns.STEPS);

    ClassicPreset(LabHooks lab) {
        super(LessonWidgets.CLASSIC_PRESET, CLASSIC, "widget.preset.button", new Message("widget.preset.done",
                "(" + Numbers.exact(CLASSIC.start().x()) + ", " + Numbers.exact(CLASSIC.start().y()) + ")",
                Numbers.exact(CLASSIC.learningRate()), Numbers.exact(CLASSIC.beta()), Integer.toString(CLASSIC.steps())),
                lab);
    }
}
