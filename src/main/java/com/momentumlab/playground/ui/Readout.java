package com.momentumlab.playground.ui;

import com.momentumlab.base.i18n.SharedTexts;
import com.momentumlab.base.input.Numbers;
import com.momentumlab.base.ui.CompactHtml;
import com.momentumlab.base.ui.ServerHtml;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.optim.Step;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Shows the step the chart has reached: t, θₜ, vₜ and f(θₜ). The heading and the four rows are one element
 * whose HTML is made here: the tab keeps one state node instead of two dozen, and a streamed step is one
 * property change. The markup around the values is made once per language and shared by every tab.
 */
class Readout extends ServerHtml implements LocaleChangeObserver {

    private static final int DIGITS = 6;
    /** Marks a value's place in the shared markup; neither our labels nor escaped numbers contain it. */
    private static final char SLOT = '\uE000';
    private static final String NONE = "–";
    /** Each row: its label's key and its value's id ({@code readout-} + name). */
    private static final List<String> ROWS = List.of("step", "theta", "velocity", "value");

    /**
     * The last HTML made, by step identity: the tabs that show the same run share its steps, so a room's
     * following tabs format the step once.
     */
    private record Rendered(String markup, Step step, String html) {}

    private static volatile Rendered lastRendered;

    private String markup = "";
    /** The step shown, or null before the first one. */
    private Step step;

    Readout() {
        addClassName("ml-readout");
        getElement().setAttribute("aria-live", "off");
    }

    void show(Step s) {
        step = s;
        render();
    }

    void clear() {
        step = null;
        render();
    }

    private void render() {
        Rendered last = lastRendered;
        if (last == null || last.step() != step || !last.markup().equals(markup)) {
            last = new Rendered(markup, step, html(markup, step));
            lastRendered = last;
        }
        setEscapedHtml(last.html());
    }

    private static String html(String markup, Step step) {
        List<String> values = step == null ? List.of(NONE, NONE, NONE, NONE)
                : List.of(Integer.toString(step.t()), pair(step.theta()), pair(step.velocity()),
                        Numbers.rounded(step.value(), DIGITS));
        StringBuilder html = new StringBuilder(markup.length() + 80);
        int from = 0;
        for (String value : values) {
            int slot = markup.indexOf(SLOT, from);
            if (slot < 0) {
                break; // no markup yet: the language arrives on attach
            }
            html.append(markup, from, slot).append(Entities.escape(value));
            from = slot + 1;
        }
        html.append(markup, from, markup.length());
        return html.toString();
    }

    private static String pair(Vec2 v) {
        return "(" + Numbers.rounded(v.x(), DIGITS) + ", " + Numbers.rounded(v.y(), DIGITS) + ")";
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        markup = SharedTexts.get("readout", getLocale(), this::makeMarkup);
        render();
    }

    /** The heading and the rows in this language, with {@link #SLOT} where each value goes. */
    private String makeMarkup() {
        Element body = CompactHtml.body();
        body.appendElement("h3").text(getTranslation("readout.heading"));
        for (String row : ROWS) {
            Element line = body.appendElement("div").addClass("ml-readout-row");
            line.appendElement("span").addClass("ml-readout-label").text(getTranslation("readout." + row));
            line.appendElement("span").addClass("ml-readout-value").id("readout-" + row).text(String.valueOf(SLOT));
        }
        return body.html();
    }
}
