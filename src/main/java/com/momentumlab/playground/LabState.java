package com.momentumlab.playground;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.optim.GradientNoise;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything that decides what the lab shows: the function, the start, the number of steps, every optimizer's
 * hyperparameters, which optimizers are compared with Momentum, and the drawing speed. It is what a permalink
 * encodes, so a link, a reload or a server restart restores exactly the same runs. Only values that passed
 * {@link LabRules} go in.
 *
 * @param hypers    the hyperparameters of every optimizer (also those not shown)
 * @param compared  the optimizers drawn next to Momentum
 * @param bookForms the optimizers that run in the form of the book's code (only those with {@link OptimizerKind#forms()})
 * @param speed     drawing speed, 1 (slow) to {@value LabRules#MAX_SPEED} (fast)
 * @param noise     Gaussian noise on every optimizer's gradients (off by default)
 * @param tab       the view shown under the chart (it changes no run)
 */
public record LabState(String functionKey, Vec2 start, int steps, Map<OptimizerKind, Hyperparameters> hypers,
                       Set<OptimizerKind> compared, Set<OptimizerKind> bookForms, int speed, GradientNoise noise,
                       LabTab tab) {

    public static final int DEFAULT_SPEED = 3;

    public LabState {
        hypers = OptimizerKind.requireEvery(hypers);
        Set<OptimizerKind> others = compared.isEmpty() ? EnumSet.noneOf(OptimizerKind.class) : EnumSet.copyOf(compared);
        others.remove(OptimizerKind.MOMENTUM);
        compared = java.util.Collections.unmodifiableSet(others);
        java.util.Objects.requireNonNull(noise, "noise");
        java.util.Objects.requireNonNull(tab, "tab");
        if (bookForms.stream().anyMatch(kind -> kind.forms().isEmpty())) {
            throw new IllegalArgumentException("only optimizers with two forms run the book's: " + bookForms);
        }
        bookForms = Set.copyOf(bookForms);
    }

    /** The function's own start and preset: for the valley, the classic example (α 0.1, β 0.9, 30 steps). */
    public static LabState defaults(Objective function) {
        Preset preset = Preset.of(function);
        return new LabState(function.key(), function.defaultStart(), preset.steps(), preset.hypers(),
                Set.of(), Set.of(), DEFAULT_SPEED, GradientNoise.NONE, LabTab.DETAILS);
    }

    /** A Momentum-only state, as the lesson's examples set it. */
    public static LabState momentum(Objective function, double learningRate, double beta, Vec2 start, int steps) {
        return defaults(function).withStart(start).withSteps(steps)
                .withHypers(OptimizerKind.MOMENTUM, Hyperparameters.momentum(learningRate, beta));
    }

    /** Momentum's α. */
    public double learningRate() {
        return hypers.get(OptimizerKind.MOMENTUM).learningRate();
    }

    /** Momentum's β. */
    public double beta() {
        return hypers.get(OptimizerKind.MOMENTUM).beta();
    }

    /** Momentum first, then the compared optimizers in a fixed order. */
    public List<OptimizerKind> shown() {
        List<OptimizerKind> shown = new ArrayList<>();
        shown.add(OptimizerKind.MOMENTUM);
        for (OptimizerKind kind : OptimizerKind.comparable()) {
            if (compared.contains(kind)) {
                shown.add(kind);
            }
        }
        return shown;
    }

    /** The form {@code kind} runs in. */
    public Form form(OptimizerKind kind) {
        return bookForms.contains(kind) ? Form.BOOK : Form.STANDARD;
    }

    public LabState withForm(OptimizerKind kind, Form form) {
        Set<OptimizerKind> next = EnumSet.noneOf(OptimizerKind.class);
        next.addAll(bookForms);
        if (form == Form.BOOK) {
            next.add(kind);
        } else {
            next.remove(kind);
        }
        return new LabState(functionKey, start, steps, hypers, compared, next, speed, noise, tab);
    }

    public LabState withStart(Vec2 newStart) {
        return new LabState(functionKey, newStart, steps, hypers, compared, bookForms, speed, noise, tab);
    }

    public LabState withSteps(int newSteps) {
        return new LabState(functionKey, start, newSteps, hypers, compared, bookForms, speed, noise, tab);
    }

    public LabState withHypers(OptimizerKind kind, Hyperparameters values) {
        Map<OptimizerKind, Hyperparameters> next = new EnumMap<>(hypers);
        next.put(kind, values);
        return new LabState(functionKey, start, steps, next, compared, bookForms, speed, noise, tab);
    }

    public LabState withCompared(Collection<OptimizerKind> kinds) {
        return new LabState(functionKey, start, steps, hypers, Set.copyOf(kinds), bookForms, speed, noise, tab);
    }

    public LabState withSpeed(int newSpeed) {
        return new LabState(functionKey, start, steps, hypers, compared, bookForms, newSpeed, noise, tab);
    }

    public LabState withNoise(GradientNoise newNoise) {
        return new LabState(functionKey, start, steps, hypers, compared, bookForms, speed, newNoise, tab);
    }

    public LabState withTab(LabTab newTab) {
        return new LabState(functionKey, start, steps, hypers, compared, bookForms, speed, noise, newTab);
    }

    /** Whether {@code other} draws the same runs (the speed and the tab change only how they are shown). */
    public boolean sameRunsAs(LabState other) {
        return functionKey.equals(other.functionKey) && start.equals(other.start) && steps == other.steps
                && compared.equals(other.compared) && hypers.equals(other.hypers) && noise.equals(other.noise)
                && bookForms.equals(other.bookForms);
    }

    /** Another function with its own start and preset; the comparison, the forms, the speed, the noise and the tab stay. */
    public LabState withFunction(Objective function) {
        LabState preset = defaults(function);
        return new LabState(preset.functionKey, preset.start, preset.steps, preset.hypers, compared, bookForms, speed,
                noise, tab);
    }
}
