package com.momentumlab.playground.ui;

import com.momentumlab.base.input.Numbers;
import com.momentumlab.base.ui.TextTable;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.optim.Step;
import com.momentumlab.playground.Run;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.ArrayList;
import java.util.List;

/**
 * Every step of one optimizer up to the current one: t, θ, g, the momentum carry βv, the gradient step −αg,
 * their sum v and f(θ), as a plain HTML table. While a run streams, only the new rows travel to the browser;
 * anything else (another run, another optimizer, a step back) replaces the rows. It remembers what the browser
 * shows as a run and a step, not as rows.
 */
class IterateTable extends Composite<TextTable> implements LocaleChangeObserver {

    private static final int DIGITS = 6;
    private static final List<String> HEADER_KEYS = List.of("table.t", "table.theta", "table.gradient", "table.carry",
            "table.gradientStep", "table.velocity", "table.value");

    /** The run whose steps 0 … {@link #shownThrough} the browser shows (null: none yet). */
    private Run run;
    private int shownThrough = -1;
    /** The first step the last call to the browser sent (0: it replaced every row). */
    private int lastSentFrom;

    IterateTable() {
        setId("iterate-table");
        getContent().addClassName("ml-iterate-table");
    }

    /** Shows the steps 0 … {@code t} of {@code next} (or all of them if the run stopped earlier). */
    void show(Run next, int t) {
        int through = Math.min(t, next.lastStep());
        if (next == run && through >= shownThrough) {
            if (through > shownThrough) {
                lastSentFrom = shownThrough + 1;
                getContent().appendRows(rows(next, lastSentFrom, through));
            }
        } else {
            lastSentFrom = 0;
            getContent().replaceRows(rows(next, 0, through));
        }
        run = next;
        shownThrough = through;
    }

    /** The formatted rows the browser shows. */
    List<List<String>> rows() {
        return run == null ? List.of() : rows(run, 0, shownThrough);
    }

    /** The formatted rows of the last call to the browser; all of {@link #rows()} if it replaced them. */
    List<List<String>> lastSent() {
        return run == null ? List.of() : rows(run, lastSentFrom, shownThrough);
    }

    /** Whether the last call to the browser replaced every row (rather than appending some). */
    boolean lastSentReplaced() {
        return lastSentFrom == 0;
    }

    private static List<List<String>> rows(Run run, int from, int through) {
        List<List<String>> rows = new ArrayList<>(through - from + 1);
        for (int t = from; t <= through; t++) {
            rows.add(row(run.stepAt(t)));
        }
        return rows;
    }

    static List<String> row(Step s) {
        return List.of(Integer.toString(s.t()), pair(s.theta()), pair(s.gradient()), pair(s.carry()),
                pair(s.gradientStep()), pair(s.velocity()), Numbers.rounded(s.value(), DIGITS));
    }

    private static String pair(Vec2 v) {
        return "(" + Numbers.rounded(v.x(), DIGITS) + ", " + Numbers.rounded(v.y(), DIGITS) + ")";
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (!attachEvent.isInitialAttach() && run != null) {
            // A new browser element: it shows nothing yet.
            lastSentFrom = 0;
            getContent().replaceRows(rows());
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getContent().setHeaders(getTranslation("table.label"), HEADER_KEYS.stream().map(key -> getTranslation(key)).toList());
    }
}
