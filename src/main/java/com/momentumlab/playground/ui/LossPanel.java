package com.momentumlab.playground.ui;

import com.momentumlab.base.ui.ServerHtml;
import com.momentumlab.chart.ApexChart;
import com.momentumlab.chart.ChartOptions;
import com.momentumlab.playground.LabModel;
import com.momentumlab.playground.LabState;
import com.momentumlab.playground.PlaygroundService;
import com.momentumlab.playground.Run;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.List;

/** The loss of every run against the step, revealed up to the step shown. */
final class LossPanel extends TabPanel implements LocaleChangeObserver {

    private final PlaygroundService service;
    private final ServerHtml heading = new ServerHtml("h3");
    private final ApexChart chart = new ApexChart();
    /** The runs whose curves the chart has (the model's list; a new one means new runs). */
    private List<Run> runsShown;

    LossPanel(LabModel model, PlaygroundService service) {
        super(model);
        this.service = service;
        chart.setId("loss-chart");
        chart.addClassName("ml-loss-chart");
        add(heading, chart);
        model.addListener(this);
    }

    @Override
    protected void showState(LabState state, LabModel.Change change) {
        if (change != LabModel.Change.SETTINGS) {
            showRuns();
        }
    }

    @Override
    protected void showCursor(LabModel.CursorMove move) {
        chart.setVisibleXMax(move.to());
    }

    @Override
    protected void catchUp() {
        if (model.runs() != runsShown) {
            showRuns();
        }
        chart.setVisibleXMax(model.cursor());
    }

    private void showRuns() {
        runsShown = model.runs();
        chart.configure(options());
        chart.setLineSeries(service.lossSeries(runsShown));
    }

    private ChartOptions options() {
        return ChartSetup.lossChart(model.lastStep(), service.lossRange(model.runs()),
                model.runs().stream().map(r -> r.kind().color()).toList(),
                getTranslation("loss.axis.step"), getTranslation("loss.axis.value"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        chart.configure(options());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("loss.heading"));
        chart.setAccessibleLabel(getTranslation("loss.label"));
        chart.configure(options());
    }
}
