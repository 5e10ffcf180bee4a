package com.momentumlab.playground.ui;

import com.momentumlab.chart.ApexChart;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.playground.ContourPicture;
import com.momentumlab.playground.LabModel;
import com.momentumlab.playground.LabState;
import com.momentumlab.playground.PlaygroundService;
import com.momentumlab.playground.Run;
import com.momentumlab.playground.StepArrows;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figure: the function's contours, every optimizer's path up to the step shown, the arrows of that step, the
 * start handle (click, drag or arrow keys pick a new start) and the legend under it.
 */
final class ChartView extends Composite<ApexChart> implements LabModel.Listener, LocaleChangeObserver {

    private static final int HANDLE_THROTTLE_MILLIS = 80;

    private final LabModel model;
    private final PlaygroundService service;
    private final Legend legend = new Legend();
    /** Where the start handle was put last (runs on the same start leave it where it is). */
    private Vec2 handleShown;

    ChartView(LabModel model, PlaygroundService service) {
        this.model = model;
        this.service = service;
        ApexChart chart = getContent();
        chart.setId("chart");
        chart.addClassName("ml-chart");
        chart.addHandleMovedListener(HANDLE_THROTTLE_MILLIS, model::pickStart);
        model.addListener(this);
    }

    Legend legend() {
        return legend;
    }

    @Override
    public void stateChanged(LabState state, LabModel.Change change) {
        if (change == LabModel.Change.SETTINGS) {
            return;
        }
        if (change == LabModel.Change.FUNCTION && isAttached()) {
            showContours();
        }
        if (change == LabModel.Change.FUNCTION || !state.start().equals(handleShown)) {
            handleShown = state.start();
            getContent().setHandle(handleShown.x(), handleShown.y(), true);
        }
        legend.show(model.runs());
    }

    @Override
    public void cursorMoved(LabModel.CursorMove move) {
        Run detail = model.detailRun();
        if (move.redraws()) {
            getContent().setOverlays(DrawnPaths.upTo(model.runs(), move.to(), getLocale(),
                    run -> getTranslation("optimizer." + run.kind().key())));
            getContent().setArrows(StepArrows.at(detail, move.to()));
        } else if (move.to() > move.from()) {
            // Only the new points travel to the browser.
            Map<String, List<double[]>> added = new LinkedHashMap<>();
            for (Run run : model.runs()) {
                List<double[]> points = DrawnPaths.points(run, move.from() + 1, move.to());
                if (!points.isEmpty()) {
                    added.put(run.kind().key(), points);
                }
            }
            getContent().appendOverlayPoints(added, StepArrows.at(detail, move.to()));
        } else {
            getContent().setArrows(StepArrows.at(detail, move.to()));
        }
    }

    private void showContours() {
        ContourPicture contours = service.contours(model.function());
        getContent().configure(ChartSetup.contourChart(model.function(), contours.colors(), this::getTranslation));
        getContent().loadPolylineSeries(contours.url());
        getContent().setAccessibleLabel(getTranslation("chart.label",
                getTranslation("function." + model.function().key())));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        showContours();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (isAttached()) {
            showContours(); // the axis titles
        }
        legend.retranslate();
    }
}
