package com.momentumlab.playground.ui;

import com.momentumlab.base.i18n.Message;
import com.momentumlab.base.input.Numbers;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.button.Button;
import com.momentumlab.base.ui.LiveText;
import com.momentumlab.base.ui.RangeSlider;
import com.momentumlab.base.ui.ServerHtml;
import com.momentumlab.chart.ApexChart;
import com.momentumlab.chart.OverlayPath;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.function.Window;
import com.momentumlab.numerics.optim.GradientNoise;
import com.momentumlab.playground.ContourPicture;
import com.momentumlab.playground.DivergenceExplanation;
import com.momentumlab.playground.Explanation;
import com.momentumlab.playground.Hyper;
import com.momentumlab.playground.Hyperparameters;
import com.momentumlab.playground.LabRules;
import com.momentumlab.playground.LabState;
import com.momentumlab.playground.OptimizerKind;
import com.momentumlab.playground.PathStream;
import com.momentumlab.playground.Playback;
import com.momentumlab.playground.PlaygroundService;
import com.momentumlab.playground.Run;
import com.momentumlab.playground.RunCsv;
import com.momentumlab.playground.SliderScales;
import com.momentumlab.playground.StepArrows;
import com.momentumlab.playground.StreamPacing;
import com.momentumlab.playground.StreamScheduler;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The lab: controls, the contour chart with every optimizer's path, playback, the readout, the loss chart and
 * the iterate table. Any change shows the complete new run at once; Run draws it again step by step. The
 * numbers come from {@link PlaygroundService}; this class only wires them to components.
 */
public class LabPanel extends Div implements LocaleChangeObserver {

    static final String MOMENTUM_PATH = OptimizerKind.MOMENTUM.key();
    /** The lesson section that explains when a run converges and why it diverges. */
    static final String CONVERGENCE_SECTION = "convergence";
    /** Slider events while dragging: at most one per this many milliseconds reaches the server. */
    private static final int SLIDER_THROTTLE_MILLIS = 100;
    private static final int HANDLE_THROTTLE_MILLIS = 80;

    private final PlaygroundService service;
    private final PathStream<Integer> stream;
    private final Consumer<LabState> onStateChange;
    private final Consumer<String> showLessonSection;
    private Consumer<LabState> onRun = state -> {};

    private final ServerHtml heading = new ServerHtml("h2");
    private final Select<Objective> functionSelect = new Select<>();
    private final NumberInput startX;
    private final NumberInput startY;
    private final NumberInput steps;
    private final NumberInput learningRate;
    private final NumberInput beta;
    private final NumberInput noise;
    private final NumberInput noiseSeed;
    private final RangeSlider learningRateSlider = new RangeSlider(SliderScales.LEARNING_RATE_MIN,
            SliderScales.LEARNING_RATE_MAX, SliderScales.LEARNING_RATE_STEP);
    private final RangeSlider betaSlider = new RangeSlider("0", "0.99", "0.01");
    /** The slider whose move is being handled: it shows the learner's position already. */
    private RangeSlider sliderInHand;
    private final CheckboxGroup<OptimizerKind> compare = new CheckboxGroup<>();
    private final Div compareRows = new Div();
    private final Map<OptimizerKind, HyperInputs> compareInputs = new EnumMap<>(OptimizerKind.class);
    private final Button run = new Button();
    private final Button pause = new Button();
    private final Button stepButton = new Button();
    private final Button reset = new Button();
    private final Select<Integer> speed = new Select<>();
    private final Button copyLink = new Button();
    private final LiveText status = new LiveText();
    /** After a divergence: to the lesson section that explains it. */
    private final Button why = new Button();
    private final ApexChart chart = new ApexChart();
    private final Legend legend = new Legend();
    private final Readout readout = new Readout();
    private final Select<OptimizerKind> detailFor = new Select<>();
    private final ServerHtml lossHeading = new ServerHtml("h3");
    private final ApexChart lossChart = new ApexChart();
    private final ServerHtml tableHeading = new ServerHtml("h3");
    private final IterateTable table = new IterateTable();
    private final Anchor csv;
    private final StabilityMapPanel stabilityMap;

