package com.momentumlab.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;

class ServerHtmlTest {

    @Test
    void showsATextEscapedAsTheElementsWholeContent() {
        ServerHtml heading = new ServerHtml("h2");
        heading.setText("Loss < 1 & falling");
        assertThat(heading.getEscapedHtml()).isEqualTo("Loss &lt; 1 &amp; falling");
        assertThat(heading.getText()).isEqualTo("Loss < 1 & falling");
        assertThat(heading.getElement().getChildCount()).isZero();
    }

    @Test
    void anotherElementsTextReplacesItsChildrenWithoutATextNode() {
        Anchor link = new Anchor("#quiz", "Quiz");
        ServerHtml.showEscapedText(link.getElement(), "<b>Quiz</b>");
        assertThat(link.getElement().getChildCount()).isZero();
        assertThat(link.getElement().getProperty("innerHTML")).isEqualTo("&lt;b&gt;Quiz&lt;/b&gt;");
        assertThat(link.getHref()).isEqualTo("#quiz");
    }
}
