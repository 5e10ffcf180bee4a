package com.momentumlab.playground.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.momentumlab.playground.ui.PlaygroundViewTest.click;
import static com.momentumlab.playground.ui.PlaygroundViewTest.openAndFinish;
import static com.momentumlab.playground.ui.PlaygroundViewTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.base.input.Numbers;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.button.Button;
import com.momentumlab.base.ui.TextTable;
import com.momentumlab.playground.OptimizerKind;
import com.momentumlab.testsupport.ClassicByHand;
import com.momentumlab.testsupport.KaribuSpringTest;
import com.vaadin.flow.component.html.NativeButton;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The iterate table holds exactly the steps 0 … cursor of the selected run, and sends only what is new. */
class IterateTableTest extends KaribuSpringTest {

    /** The table as a learner reaches it: under its tab. */
    private static IterateTable table() {
        _click(_get(NativeButton.class, spec -> spec.withId("tab-table")));
        return _get(IterateTable.class, spec -> spec.withId("iterate-table"));
    }

    private static String pair(double x, double y) {
        return "(" + Numbers.rounded(x, 6) + ", " + Numbers.rounded(y, 6) + ")";
    }

    @SuppressWarnings("unchecked")
    private static Select<OptimizerKind> detailFor() {
        return _get(Select.class, spec -> spec.withId("field-detail"));
    }

    @Test
    void theClassicRunEndsWithTheStepComputedByHand() {
        openAndFinish("");
        ClassicByHand classic = ClassicByHand.after30Steps();

        List<List<String>> rows = table().rows();
        assertThat(rows).hasSize(31);
        assertThat(rows.get(0)).containsExactly("0", "(\u22127, 2)", "(0, 0)", "(0, 0)", "(0, 0)", "(0, 0)", "6.45");
        // Step 1 by hand: g = ∇f(−7, 2) = (−0.7, 4), βv₀ = 0, −αg = (0.07, −0.4) = v₁, θ₁ = (−6.93, 1.6).
        assertThat(rows.get(1)).containsExactly("1", "(\u22126.93, 1.6)", "(\u22120.7, 4)", "(0, 0)", "(0.07, \u22120.4)",
                "(0.07, \u22120.4)", Numbers.rounded(Math.pow(-7 + 0.07, 2) / 20 + Math.pow(2 - 0.4, 2), 6));
        assertThat(rows.get(30).get(0)).isEqualTo("30");
        assertThat(rows.get(30).get(1)).isEqualTo(pair(classic.momentumX(), classic.momentumY()));
    }

    @Test
    void steppingAppendsOnlyTheNewRowAndResetReplacesAll() {
        openAndFinish("");
        click("reset");
        assertThat(table().lastSentReplaced()).isTrue();
        assertThat(table().rows()).hasSize(1);
        assertThat(table().lastSent()).isEqualTo(table().rows());

        click("step");
        click("step");
        click("step");
        // Three steps by hand from (−7, 2): v ← 0.9v − 0.1∇f(θ), θ ← θ + v.
        double x = -7, y = 2, vx = 0, vy = 0;
        for (int t = 1; t <= 3; t++) {
            vx = 0.9 * vx - 0.1 * (x / 10);
            vy = 0.9 * vy - 0.1 * (2 * y);
            x += vx;
            y += vy;
        }
        assertThat(table().rows()).hasSize(4);
        assertThat(table().lastSentReplaced()).isFalse();
        assertThat(table().lastSent()).hasSize(1);
        assertThat(table().lastSent().get(0).subList(0, 2)).containsExactly("3", pair(x, y));
        assertThat(table().lastSent().get(0).get(5)).isEqualTo(pair(vx, vy));
        assertThat(table().lastSent().get(0).get(6)).isEqualTo(Numbers.rounded(x * x / 20 + y * y, 6));

        click("reset");
        assertThat(table().lastSentReplaced()).isTrue();
        assertThat(table().rows()).hasSize(1);
        assertThat(table().rows().get(0).get(0)).isEqualTo("0");
    }

    @Test
    void aStreamedRunArrivesAsAppendedRows() {
        openAndFinish("");
        click("reset");
        click("run");
        runUiQueueUntil(() -> table().rows().size() > 3);
        if (text("status").startsWith("Done")) {
            return; // too fast to catch in the middle; the end is checked below in any case
        }
        assertThat(table().lastSentReplaced()).isFalse();
        runUiQueueUntil(() -> text("status").startsWith("Done"));
        assertThat(table().rows()).hasSize(31);
        assertThat(table().lastSentReplaced()).isFalse();
    }

    @Test
    void choosingAnotherOptimizerShowsAllOfItsRows() {
        openAndFinish("opt=sgd");
        ClassicByHand classic = ClassicByHand.after30Steps();
        assertThat(table().rows().get(30).get(1)).isEqualTo(pair(classic.momentumX(), classic.momentumY()));

        detailFor().setValue(OptimizerKind.SGD);
        assertThat(table().lastSentReplaced()).isTrue();
        assertThat(table().rows()).hasSize(31);
        assertThat(table().rows().get(30).get(1)).isEqualTo(pair(classic.gdX(), classic.gdY()));
        assertThat(table().rows().get(30).get(3)).isEqualTo("(0, 0)"); // SGD carries nothing

        // Back a step with SGD selected, then to Momentum: always rows 0 … cursor of the selected run.
        click("reset");
        click("step");
        detailFor().setValue(OptimizerKind.MOMENTUM);
        assertThat(table().lastSentReplaced()).isTrue();
        assertThat(table().rows()).hasSize(2);
        assertThat(table().rows().get(1).get(1)).isEqualTo("(\u22126.93, 1.6)");
    }

    @Test
    void theCaptionAndHeadersFollowTheLanguage() {
        openAndFinish("");
        TextTable content = table().getContent();
        assertThat(content.getCaption()).isEqualTo("Every step of the selected optimizer up to the current one");
        assertThat(content.getHeaders()).containsExactly("t", "θₜ", "g = ∇L", "βv", "−αg", "v", "f(θₜ)");

        _click(_get(Button.class, spec -> spec.withId("language-ja")));
        assertThat(content.getCaption()).isEqualTo("選んだ手法の、現在のステップまでの全ステップ");
        assertThat(content.getHeaders()).hasSize(7);
        assertThat(table().rows()).hasSize(31); // the rows stay
    }
}
