package com.momentumlab.playground.ui;

import com.momentumlab.base.ui.ServerHtml;
import com.momentumlab.playground.LabModel;
import com.momentumlab.playground.LabState;
import com.momentumlab.playground.LabTab;
import com.momentumlab.playground.OptimizerKind;
import com.momentumlab.playground.PlaygroundService;
import com.momentumlab.playground.StreamScheduler;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The lab: puts its views together around one {@link LabModel}. The chart is the figure, the controls stand
 * beside it on a wide screen and right under it on a phone (Run and α, β first), and the other views are tabs
 * under the chart (see the theme's "lab" section). Each view shows what the model says and sends it what the
 * learner does; this class only lays them out and connects the page.
 */
public class LabPanel extends Div implements LocaleChangeObserver {

    static final String MOMENTUM_PATH = OptimizerKind.MOMENTUM.key();

    private final LabModel model;
    private final ServerHtml heading = new ServerHtml("h2");

    /**
     * @param onStateChange     told every new state, and the state again when a run starts (the page writes it
     *                          into the address bar)
     * @param showLessonSection scrolls the lesson to the section with this anchor
     */
    public LabPanel(PlaygroundService service, StreamScheduler scheduler, Consumer<LabState> onStateChange,
             Consumer<String> showLessonSection) {
        model = new LabModel(service, new UiStepStream(scheduler));
        ChartView chart = new ChartView(model, service);
        StatusLine status = new StatusLine(model, showLessonSection);
        Div figure = new Div(chart, chart.legend(), status, status.why());
        figure.addClassName("ml-lab-figure");

        CompareControls compare = new CompareControls(model);
        Div controls = new Div(new PlaybackBar(model), new MomentumControls(model),
                new StartControls(model, service.functions()), compare, compare.rows(), new NoiseControls(model));
        controls.addClassName("ml-lab-controls");

        Map<LabTab, TabPanel> panels = new LinkedHashMap<>();
        panels.put(LabTab.DETAILS, new StepDetailsPanel(model));
        panels.put(LabTab.LOSS, new LossPanel(model, service));
        panels.put(LabTab.TABLE, new IteratesPanel(model));
        panels.put(LabTab.STABILITY, new StabilityPanel(model));
        // the readout, loss curve and table all follow the optimizer chosen above them
        LabViews views = new LabViews(model, new DetailChoice(model), panels);

        model.addListener(new LabModel.Listener() {
            @Override
            public void stateChanged(LabState state, LabModel.Change change) {
                onStateChange.accept(state);
            }

            @Override
            public void runStarted(LabState state) {
                onStateChange.accept(state); // the first visit's run writes the link into the address bar
            }
        });
        heading.addClassName("ml-visually-hidden");
        addClassName("ml-lab");
        add(heading, figure, controls, views);
    }

    /** Shows {@code next} in every control and its complete runs on the chart (a link being opened). */
    public void apply(LabState next) {
        model.apply(next);
    }

    /** Shows {@code next} and draws it step by step (a preset from the lesson). */
    public void applyAndRun(LabState next) {
        model.apply(next);
        model.run();
    }

    /** Tells {@code listener} the state each time a run starts being drawn (Run, a preset, the first visit). */
    public void onRun(Consumer<LabState> listener) {
        model.addListener(new LabModel.Listener() {
            @Override
            public void runStarted(LabState state) {
                listener.accept(state);
            }
        });
    }

    /** The lab's values, unless an input holds a bad one (it shows why); nothing runs. */
    public Optional<LabState> currentState() {
        return model.hasInvalidInputs() ? Optional.empty() : Optional.of(model.state());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (attachEvent.isInitialAttach()) {
            model.run();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        model.stop(); // a closed tab must leave nothing running
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("lab.heading"));
    }
}
