package com.momentumlab.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.junit.jupiter.api.Test;

class LeanButtonTest {

    @Test
    void aButtonOfTextOnlyShowsItsTextEscapedWithoutATextNode() {
        LeanButton button = new LeanButton();
        button.setText("Run <now> & then");
        assertThat(button.getText()).isEqualTo("Run <now> & then");
        assertThat(button.getElement().getChildCount()).isZero();
        assertThat(button.getElement().getProperty("innerHTML")).isEqualTo("Run &lt;now&gt; &amp; then");
        button.setText(null);
        assertThat(button.getText()).isEmpty();
    }

    @Test
    void aButtonWithAnIconKeepsTheIconBeforeItsText() {
        LeanButton button = new LeanButton(VaadinIcon.PLAY.create());
        button.setText("Load");
        button.setText("Laden");
        assertThat(button.getElement().getChildCount()).isEqualTo(2);
        assertThat(button.getElement().getChild(0).getAttribute("slot")).isEqualTo("prefix");
        assertThat(button.getElement().getChild(1).getText()).isEqualTo("Laden");
        assertThat(button.getElement().hasProperty("innerHTML")).isFalse();
    }

    @Test
    void aButtonWithATooltipKeepsTheTooltipBesideItsText() {
        LeanButton button = LeanButton.withTooltip();
        button.setText("Run");
        button.setTooltipText("Draws the run step by step");
        button.setText("実行");
        assertThat(button.getText()).isEqualTo("実行");
        assertThat(button.getElement().getChildren().filter(e -> !e.isTextNode() && e.getTag().equals("vaadin-tooltip"))).hasSize(1);
        assertThat(button.getElement().getChildren().filter(e -> e.isTextNode()).map(e -> e.getText()))
                .containsExactly("実行");
        assertThat(button.getElement().hasProperty("innerHTML")).isFalse();
    }

    @Test
    void aButtonOfTextOnlyRefusesATooltipRatherThanLoseItInTheBrowser() {
        LeanButton button = new LeanButton();
        button.setText("Run");
        assertThatThrownBy(() -> button.setTooltipText("Draws the run")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(button::getTooltip).isInstanceOf(IllegalStateException.class);
        assertThat(button.getElement().getChildCount()).isZero();
    }
}
