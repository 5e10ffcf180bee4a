package com.momentumlab.playground.ui;

import com.momentumlab.base.i18n.TranslationProvider;
import com.momentumlab.base.input.Numbers;
import com.momentumlab.base.ui.LanguageSwitch;
import com.momentumlab.chart.ApexChart;
import com.momentumlab.chart.OverlayPath;
import com.momentumlab.lesson.ui.Introduction;
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
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The page: the introduction on one side, the lab on the other (controls, contour chart, readout). The view
 * only wires state to components; the numbers come from {@link PlaygroundService}.
 */
@Route("")
class PlaygroundView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final String MOMENTUM_PATH = "momentum";
    /** Vermillion from the Okabe–Ito palette: readable for colour-blind learners on the viridis contours. */
    static final String MOMENTUM_COLOR = "#D55E00";

    private final PlaygroundService service;
    private final PathStream<Step> stream;
    private final Objective function;

    private final H1 title = new H1();
    private final Paragraph subtitle = new Paragraph();
    private final Span notice = new Span();
    private final H2 labHeading = new H2();
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
    private Message noticeMessage;
    private Map<String, List<String>> query = Map.of();

    PlaygroundView(PlaygroundService service, StreamScheduler scheduler) {
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
        notice.setId("notice");
        notice.getElement().setAttribute("role", "status");
        notice.addClassName("ml-notice");
        chart.setId("chart");
        chart.addClassName("ml-chart");

        addClassName("ml-page");
        Header header = new Header(new Div(title, subtitle), new LanguageSwitch(this::languageSwitched));
        header.addClassName("ml-header");

        Div controls = new Div(learningRate, beta, startX, startY, steps, run);
        controls.addClassName("ml-controls");
        Div lab = new Div(labHeading, controls, status, chart, readout);
        lab.addClassName("ml-lab");
        Div reading = new Div(new Introduction());
        reading.addClassName("ml-reading");
        Div columns = new Div(reading, lab);
        columns.addClassName("ml-columns");
        add(header, notice, columns);
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
    public void beforeEnter(BeforeEnterEvent event) {
        query = event.getLocation().getQueryParameters().getParameters();
        noticeMessage = null;
        List<String> lang = query.getOrDefault("lang", List.of());
        if (!lang.isEmpty()) {
            TranslationProvider.fromCode(lang.get(0)).ifPresentOrElse(
                    locale -> event.getUI().setLocale(locale),
                    () -> noticeMessage = new Message("notice.badLanguage", shorten(lang.get(0))));
        }
        showNotice();
    }

    private void showNotice() {
        notice.setText(noticeMessage == null ? "" : noticeMessage.translate(this));
        notice.setVisible(noticeMessage != null);
    }

    private static String shorten(String text) {
        return text.length() <= 12 ? text : text.substring(0, 12) + "…";
    }

    private void languageSwitched(Locale locale) {
        Map<String, List<String>> next = new HashMap<>(query);
        next.put("lang", List.of(locale.getLanguage()));
        query = next;
        noticeMessage = null;
        showNotice();
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("", new QueryParameters(next)));
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
        title.setText(getTranslation("app.title"));
        subtitle.setText(getTranslation("app.subtitle"));
        labHeading.setText(getTranslation("lab.heading"));
        run.setText(getTranslation("button.run"));
        run.setTooltipText(getTranslation("button.run.tooltip"));
        chart.setAccessibleLabel(getTranslation("chart.label"));
        status.setText(statusMessage.translate(this));
        showNotice();
        UI ui = event.getUI();
        ui.getPage().setTitle(getPageTitle());
        ui.getPage().executeJs("document.documentElement.lang = $0", event.getLocale().getLanguage());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }

    /** A translation key with its arguments, kept so the text can be re-translated on a language switch. */
    private record Message(String key, String... args) {
        String translate(Div component) {
            return component.getTranslation(key, (Object[]) args);
        }
    }
}
