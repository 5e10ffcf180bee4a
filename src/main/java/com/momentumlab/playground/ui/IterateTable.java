package com.momentumlab.playground.ui;

import com.momentumlab.base.input.Numbers;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.optim.Step;
import com.momentumlab.playground.Run;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every step of one optimizer up to the current one: t, θ, g, the momentum carry βv, the gradient step −αg,
 * their sum v and f(θ). A grid, so screen readers navigate it as a table with column headers.
 */
class IterateTable extends Grid<Step> implements LocaleChangeObserver {

    private static final int DIGITS = 6;
    private final Map<String, Column<Step>> columns = new LinkedHashMap<>();

    IterateTable() {
        setId("iterate-table");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addClassName("ml-iterate-table");
        column("table.t", s -> Integer.toString(s.t())).setTextAlign(ColumnTextAlign.END).setFlexGrow(0).setWidth("5.5em");
        column("table.theta", s -> pair(s.theta()));
        column("table.gradient", s -> pair(s.gradient()));
        column("table.carry", s -> pair(s.carry()));
        column("table.gradientStep", s -> pair(s.gradientStep()));
        column("table.velocity", s -> pair(s.velocity()));
        column("table.value", s -> Numbers.rounded(s.value(), DIGITS)).setTextAlign(ColumnTextAlign.END);
    }

    private Column<Step> column(String key, ValueProvider<Step, String> value) {
        Column<Step> column = addColumn(value).setKey(key).setAutoWidth(true);
        columns.put(key, column);
        return column;
    }

    /** Shows the steps 0 … {@code t} of {@code run} (or all of them if the run stopped earlier). */
    void show(Run run, int t) {
        setItems(run.trajectory().steps().subList(0, Math.min(t, run.lastStep()) + 1));
        scrollToEnd();
    }

    private static String pair(Vec2 v) {
        return "(" + Numbers.rounded(v.x(), DIGITS) + ", " + Numbers.rounded(v.y(), DIGITS) + ")";
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        columns.forEach((key, column) -> column.setHeader(getTranslation(key)));
        getElement().setAttribute("aria-label", getTranslation("table.label"));
    }
}
