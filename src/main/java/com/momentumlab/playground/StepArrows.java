package com.momentumlab.playground;

import com.momentumlab.chart.Arrow;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.optim.Step;
import java.util.List;

/**
 * The arrows that explain one step: from θₜ₋₁ the momentum carry βvₜ₋₁, then the gradient step −αgₜ, and
 * their sum, the velocity vₜ, which lands on θₜ.
 */
public final class StepArrows {

    public static final String CARRY_COLOR = "#555555";
    public static final String GRADIENT_COLOR = "#7B2CBF";

    private StepArrows() {}

    /** The arrows of step {@code t} of {@code run} (none at t = 0, nothing has moved yet). */
    public static List<Arrow> at(Run run, int t) {
        int shown = Math.min(t, run.lastStep());
        if (shown < 1) {
            return List.of();
        }
        Step step = run.stepAt(shown);
        Vec2 from = run.stepAt(shown - 1).theta();
        Vec2 afterCarry = from.plus(step.carry());
        return List.of(
                new Arrow(xy(from), xy(afterCarry), CARRY_COLOR),
                new Arrow(xy(afterCarry), xy(afterCarry.plus(step.gradientStep())), GRADIENT_COLOR),
                new Arrow(xy(from), xy(step.theta()), run.kind().color()));
    }

    private static double[] xy(Vec2 p) {
        return new double[] {p.x(), p.y()};
    }
}
