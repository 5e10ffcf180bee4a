package com.momentumlab.playground.ui;

import com.momentumlab.base.input.Numbers;
import com.momentumlab.chart.ApexChart;
import com.momentumlab.chart.OverlayPath;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.function.Window;
import com.momentumlab.numerics.optim.Step;
import com.momentumlab.numerics.optim.Trajectory;
import com.momentumlab.playground.ContourPicture;
import com.momentumlab.playground.LabRules;
import com.momentumlab.playground.LabState;
import com.momentumlab.playground.PathStream;
import com.momentumlab.playground.PlaygroundService;
import com.momentumlab.playground.StreamPacing;
import com.momentumlab.playground.StreamScheduler;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The lab: the controls, the contour chart with the streamed path, the status line and the readout. The
 * numbers come from {@link PlaygroundService}; this class only wires them to components.
 */
class LabPanel extends Div implements LocaleChangeObserver {

    static final String MOMENTUM_PATH = "momentum";
    /** Vermillion from the Okabe–Ito palette: readable for colour-blind learners on the viridis contours. */
    static final String MOMENTUM_COLOR = "#D55E00";

    private final PlaygroundService service;
    private final PathStream<Step> stream;
    private final Objective function;

    private final H2 heading = new H2();
    private final NumberInput learningRate;
    private final NumberInput beta;
    private final NumberInput startX;
    private final NumberInput startY;
    private final NumberInput steps;
    private final Button run = new Button();
    private final Span status = new Span();
    private final ApexChart chart = new ApexChart();
    private final Readout readout = new Readout();

    private Message statusMessage = new Message("status.ready");

    LabPanel(PlaygroundService service, StreamScheduler scheduler) {
        this.service = service;
        this.stream = new PathStream<>(scheduler);
        this.function = service.defaultFunction();
        Window window = function.window();
        learningRate = new NumberInput("field.lr.label", () -> getTranslation("field.lr.helper"), LabRules::learningRate);
        beta = new NumberInput("field.beta.label", () -> getTranslation("field.beta.helper"), LabRules::beta);
        startX = new NumberInput("field.x0.label",
                () -> getTranslation("field.start.helper", Numbers.exact(window.xMin()), Numbers.exact(window.xMax())),
                text -> LabRules.startX(text, window));
        startY = new NumberInput("field.y0.label",
                () -> getTranslation("field.start.helper", Numbers.exact(window.yMin()), Numbers.exact(window.yMax())),
                text -> LabRules.startY(text, window));
        steps = new NumberInput("field.steps.label",
                () -> getTranslation("field.steps.helper", Numbers.exact(LabRules.MAX_STEPS)), LabRules::steps);
        learningRate.setId("field-lr");
        beta.setId("field-beta");
        startX.setId("field-x0");
        startY.setId("field-y0");
        steps.setId("field-steps");
        show(LabState.defaults(function));

        run.setId("run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> run());
        run.addClickShortcut(Key.ENTER);

        status.setId("status");
        status.getElement().setAttribute("role", "status");
        chart.setId("chart");
        chart.addClassName("ml-chart");

        Div controls = new Div(learningRate, beta, startX, startY, steps, run);
        controls.addClassName("ml-controls");
        addClassName("ml-lab");
        add(heading, controls, status, chart, readout);
    }

    /** Shows {@code state} in the controls and runs it (for example from a preset in the lesson). */
    void apply(LabState state) {
        show(state);
        run();
    }

    /**
     * The valid values now in the fields, without running them; empty, with the problems shown next to the
     * fields, while any value is invalid.
     */
    Optional<LabState> currentState() {
        OptionalDouble a = learningRate.read();
        OptionalDouble b = beta.read();
        OptionalDouble x = startX.read();
        OptionalDouble y = startY.read();
        OptionalDouble n = steps.read();
        if (a.isEmpty() || b.isEmpty() || x.isEmpty() || y.isEmpty() || n.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LabState(function.key(), a.getAsDouble(), b.getAsDouble(),
                new Vec2(x.getAsDouble(), y.getAsDouble()), (int) n.getAsDouble()));
    }

    private void show(LabState state) {
        learningRate.show(state.learningRate());
        beta.show(state.beta());
        startX.show(state.start().x());
        startY.show(state.start().y());
        steps.show(state.steps());
    }

    /** Reads every field; if all are valid, computes the run and streams it onto the chart. */
    void run() {
        OptionalDouble a = learningRate.read();
        OptionalDouble b = beta.read();
        OptionalDouble x = startX.read();
        OptionalDouble y = startY.read();
        OptionalDouble n = steps.read();
        if (a.isEmpty() || b.isEmpty() || x.isEmpty() || y.isEmpty() || n.isEmpty()) {
            setStatus(new Message("status.invalid"), true);
            return;
        }
        LabState state = new LabState(function.key(), a.getAsDouble(), b.getAsDouble(),
                new Vec2(x.getAsDouble(), y.getAsDouble()), (int) n.getAsDouble());
        Trajectory trajectory = service.run(state);
        chart.setOverlays(List.of(OverlayPath.empty(MOMENTUM_PATH, MOMENTUM_COLOR, getTranslation("chart.path.momentum"))));
        readout.clear();
        int lastStep = trajectory.last().t();
        StreamPacing pacing = service.pacing(trajectory.steps().size());
        setStatus(new Message("status.running", "0", Integer.toString(lastStep)), false);
        stream.start(UI.getCurrent(), trajectory.steps(), pacing.batchSize(), pacing.periodMillis(),
                batch -> showBatch(batch, lastStep),
                () -> finish(trajectory));
    }

    private void showBatch(List<Step> batch, int lastStep) {
        chart.appendOverlayPoints(MOMENTUM_PATH,
                batch.stream().map(s -> new double[] {s.theta().x(), s.theta().y()}).toList());
        Step latest = batch.get(batch.size() - 1);
        readout.show(latest);
        setStatus(new Message("status.running", Integer.toString(latest.t()), Integer.toString(lastStep)), false);
    }

    private void finish(Trajectory trajectory) {
        if (trajectory.diverged()) {
            setStatus(new Message("status.diverged", Integer.toString(trajectory.divergedAt().getAsInt())), true);
        } else {
            setStatus(new Message("status.done", Integer.toString(trajectory.last().t())), false);
        }
    }

    private void setStatus(Message message, boolean error) {
        statusMessage = message;
        status.setText(message.translate(this));
        status.setClassName("ml-status-error", error);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ContourPicture contours = service.contours(function);
        chart.configure(ChartSetup.contourChart(function.window(), contours.colors()));
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
        run.setText(getTranslation("button.run"));
        run.setTooltipText(getTranslation("button.run.tooltip"));
        chart.setAccessibleLabel(getTranslation("chart.label"));
        status.setText(statusMessage.translate(this));
    }
}
