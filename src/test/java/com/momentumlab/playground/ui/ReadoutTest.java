package com.momentumlab.playground.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.optim.Step;
import com.momentumlab.testsupport.KaribuSpringTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.change.ListClearChange;
import com.vaadin.flow.internal.change.MapPutChange;
import com.vaadin.flow.internal.change.NodeChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadoutTest extends KaribuSpringTest {

    private static final Step FIRST = new Step(1, new Vec2(-6.93, 1.6), new Vec2(0.07, -0.4), new Vec2(-0.7, 4),
            4.96, new Vec2(0, 0), new Vec2(0.07, -0.4));

    private final Readout readout = new Readout();

    @BeforeEach
    void attach() {
        UI.getCurrent().add(readout);
    }

    private Element html() {
        return Jsoup.parseBodyFragment(readout.getEscapedHtml()).body();
    }

    /** Each line as the learner reads it: the heading, then label and value of each row. */
    private List<String> lines() {
        Element body = html();
        List<String> lines = new ArrayList<>();
        lines.add(body.selectFirst("h3").text());
        body.select(".ml-readout-row").forEach(row -> lines.add(
                row.selectFirst(".ml-readout-label").text() + " | " + row.selectFirst(".ml-readout-value").text()));
        return lines;
    }

    @Test
    void showsTheHeadingAndTheFourRowsWithTheirClassesAndIds() {
        assertThat(readout.getElement().getClassList()).contains("ml-readout");
        assertThat(readout.getElement().getAttribute("aria-live")).isEqualTo("off");
        assertThat(readout.getElement().getChildCount()).isZero();
        assertThat(lines()).containsExactly("Current step", "Step t | –", "Position θₜ | –", "Velocity vₜ | –",
                "Loss f(θₜ) | –");

        readout.show(FIRST);
        assertThat(lines()).containsExactly("Current step", "Step t | 1", "Position θₜ | (\u22126.93, 1.6)",
                "Velocity vₜ | (0.07, \u22120.4)", "Loss f(θₜ) | 4.96");
        assertThat(html().select(".ml-readout-value").eachAttr("id"))
                .containsExactly("readout-step", "readout-theta", "readout-velocity", "readout-value");
    }

    @Test
    void theNewLanguageKeepsTheStepShown() {
        readout.show(FIRST);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        assertThat(lines()).hasSize(5).doesNotContain("Current step");
        assertThat(lines().get(2)).doesNotStartWith("Position").endsWith(" | (\u22126.93, 1.6)");
        readout.clear();
        assertThat(html().select(".ml-readout-value").eachText()).containsOnly("–");
    }

    @Test
    void aStepIsOnePropertyChange() {
        readout.show(FIRST);
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> {});
        List<NodeChange> changes = new ArrayList<>();
        readout.show(new Step(2, new Vec2(-6.7977, 0.92), new Vec2(0.1323, -0.68), new Vec2(-0.693, 3.2), 3.157,
                new Vec2(0.063, -0.36), new Vec2(0.0693, -0.32)));
        UI.getCurrent().getInternals().getStateTree().collectChanges(changes::add);
        // One property; Flow also records that innerHTML replaced the (server-side: no) children.
        assertThat(changes).hasSize(2).hasOnlyElementsOfTypes(MapPutChange.class, ListClearChange.class);
        assertThat(html().getElementById("readout-theta").text()).isEqualTo("(\u22126.7977, 0.92)");
    }
}
