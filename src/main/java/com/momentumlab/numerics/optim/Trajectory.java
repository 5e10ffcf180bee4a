package com.momentumlab.numerics.optim;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * The path of one optimizer on one function: step 0 (the start), then one {@link Step} per iteration,
 * until the requested number of steps or divergence, whichever comes first.
 *
 * <p><b>Divergence.</b> Step t diverged if any of its numbers (θₜ, vₜ, the gradient, the carry and
 * gradient-step parts, L(θₜ)) is NaN or infinite, or if either coordinate of θₜ exceeds
 * {@value #DIVERGENCE_LIMIT} in absolute value (the coordinate test, max(|x|, |y|) &gt; 10⁶, not the
 * norm). The check runs before a step is recorded: the run stops there, {@link #divergedAt()} names that
 * step, and it is not in {@link #steps()}, so nothing non-finite ever reaches a caller.
 *
 * @param steps      step 0 … the last good step, in order
 * @param divergedAt the first step that diverged, if any
 */
public record Trajectory(List<Step> steps, OptionalInt divergedAt) {

    /** A coordinate beyond ±10⁶ counts as diverged: far outside every window, and still far from overflow. */
    public static final double DIVERGENCE_LIMIT = 1e6;

    public Trajectory {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a trajectory has at least its start");
        }
    }

    /**
     * Runs {@code optimizer} on {@code f} from {@code start} for {@code steps} iterations.
     *
     * @throws IllegalArgumentException if steps &lt; 0, or the start itself is not a valid point (non-finite,
     *     beyond the divergence limit, or with a non-finite value there)
     */
    public static Trajectory run(Optimizer optimizer, Objective f, Vec2 start, int steps) {
        return run(optimizer, f, start, steps, GradientNoise.NONE);
    }

    /**
     * Like {@link #run(Optimizer, Objective, Vec2, int)}, with {@code noise} added to every gradient the
     * optimizer sees; each step records that noisy gradient, the one that moved it. The run takes its own
     * {@link GradientNoise#stream()}, so the same noise gives the same path every time.
     */
    public static Trajectory run(Optimizer optimizer, Objective f, Vec2 start, int steps, GradientNoise noise) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0: " + steps);
        }
        Step first = new Step(0, start, Vec2.ZERO, Vec2.ZERO, f.value(start), Vec2.ZERO, Vec2.ZERO);
        if (diverged(first)) {
            throw new IllegalArgumentException(
                    "the start must be finite and within ±1e6, with a finite value: " + start);
        }
        List<Step> path = new ArrayList<>(Math.min(steps, 1024) + 1); // the list grows if asked for more
        path.add(first);
        Optimizer.State state = optimizer.start(start);
        UnaryOperator<Vec2> noisy = noise.stream();
        for (int t = 1; t <= steps; t++) {
            Vec2 gradient = noisy.apply(f.gradient(state.gradientPoint()));
            state = state.step(gradient);
            Vec2 theta = state.theta();
            Step step = new Step(
                    t, theta, state.velocity(), gradient, f.value(theta), state.carry(), state.gradientStep());
            if (diverged(step)) {
                return new Trajectory(path, OptionalInt.of(t));
            }
            path.add(step);
        }
        return new Trajectory(path, OptionalInt.empty());
    }

    private static boolean diverged(Step step) {
        return !step.isFinite()
                || Math.abs(step.theta().x()) > DIVERGENCE_LIMIT
                || Math.abs(step.theta().y()) > DIVERGENCE_LIMIT;
    }

    public boolean diverged() {
        return divergedAt.isPresent();
    }

    /** The last recorded step: step {@code steps} of the run, or the one before divergence. */
    public Step last() {
        return steps.get(steps.size() - 1);
    }
}
