package com.momentumlab.playground.ui;

import com.momentumlab.base.ui.ServerHtml;
import com.momentumlab.chart.ApexChart;
import com.momentumlab.chart.ChartOptions;
import com.momentumlab.playground.LabModel;
import com.momentumlab.playground.LabState;
import com.momentumlab.playground.PlaygroundService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/** The loss of every run against the step, revealed up to the step shown. */
final class LossPanel extends Div implements LabModel.Listener, LocaleChangeObserver {

    private final LabModel model;
    private final PlaygroundService service;
    private final ServerHtml heading = new ServerHtml("h3");
    private final ApexChart chart = new ApexChart();

    LossPanel(LabModel model, PlaygroundService service) {
        this.model = model;
        this.service = service;
        chart.setId("loss-chart");
        chart.addClassName("ml-loss-chart");
        add(heading, chart);
        model.addListener(this);
    }

    @Override
    public void stateChanged(LabState state, LabModel.Change change) {
        if (change != LabModel.Change.SETTINGS) {
            chart.configure(options());
            chart.setLineSeries(service.lossSeries(model.runs()));
        }
    }

    @Override
    public void cursorMoved(LabModel.CursorMove move) {
        chart.setVisibleXMax(move.to());
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
