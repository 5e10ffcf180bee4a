package com.momentumlab.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.internal.change.NodeChange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveTextTest {

    @Test
    void showsTheLastTextInItsOnlyChild() {
        LiveText live = new LiveText();
        live.setText("step 1");
        live.setText("step 2");
        assertThat(live.getText()).isEqualTo("step 2");
        assertThat(live.getElement().getChildCount()).isEqualTo(1);
        assertThat(live.getElement().getChild(0).getText()).isEqualTo("step 2");
        live.setText(null);
        assertThat(live.getText()).isEmpty();
    }

    @Test
    void anUpdateSendsOneChangeWherePlainSetTextSendsSeveral() {
        assertThat(changesPerUpdate(new LiveText())).hasSize(1);
        // The reason LiveText exists: a plain span re-attaches its text node on every update.
        assertThat(changesPerUpdate(new Span())).hasSizeGreaterThan(1);
    }

    private static List<NodeChange> changesPerUpdate(Span span) {
        UI ui = new UI();
        ui.add(span);
        span.setText("step 1");
        ui.getInternals().getStateTree().collectChanges(change -> {});
        List<NodeChange> changes = new ArrayList<>();
        span.setText("step 2");
        ui.getInternals().getStateTree().collectChanges(changes::add);
        return changes;
    }
}
