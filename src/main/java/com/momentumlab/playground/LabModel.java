package com.momentumlab.playground;

import com.momentumlab.base.i18n.Message;
import com.momentumlab.base.input.Numbers;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.optim.GradientNoise;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The lab of one tab, without its views: the settings ({@link LabState}), the runs they give, the step shown
 * and the playback. The views call its intent methods (a new α, Run, Step, …) and listen to what changed; it
 * decides everything they show (which buttons work, what the status says), so a test drives it without a
 * browser. Values come in already checked (the inputs show their own messages); an input holding a bad value
 * says so with {@link #markInvalid}, and the status asks for a correction until it is fixed.
 */
public final class LabModel {

    /** How a state change touches the views. */
    public enum Change {
        /** Only how the runs are shown (the speed, the tab). */
        SETTINGS,
        /** New runs on the same function. */
        RUNS,
        /** Another function, so new contours, a new window and new runs. */
        FUNCTION
    }

    /**
     * The step the views show moved. {@code from} is the step shown before, or {@link #REDRAW} when the paths
     * are drawn again from step 0 (new runs, Run, Back to start); otherwise the steps after {@code from} up to
     * {@code to} are added ({@code from == to}: the same step, for another optimizer's details).
     */
    public record CursorMove(int from, int to) {
        public static final int REDRAW = -1;

        public boolean redraws() {
            return from == REDRAW;
        }
    }

    /** What the status line says, whether it is an error, and whether it offers the lesson's explanation. */
    public record Status(List<Message> messages, boolean error, boolean offersWhy) {

        /** The same texts (a message's arguments are an array, which a record compares by reference). */
        @Override
        public boolean equals(Object other) {
            return other instanceof Status that && error == that.error && offersWhy == that.offersWhy
                    && Arrays.deepEquals(flat(messages), flat(that.messages));
        }

        @Override
        public int hashCode() {
            return Arrays.deepHashCode(flat(messages));
        }

        private static Object[] flat(List<Message> messages) {
            return messages.stream().map(Status::flat).toArray();
        }

        private static Object[] flat(Message message) {
            return new Object[] {message.key(), Arrays.stream(message.args())
                    .map(arg -> arg instanceof Message inner ? flat(inner) : arg).toArray()};
        }
    }

    /** What the views hear; each overrides what it shows. */
    public interface Listener {
        default void stateChanged(LabState state, Change change) {}

        default void cursorMoved(CursorMove move) {}

        default void statusChanged(Status status) {}

        /** A run starts being drawn from step 0 (Run, a preset, the first visit). */
        default void runStarted(LabState state) {}
    }

    /** Draws steps over time (the views' push); the model only hears each step reached. */
    public interface StepStream {
        /**
         * Hands the steps {@code from} … {@code to} to {@code advanceTo}, a batch at a time at {@code pacing}.
         *
         * @return false if the server already draws as many runs as it may (nothing started)
         */
        boolean start(int from, int to, StreamPacing pacing, IntConsumer advanceTo);

        void cancel();
    }

    private final PlaygroundService service;
    private final StepStream stream;
    private final List<Listener> listeners = new ArrayList<>(16); // the panel's views: about fifteen
    private final Playback playback = new Playback();
    /** Inputs that hold a value that cannot be used (by the views' names for them). */
    private final Set<String> invalidInputs = new HashSet<>(4);

    private Objective function;
    private LabState state;
    private List<Run> runs;
    private OptimizerKind detailKind = OptimizerKind.MOMENTUM;
    /** The last run could not be streamed (the server's cap): it shows complete, and the status says why. */
    private boolean busy;
    private Status status;

    public LabModel(PlaygroundService service, StepStream stream) {
        this.service = service;
        this.stream = stream;
        this.function = service.defaultFunction();
        this.state = LabState.defaults(function);
        computeRuns();
        this.status = computeStatus();
    }

    /** Adds a listener and tells it everything as it is now, so a new view shows the lab at once. */
    public void addListener(Listener listener) {
        listeners.add(listener);
        listener.stateChanged(state, Change.FUNCTION);
        listener.cursorMoved(new CursorMove(CursorMove.REDRAW, playback.cursor()));
        listener.statusChanged(status);
    }

    // ---- what the views read

    public LabState state() {
        return state;
    }

    public Objective function() {
        return function;
    }

    /** Momentum first, then the compared optimizers. */
    public List<Run> runs() {
        return runs;
    }

    public int cursor() {
        return playback.cursor();
    }

    public int lastStep() {
        return playback.lastStep();
    }

    public Playback.Phase phase() {
        return playback.phase();
    }

    public boolean canPauseOrResume() {
        return playback.canPauseOrResume();
    }

    /** Whether the Pause/Resume button reads Resume. */
    public boolean canResume() {
        return playback.canResume();
    }

    public boolean canStep() {
        return playback.canStep();
    }

    public boolean canRewind() {
        return playback.canRewind();
    }

    public Status status() {
        return status;
    }

    /** Whether an input holds a value that cannot be used. */
    public boolean hasInvalidInputs() {
        return !invalidInputs.isEmpty();
    }

    /** The optimizer whose step the details (readout, arrows, loss curve, table) show. */
    public OptimizerKind detailKind() {
        return detailKind;
    }

    public Run detailRun() {
        return runs.stream().filter(r -> r.kind() == detailKind).findFirst().orElse(runs.get(0));
    }

    // ---- settings

    /** Shows {@code next} complete, as a link or a room gives it; every input then holds its values. */
    public void apply(LabState next) {
        invalidInputs.clear();
        change(next, true);
    }

    /** Another function, with its own start and preset (choosing the one shown changes nothing). */
    public void setFunction(Objective next) {
        if (next.key().equals(function.key())) {
            return;
        }
        change(state.withFunction(next), false);
    }

    public void setStart(Vec2 start) {
        change(state.withStart(start), false);
    }

    /**
     * A start picked on the chart (click, drag, arrow keys), as the browser sends it: rounded to the chart's
     * resolution, so the field and the link read as a person would type them. A point outside the plot is ignored.
     */
    public void pickStart(double x, double y) {
        Vec2 picked = new Vec2(x, y);
        if (picked.isFinite() && function.window().contains(picked)) {
            setStart(function.window().roundPicked(picked));
        }
    }

    public void setSteps(int steps) {
        change(state.withSteps(steps), false);
    }

    /** Momentum's learning rate α. */
    public void setAlpha(double alpha) {
        change(state.withHypers(OptimizerKind.MOMENTUM, Hyperparameters.momentum(alpha, state.beta())), false);
    }

    /** Momentum's β. */
    public void setBeta(double beta) {
        change(state.withHypers(OptimizerKind.MOMENTUM, Hyperparameters.momentum(state.learningRate(), beta)), false);
    }

    /** α and β at once (a point picked on the stability map). */
    public void setMomentum(double alpha, double beta) {
        change(state.withHypers(OptimizerKind.MOMENTUM, Hyperparameters.momentum(alpha, beta)), false);
    }

    public void setHypers(OptimizerKind kind, Hyperparameters values) {
        change(state.withHypers(kind, values), false);
    }

    public void setForm(OptimizerKind kind, Form form) {
        change(state.withForm(kind, form), false);
    }

    /** The optimizers drawn next to Momentum. */
    public void setCompared(Collection<OptimizerKind> kinds) {
        change(state.withCompared(kinds), false);
    }

    public void setNoise(GradientNoise noise) {
        change(state.withNoise(noise), false);
    }

    public void setSpeed(int speed) {
        change(state.withSpeed(speed), false);
    }

    public void setTab(LabTab tab) {
        change(state.withTab(tab), false);
    }

    /** Details of another optimizer's step (only one whose run is shown). */
    public void setDetailKind(OptimizerKind kind) {
        if (kind == detailKind || runs.stream().noneMatch(r -> r.kind() == kind)) {
            return;
        }
        detailKind = kind;
        fireCursor(playback.cursor(), playback.cursor());
    }

    /** The input named {@code input} holds a value that cannot be used: nothing runs until it is fixed. */
    public void markInvalid(String input) {
        invalidInputs.add(input);
        announceStatus();
    }

    /** The input named {@code input} holds a usable value again. */
    public void markValid(String input) {
        if (invalidInputs.remove(input)) {
            announceStatus();
        }
    }

    // ---- playback

    /** Run: draws every path again from step 0 (not while an input holds a bad value: the status says so). */
    public void run() {
        if (!invalidInputs.isEmpty()) {
            announceStatus();
            return;
        }
        stream.cancel();
        busy = false;
        listeners.forEach(l -> l.runStarted(state));
        if (playback.start()) {
            fireCursor(CursorMove.REDRAW, 0);
            streamToTheEnd();
        }
        announceStatus();
    }

    /** Pause while drawing, Resume while paused; otherwise nothing. */
    public void pauseOrResume() {
        if (playback.canPause()) {
            stream.cancel();
            playback.pause();
        } else if (playback.canResume()) {
            playback.resume();
            streamToTheEnd();
        }
        announceStatus();
    }

    /** One step further; a run being drawn stops there. */
    public void step() {
        if (!playback.canStep()) {
            return;
        }
        stream.cancel();
        busy = false;
        int from = playback.cursor();
        playback.step();
        fireCursor(from, playback.cursor());
        announceStatus();
    }

    /** Back to step 0, nothing drawn beyond it. */
    public void backToStart() {
        if (!playback.canRewind()) {
            return;
        }
        stream.cancel();
        busy = false;
        playback.rewind();
        fireCursor(CursorMove.REDRAW, 0);
        announceStatus();
    }

    /** Stops drawing for good (the tab closed). */
    public void stop() {
        stream.cancel();
    }

    private void streamToTheEnd() {
        if (!stream.start(playback.cursor() + 1, playback.lastStep(), service.pacing(state.speed()), this::advanceTo)) {
            // The server's cap on runs drawn at once: the complete run is shown instead of being drawn.
            int from = playback.cursor();
            playback.skipToEnd();
            busy = true;
            fireCursor(from, playback.cursor());
        }
    }

    /** The stream reached step {@code t}. */
    private void advanceTo(int t) {
        if (!playback.isRunning() || t <= playback.cursor()) {
            return;
        }
        int from = playback.cursor();
        playback.advanceTo(Math.min(t, playback.lastStep()));
        fireCursor(from, playback.cursor());
        announceStatus();
    }

    // ---- changes

    /** Takes {@code next}; new runs show complete at once and stop any drawing. */
    private void change(LabState next, boolean forceRuns) {
        if (next.equals(state) && !forceRuns) {
            return;
        }
        Objective nextFunction = service.function(next.functionKey()).orElse(function);
        Change change = !nextFunction.key().equals(function.key()) ? Change.FUNCTION
                : forceRuns || !next.sameRunsAs(state) ? Change.RUNS : Change.SETTINGS;
        function = nextFunction;
        state = next;
        if (change != Change.SETTINGS) {
            stream.cancel();
            busy = false;
            computeRuns();
        }
        listeners.forEach(l -> l.stateChanged(state, change));
        if (change != Change.SETTINGS) {
            fireCursor(CursorMove.REDRAW, playback.cursor());
        }
        announceStatus();
    }

    private void computeRuns() {
        runs = service.runs(state);
        if (runs.stream().noneMatch(r -> r.kind() == detailKind)) {
            detailKind = OptimizerKind.MOMENTUM;
        }
        playback.showComplete(runs.stream().mapToInt(Run::lastStep).max().orElse(0),
                runs.stream().anyMatch(r -> r.trajectory().divergedAt().isPresent()));
    }

    private void fireCursor(int from, int to) {
        CursorMove move = new CursorMove(from, to);
        listeners.forEach(l -> l.cursorMoved(move));
    }

    /** Tells the listeners the status if it differs from what they show (the status line is a live region). */
    private void announceStatus() {
        Status next = computeStatus();
        if (!next.equals(status)) {
            status = next;
            listeners.forEach(l -> l.statusChanged(next));
        }
    }

    private Status computeStatus() {
        if (!invalidInputs.isEmpty()) {
            return new Status(List.of(new Message("status.invalid")), true, false);
        }
        if (busy) {
            return new Status(List.of(new Message("status.busy")), true, false);
        }
        String last = Integer.toString(playback.lastStep());
        return switch (playback.phase()) {
            case READY, PAUSED -> new Status(List.of(new Message("status.paused", Integer.toString(playback.cursor()),
                    last)), false, false);
            // Said once per run: the readout already shows the step reached.
            case RUNNING -> new Status(withNoiseNote(List.of(new Message("status.running", last))), false, false);
            case DONE -> new Status(withNoiseNote(List.of(new Message("status.done", last))), false, false);
            case DIVERGED -> new Status(withNoiseNote(divergences()), true, true);
        };
    }

    /** For each run that diverged, where and why. */
    private List<Message> divergences() {
        List<Message> messages = new ArrayList<>();
        for (Run run : runs) {
            run.trajectory().divergedAt().ifPresent(t -> messages.add(divergence(run, t)));
        }
        return messages;
    }

    /** For Momentum on a quadratic, which bound broke on which axis; otherwise which optimizer stopped where. */
    private Message divergence(Run run, int step) {
        if (run.kind() == OptimizerKind.MOMENTUM) {
            Optional<Explanation> why = DivergenceExplanation.ofRun(function, state.learningRate(), state.beta(), step);
            if (why.isPresent()) {
                return new Message(why.get().key(), why.get().argsArray());
            }
        }
        return new Message("status.diverged.optimizer", new Message("optimizer." + run.kind().key()),
                Integer.toString(step));
    }

    /** A run's status says when its gradients are noisy: its path is then one sample, not the method's path. */
    private List<Message> withNoiseNote(List<Message> messages) {
        if (!state.noise().isOn()) {
            return messages;
        }
        List<Message> noted = new ArrayList<>(messages);
        noted.add(new Message("status.noise", Numbers.exact(state.noise().sigma()), Long.toString(state.noise().seed())));
        return noted;
    }
}