    private Objective function;
    private LabState state;
    private List<Run> runs = List.of();
    private final Playback playback = new Playback();
    private boolean updatingFields;
    /** The optimizers offered by {@link #detailFor}, and whether the panel is setting them (not the learner). */
    private List<OptimizerKind> detailChoices = List.of();
    private boolean choosingDetail;
    private List<Message> statusMessages = List.of(new Message("status.ready"));

    /**
     * @param onStateChange     told every new state (the page writes it into the address bar)
     * @param showLessonSection scrolls the lesson to the section with this anchor
     */
    public LabPanel(PlaygroundService service, StreamScheduler scheduler, Consumer<LabState> onStateChange,
             Consumer<String> showLessonSection) {
        this.service = service;
        this.stream = new PathStream<>(scheduler);
        this.onStateChange = onStateChange;
        this.showLessonSection = showLessonSection;
        this.function = service.defaultFunction();
        this.state = LabState.defaults(function);

        functionSelect.setId("field-function");
        functionSelect.setItemLabelGenerator(f -> getTranslation("function." + f.key()));
        functionSelect.setItems(service.functions());
        functionSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                changeFunction(e.getValue());
            }
        });
        startX = new NumberInput("field.x0.label", () -> startHelper(true), text -> LabRules.startX(text, function.window()));
        startY = new NumberInput("field.y0.label", () -> startHelper(false), text -> LabRules.startY(text, function.window()));
        steps = new NumberInput("field.steps.label",
                () -> getTranslation("field.steps.helper", Numbers.exact(LabRules.MAX_STEPS)), LabRules::steps);
        learningRate = new NumberInput(Hyper.LEARNING_RATE.labelKey(), () -> getTranslation(Hyper.LEARNING_RATE.helperKey()),
                Hyper.LEARNING_RATE::read);
        beta = new NumberInput(Hyper.MOMENTUM.labelKey(), () -> getTranslation(Hyper.MOMENTUM.helperKey()), Hyper.MOMENTUM::read);
        noise = new NumberInput("field.noise.label",
                () -> getTranslation("field.noise.helper", Numbers.exact(LabRules.MAX_NOISE)), LabRules::noise);
        noiseSeed = new NumberInput("field.seed.label",
                () -> getTranslation("field.seed.helper", Long.toString(LabRules.MAX_SEED)), LabRules::seed);
        noise.setId("field-noise");
        noiseSeed.setId("field-seed");
        startX.setId("field-x0");
        startY.setId("field-y0");
        steps.setId("field-steps");
        learningRate.setId("field-lr");
        beta.setId("field-beta");
        for (NumberInput input : List.of(startX, startY, steps, learningRate, beta, noise, noiseSeed)) {
            input.addValueChangeListener(e -> fieldsChanged());
        }
        learningRateSlider.setId("slider-lr");
        learningRateSlider.addValueListener(SLIDER_THROTTLE_MILLIS, position ->
                SliderScales.learningRateAt(position).ifPresent(a -> movedBy(learningRateSlider, () -> learningRate.show(a))));
        betaSlider.setId("slider-beta");
        betaSlider.addValueListener(SLIDER_THROTTLE_MILLIS, position -> {
            if (LabRules.beta(position) instanceof com.momentumlab.base.input.ParsedNumber.Valid valid) {
                movedBy(betaSlider, () -> beta.show(valid.value()));
            }
        });

        compare.setId("field-compare");
        compare.setItems(OptimizerKind.comparable());
        compare.setItemLabelGenerator(kind -> getTranslation("optimizer." + kind.key()));
        compare.addValueChangeListener(e -> {
            if (!updatingFields) { // show() puts the rows in order itself
                showCompareRows(e.getValue(), state);
                fieldsChanged();
            }
        });
        compareRows.addClassName("ml-compare-rows");

        run.setId("run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> runFromStart());
        pause.setId("pause");
        pause.addClickListener(e -> togglePause());
        stepButton.setId("step");
        stepButton.addClickListener(e -> stepOnce());
        reset.setId("reset");
        reset.addClickListener(e -> resetToStart());
        speed.setId("field-speed");
        speed.setItemLabelGenerator(s -> getTranslation("speed." + s));
        speed.setItems(IntStream.rangeClosed(1, LabRules.MAX_SPEED).boxed().toList());
        speed.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                update(state.withSpeed(e.getValue()), false);
            }
        });
        copyLink.setId("copy-link");
        copyLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copyLink.addClickListener(e -> copyLink());

        status.setId("status");
        status.getElement().setAttribute("role", "status");
        why.setId("status-why");
        why.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        why.addClickListener(e -> showLessonSection.accept(CONVERGENCE_SECTION));
        why.setVisible(false);
        chart.setId("chart");
        chart.addClassName("ml-chart");
        chart.addHandleMovedListener(HANDLE_THROTTLE_MILLIS, this::startPicked);
        detailFor.setId("field-detail");
        detailFor.setItemLabelGenerator(kind -> getTranslation("optimizer." + kind.key()));
        detailFor.addValueChangeListener(e -> {
            if (!choosingDetail) {
                showCursor();
            }
        });
        lossChart.setId("loss-chart");
        lossChart.addClassName("ml-loss-chart");
        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = RunCsv.write(runs).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "momentum-lab-" + state.functionKey() + ".csv",
                    "text/csv", bytes.length);
        }), "");
        csv.setId("csv");
        stabilityMap = new StabilityMapPanel(function, state.learningRate(), state.beta(), (alpha, momentum) -> {
            learningRate.show(alpha);
            beta.show(momentum);
            fieldsChanged();
        });

        Div where = new Div(functionSelect, startX, startY, steps);
        where.addClassName("ml-controls");
        Div momentum = new Div(labelled(learningRate, learningRateSlider), labelled(beta, betaSlider));
        momentum.addClassName("ml-controls");
        Div noisy = new Div(noise, noiseSeed);
        noisy.addClassName("ml-controls");
        Div playback = new Div(run, pause, stepButton, reset, speed, copyLink);
        playback.addClassName("ml-controls");
        playback.addClassName("ml-playback");
        Div details = new Div(readout);
        details.addClassName("ml-details");
        // The chart is the figure; the controls stand beside it on a wide screen and right under it on a phone,
        // Run and α, β first; the other views are tabs under the chart (see the theme's "lab" section).
        Div figure = new Div(chart, legend, status, why);
        figure.addClassName("ml-lab-figure");
        Div controls = new Div(playback, momentum, where, compare, compareRows, noisy);
        controls.addClassName("ml-lab-controls");
        // the readout, loss curve and table all follow the optimizer chosen here
        LabViews views = new LabViews(detailFor, List.of(new LabViews.View("details", details),
                new LabViews.View("loss", lossHeading, lossChart), new LabViews.View("table", tableHeading, table, csv),
                new LabViews.View("stability", stabilityMap)));
        heading.addClassName("ml-visually-hidden");
        addClassName("ml-lab");
        add(heading, figure, controls, views);
        show(state);
    }

    private static Div labelled(NumberInput input, RangeSlider slider) {
        Div pair = new Div(input, slider);
        pair.addClassName("ml-slider-pair");
        return pair;
    }

    private String startHelper(boolean x) {
        Window w = function.window();
        return x ? getTranslation("field.start.helper", Numbers.exact(w.xMin()), Numbers.exact(w.xMax()))
                : getTranslation("field.start.helper", Numbers.exact(w.yMin()), Numbers.exact(w.yMax()));
    }

    // ---- state in, state out

    /** Shows {@code next} in every control and its complete runs on the chart (a link being opened). */
    public void apply(LabState next) {
        stream.cancel();
        show(next);
    }

    /** Shows {@code next} and draws it step by step (a preset from the lesson). */
    public void applyAndRun(LabState next) {
        apply(next);
        runFromStart();
    }

    /** Tells {@code listener} the state each time a run starts being drawn (Run, a preset, the first visit). */
    public void onRun(Consumer<LabState> listener) {
        this.onRun = listener;
    }

    /** The values in the controls, if every field is valid (an invalid field shows why); nothing runs. */
    public Optional<LabState> currentState() {
        return readFields();
    }

    private void show(LabState next) {
        Objective nextFunction = service.function(next.functionKey()).orElse(function);
        boolean functionChanged = !nextFunction.key().equals(function.key()) || runs.isEmpty();
        function = nextFunction;
        updatingFields = true;
        try {
            functionSelect.setValue(function);
            startX.show(next.start().x());
            startY.show(next.start().y());
            steps.show(next.steps());
            learningRate.show(next.learningRate());
            beta.show(next.beta());
            noise.show(next.noise().sigma());
            noiseSeed.show(next.noise().seed());
            compare.setValue(next.compared());
            compareInputs.forEach((kind, inputs) -> inputs.show(next.hypers().get(kind), next.form(kind)));
            showCompareRows(next.compared(), next);
            speed.setValue(next.speed());
        } finally {
            updatingFields = false;
        }
        if (functionChanged) {
            startX.refreshTexts();
            startY.refreshTexts();
            if (stabilityMap != null) {
                stabilityMap.showFunction(function, next.learningRate(), next.beta());
            }
            if (isAttached()) {
                showContours();
                chart.setAccessibleLabel(getTranslation("chart.label", getTranslation("function." + function.key())));
            }
        }
        update(next, true);
    }

    /** Reads every control; empty if a field is invalid (it shows why). */
    private Optional<LabState> readFields() {
        OptionalDouble x = startX.read();
        OptionalDouble y = startY.read();
        OptionalDouble n = steps.read();
        OptionalDouble a = learningRate.read();
        OptionalDouble b = beta.read();
        OptionalDouble sigma = noise.read();
        OptionalDouble seed = noiseSeed.read();
        LabState next = state;
        boolean valid = x.isPresent() && y.isPresent() && n.isPresent() && a.isPresent() && b.isPresent()
                && sigma.isPresent() && seed.isPresent();
        if (valid) {
            next = next.withStart(new Vec2(x.getAsDouble(), y.getAsDouble())).withSteps((int) n.getAsDouble())
                    .withHypers(OptimizerKind.MOMENTUM, Hyperparameters.momentum(a.getAsDouble(), b.getAsDouble()))
                    .withNoise(new GradientNoise(sigma.getAsDouble(), (long) seed.getAsDouble()));
        }
        Set<OptimizerKind> compared = EnumSet.noneOf(OptimizerKind.class);
        compared.addAll(compare.getValue());
        for (OptimizerKind kind : compared) {
            Optional<Hyperparameters> values = compareInputs.get(kind).read();
            valid &= values.isPresent();
            if (values.isPresent()) {
                next = next.withHypers(kind, values.get());
            }
            if (!kind.forms().isEmpty()) {
                next = next.withForm(kind, compareInputs.get(kind).form());
            }
        }
        return valid ? Optional.of(next.withCompared(compared)) : Optional.empty();
    }

    /**
     * Shows the fields of the compared optimizers and hides the others'. A row is made the first time its
     * optimizer is compared, with the values of {@code values}: most learners never compare, and every field
     * costs the server memory in each tab. A hidden row keeps what was typed in it.
     */
    private void showCompareRows(Set<OptimizerKind> compared, LabState values) {
        for (OptimizerKind kind : OptimizerKind.comparable()) {
            HyperInputs inputs = compareInputs.get(kind);
            if (inputs == null && compared.contains(kind)) {
                inputs = new HyperInputs(kind, values.hypers().get(kind), values.form(kind), this::fieldsChanged);
                int before = (int) compareInputs.keySet().stream().filter(k -> k.ordinal() < kind.ordinal()).count();
                compareRows.addComponentAtIndex(before, inputs);
                compareInputs.put(kind, inputs);
            }
            if (inputs != null) {
                inputs.setVisible(compared.contains(kind));
            }
        }
    }

    private void fieldsChanged() {
        if (updatingFields) {
            return;
        }
        readFields().ifPresentOrElse(next -> update(next, false), () -> setStatus(new Message("status.invalid"), true));
    }

    private void changeFunction(Objective next) {
        stream.cancel();
        show(state.withFunction(next));
    }

    /**
     * A start picked on the chart (click, drag, arrow keys); the coordinates come from the browser. They are
     * rounded to the chart's resolution, so the field and the link read as a person would type them.
     */
    private void startPicked(double x, double y) {
        Vec2 picked = new Vec2(x, y);
        if (!picked.isFinite() || !function.window().contains(picked)) {
            return; // outside the plot: nothing to do (the chart only sends points inside it)
        }
        Vec2 start = function.window().roundPicked(picked);
        updatingFields = true;
        try {
            startX.show(start.x());
            startY.show(start.y());
        } finally {
            updatingFields = false;
        }
        fieldsChanged();
    }

    /** Shows a slider's new value in its field and runs it, leaving the slider where the learner holds it. */
    private void movedBy(RangeSlider slider, Runnable showInField) {
        sliderInHand = slider;
        try {
            showInField.run();
            fieldsChanged();
        } finally {
            sliderInHand = null;
        }
    }

    /** Recomputes the runs and shows them complete; the URL follows. */
    private void update(LabState next, boolean force) {
        boolean runsChanged = force || !sameRuns(next, state);
        state = next;
        if (sliderInHand != learningRateSlider) { // the learner's own position stays, even between two rounded α
            learningRateSlider.setValue(SliderScales.learningRatePosition(state.learningRate()));
        }
        if (sliderInHand != betaSlider) {
            betaSlider.setValue(Numbers.plain(state.beta()));
        }
        if (stabilityMap != null) {
            stabilityMap.show(state.learningRate(), state.beta());
        }
        if (runsChanged) {
            stream.cancel();
            runs = service.runs(state);
            chart.setHandle(state.start().x(), state.start().y(), true);
            legend.show(runs);
            lossChart.configure(lossOptions());
            lossChart.setLineSeries(service.lossSeries(runs));
            showDetailChoices();
            playback.showComplete(runs.stream().mapToInt(Run::lastStep).max().orElse(0),
                    runs.stream().anyMatch(r -> r.trajectory().divergedAt().isPresent()));
            showAt(playback.cursor());
            showPhase();
        }
        onStateChange.accept(state);
    }

    /**
     * Offers the optimizers of the runs for details, keeping the choice if it is still shown. Only a change of
     * optimizers touches the select (a new β must not send its items again), and the select's own events wait:
     * the caller shows the cursor once, afterwards.
     */
    private void showDetailChoices() {
        List<OptimizerKind> kinds = runs.stream().map(Run::kind).toList();
        OptimizerKind selected = detailFor.getValue();
        OptimizerKind next = selected != null && kinds.contains(selected) ? selected : OptimizerKind.MOMENTUM;
        choosingDetail = true;
        try {
            if (!kinds.equals(detailChoices)) {
                detailChoices = kinds;
                detailFor.setItems(kinds);
            }
            if (next != detailFor.getValue()) {
                detailFor.setValue(next);
            }
        } finally {
            choosingDetail = false;
        }
    }

    private static boolean sameRuns(LabState a, LabState b) {
        return a.functionKey().equals(b.functionKey()) && a.start().equals(b.start()) && a.steps() == b.steps()
                && a.compared().equals(b.compared()) && a.hypers().equals(b.hypers()) && a.noise().equals(b.noise())
                && a.bookForms().equals(b.bookForms());
    }

    // ---- playback

    private int lastStep() {
        return playback.lastStep();
    }

    /** Draws every run up to step {@code t} at once. */
    private void showAt(int t) {
        chart.setOverlays(runs.stream().map(run -> new OverlayPath(run.kind().key(), run.kind().color(),
                getTranslation("optimizer." + run.kind().key()), points(run, 0, t))).toList());
        showCursor();
    }

    /** Run: the values in the fields, drawn again from step 0. */
    private void runFromStart() {
        Optional<LabState> next = readFields();
        if (next.isEmpty()) {
            setStatus(new Message("status.invalid"), true);
            return;
        }
        update(next.get(), false);
        stream.cancel();
        onRun.accept(state);
        if (playback.start()) {
            showAt(0);
            streamToTheEnd();
        } else {
            showPhase();
        }
    }

    /** Streams the runs from the step after the cursor to the end. */
    private void streamToTheEnd() {
        List<Integer> ahead = IntStream.rangeClosed(playback.cursor() + 1, lastStep()).boxed().toList();
        StreamPacing pacing = service.pacing(state.speed());
        boolean started = stream.start(UI.getCurrent(), ahead, pacing.batchSize(), pacing.periodMillis(),
                batch -> advanceTo(batch.get(batch.size() - 1)), this::showPhase);
        if (started) {
            showPhase();
        } else {
            // The server's cap on runs drawn at once: the complete run is shown instead of being drawn.
            playback.skipToEnd();
            showAt(playback.cursor());
            showPhase();
            setStatus(new Message("status.busy"), true);
        }
    }

    /** Appends the points after the cursor up to step {@code t} (only the new ones travel to the browser). */
    private void advanceTo(int t) {
        if (!playback.isRunning()) {
            return;
        }
        int from = playback.cursor();
        playback.advanceTo(t);
        appendPoints(from, t);
    }

    private void appendPoints(int from, int to) {
        Map<String, List<double[]>> added = new LinkedHashMap<>();
        for (Run run : runs) {
            List<double[]> points = points(run, from + 1, to);
            if (!points.isEmpty()) {
                added.put(run.kind().key(), points);
            }
        }
        Run selected = selectedRun();
        chart.appendOverlayPoints(added, selected == null ? List.of() : StepArrows.at(selected, to));
        showDetails(selected);
    }

    private void togglePause() {
        if (playback.canPause()) {
            stream.cancel();
            playback.pause();
            showPhase();
        } else if (playback.canResume()) {
            playback.resume();
            streamToTheEnd();
        }
    }

    private void stepOnce() {
        if (!playback.canStep()) {
            return;
        }
        stream.cancel();
        int from = playback.cursor();
        playback.step();
        appendPoints(from, playback.cursor());
        showPhase();
    }

    private void resetToStart() {
        if (!playback.canRewind()) {
            return;
        }
        stream.cancel();
        playback.rewind();
        showAt(0);
        showPhase();
    }

    /** The status and the playback buttons, as the playback's phase says. */
    private void showPhase() {
        switch (playback.phase()) {
            case READY, PAUSED -> setStatus(new Message("status.paused", Integer.toString(playback.cursor()),
                    Integer.toString(lastStep())), false);
            // Said once per run: the status is a live region, and the readout already shows the step reached.
            case RUNNING -> setStatus(withNoiseNote(List.of(new Message("status.running", Integer.toString(lastStep())))),
                    false);
            case DONE -> setStatus(withNoiseNote(List.of(new Message("status.done", Integer.toString(lastStep())))), false);
            case DIVERGED -> setStatus(withNoiseNote(divergences()), true);
        }
        why.setVisible(playback.phase() == Playback.Phase.DIVERGED);
        updatePlaybackButtons();
    }

    private void updatePlaybackButtons() {
        pause.setText(getTranslation(playback.canResume() ? "button.resume" : "button.pause"));
        pause.setEnabled(playback.canPauseOrResume());
        stepButton.setEnabled(playback.canStep());
        reset.setEnabled(playback.canRewind());
    }

    private static List<double[]> points(Run run, int from, int to) {
        List<double[]> points = new ArrayList<>();
        for (int t = from; t <= Math.min(to, run.lastStep()); t++) {
            Vec2 theta = run.stepAt(t).theta();
            points.add(new double[] {theta.x(), theta.y()});
        }
        return points;
    }

    /** Readout, arrows, loss chart and table follow the cursor for the optimizer chosen for details. */
    private void showCursor() {
        Run selected = selectedRun();
        if (selected != null) {
            chart.setArrows(StepArrows.at(selected, playback.cursor()));
            showDetails(selected);
        }
    }

    /** The readout, the loss chart's reveal and the table, at the cursor. */
    private void showDetails(Run selected) {
        if (selected == null) {
            return;
        }
        int cursor = playback.cursor();
        readout.show(selected.stepAt(cursor));
        lossChart.setVisibleXMax(cursor);
        table.show(selected, cursor);
    }

    private Run selectedRun() {
        OptimizerKind kind = detailFor.getValue();
        return runs.stream().filter(r -> r.kind() == kind).findFirst().orElse(runs.isEmpty() ? null : runs.get(0));
    }

    // ---- status

    /** For each run that diverged, where and why. */
    private List<Message> divergences() {
        List<Message> messages = new ArrayList<>();
        for (Run run : runs) {
            run.trajectory().divergedAt().ifPresent(t -> messages.add(divergence(run, t)));
        }
        return messages;
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

    private void setStatus(Message message, boolean error) {
        setStatus(List.of(message), error);
    }

    private void setStatus(List<Message> messages, boolean error) {
        statusMessages = messages;
        status.setText(statusText());
        status.setClassName("ml-status-error", error);
    }

    private String statusText() {
        return String.join(" ", statusMessages.stream().map(m -> m.translate(this)).toList());
    }

    private void copyLink() {
        getUI().ifPresent(ui -> ui.getPage()
                .executeJs("return navigator.clipboard.writeText(location.href).then(() => true, () => false)")
                .then(Boolean.class, copied -> Notification.show(
                        getTranslation(Boolean.TRUE.equals(copied) ? "link.copied" : "link.copyFailed"),
                        4000, Notification.Position.BOTTOM_CENTER)));
    }

    // ---- lifecycle

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        showContours();
        lossChart.configure(lossOptions());
        if (attachEvent.isInitialAttach()) {
            runFromStart();
        }
    }

    private com.momentumlab.chart.ChartOptions lossOptions() {
        return ChartSetup.lossChart(lastStep(), service.lossRange(runs), runs.stream().map(r -> r.kind().color()).toList(),
                getTranslation("loss.axis.step"), getTranslation("loss.axis.value"));
    }

    private void showContours() {
        ContourPicture contours = service.contours(function);
        chart.configure(ChartSetup.contourChart(function, contours.colors(), this::getTranslation));
        chart.loadPolylineSeries(contours.url());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // A closed tab must leave nothing running.
        stream.cancel();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("lab.heading"));
        functionSelect.setLabel(getTranslation("field.function.label"));
        functionSelect.setItemLabelGenerator(f -> getTranslation("function." + f.key()));
        learningRateSlider.setAccessibleName(getTranslation("slider.lr"));
        betaSlider.setAccessibleName(getTranslation("slider.beta"));
        compare.setLabel(getTranslation("field.compare.label"));
        compare.setItemLabelGenerator(kind -> getTranslation("optimizer." + kind.key()));
        run.setText(getTranslation("button.run"));
        run.setTooltipText(getTranslation("button.run.tooltip"));
        stepButton.setText(getTranslation("button.step"));
        reset.setText(getTranslation("button.reset"));
        why.setText(getTranslation("status.why"));
        speed.setLabel(getTranslation("field.speed.label"));
        speed.setItemLabelGenerator(s -> getTranslation("speed." + s));
        copyLink.setText(getTranslation("button.copyLink"));
        chart.setAccessibleLabel(getTranslation("chart.label", getTranslation("function." + function.key())));
        if (isAttached()) {
            showContours(); // the axis titles
        }
        detailFor.setLabel(getTranslation("field.detail.label"));
        detailFor.setItemLabelGenerator(kind -> getTranslation("optimizer." + kind.key()));
        lossHeading.setText(getTranslation("loss.heading"));
        lossChart.setAccessibleLabel(getTranslation("loss.label"));
        tableHeading.setText(getTranslation("table.heading"));
        ServerHtml.showEscapedText(csv.getElement(), getTranslation("table.csv"));
        status.setText(statusText());
        updatePlaybackButtons();
        lossChart.configure(lossOptions());
        legend.retranslate();
    }
}
