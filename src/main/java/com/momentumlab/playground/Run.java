package com.momentumlab.playground;

import com.momentumlab.numerics.optim.Step;
import com.momentumlab.numerics.optim.Trajectory;

/** One optimizer's path in the lab. */
public record Run(OptimizerKind kind, Trajectory trajectory) {

    /** The last step recorded: the final step, or the one before divergence. */
    public int lastStep() {
        return trajectory.last().t();
    }

    /** Step {@code t}, or the last one if the run stopped earlier. */
    public Step stepAt(int t) {
        return trajectory.steps().get(Math.max(0, Math.min(t, lastStep())));
    }
}
