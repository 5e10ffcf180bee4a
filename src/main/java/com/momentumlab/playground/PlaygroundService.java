package com.momentumlab.playground;

import com.momentumlab.chart.XYSeries;
import com.momentumlab.numerics.contour.ContourSet;
import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.optim.Momentum;
import com.momentumlab.numerics.optim.Trajectory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What the lab computes, shared by all users: runs (microseconds; the latest ones kept and shared, see
 * {@link RunCache}) and contour pictures (computed once per function and kept: they do not depend on the user).
 */
@Service
public class PlaygroundService {

    static final String DEFAULT_FUNCTION = "valley";
    /** A log-scale chart cannot show 0: losses below this are drawn at this value. */
    public static final double LOSS_FLOOR = 1e-16;

    private final Map<String, ContourPicture> contourCache = new ConcurrentHashMap<>();
    private final RunCache runCache = new RunCache();
    private final double streamTimeScale;

    public PlaygroundService(@Value("${momentumlab.stream.time-scale:1}") double streamTimeScale) {
        this.streamTimeScale = streamTimeScale;
        Catalogue.all().forEach(Preset::of); // a function without a preset stops the start, not a learner's visit
    }

    public Objective defaultFunction() {
        return Catalogue.byKey(DEFAULT_FUNCTION).orElseThrow();
    }

    public Optional<Objective> function(String key) {
        return Catalogue.byKey(key);
    }

    public List<Objective> functions() {
        return Catalogue.all();
    }

    /** Momentum SGD alone, from the state's start; stops early, and says where, if the run diverges. */
    public Trajectory run(LabState state) {
        Objective f = function(state.functionKey()).orElseThrow();
        return Trajectory.run(new Momentum(state.learningRate(), state.beta()), f, state.start(), state.steps(),
                state.noise());
    }

    /**
     * Every optimizer the state shows, Momentum first, from the same start on the same function, each with the
     * state's gradient noise (the same draws for all: see {@link com.momentumlab.numerics.optim.GradientNoise}).
     */
    public List<Run> runs(LabState state) {
        Objective f = function(state.functionKey()).orElseThrow();
        return state.shown().stream()
                .map(kind -> new Run(kind, runCache.get(
                        new RunCache.Key(f.key(), state.start(), state.steps(), kind, state.form(kind),
                                state.hypers().get(kind), state.noise()),
                        () -> Trajectory.run(kind.create(state.hypers().get(kind), state.form(kind)), f, state.start(),
                                state.steps(), state.noise()))))
                .toList();
    }

    /**
     * log₁₀ f(θₜ) against t for each run: a linear axis of exponents reads like a log scale and needs no
     * label formatter in the browser. Losses below {@link #LOSS_FLOOR} (0 included) are drawn at the floor.
     */
    public List<XYSeries> lossSeries(List<Run> runs) {
        return runs.stream()
                .map(run -> new XYSeries(run.kind().key(), run.trajectory().steps().stream()
                        .map(s -> new double[] {s.t(), logLoss(s.value())})
                        .toList()))
                .toList();
    }

    /** Whole powers of ten around every loss of the runs, so revealing a run never rescales the chart. */
    public double[] lossRange(List<Run> runs) {
        double low = runs.stream().flatMap(r -> r.trajectory().steps().stream())
                .mapToDouble(s -> logLoss(s.value())).min().orElse(-1);
        double high = runs.stream().flatMap(r -> r.trajectory().steps().stream())
                .mapToDouble(s -> logLoss(s.value())).max().orElse(1);
        double min = Math.floor(low);
        double max = Math.ceil(high);
        return new double[] {min, max > min ? max : min + 1};
    }

    private static double logLoss(double value) {
        return Math.log10(Math.max(LOSS_FLOOR, value));
    }

    public ContourPicture contours(Objective function) {
        return contourCache.computeIfAbsent(function.key(), key -> ContourPicture.of(key, ContourSet.of(function)));
    }

    /** How fast runs are drawn at {@code speed} (1 to 5); tests scale time down. */
    public StreamPacing pacing(int speed) {
        StreamPacing pacing = StreamPacing.forSpeed(speed);
        return new StreamPacing(pacing.batchSize(), Math.max(1, Math.round(pacing.periodMillis() * streamTimeScale)));
    }
}
