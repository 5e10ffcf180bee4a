package com.momentumlab.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;

/**
 * A div whose content is HTML built on the server from our own markup and escaped texts. The browser keeps its
 * elements, the server keeps one element and one string: a block of headings, labels and values costs one state
 * node instead of one per element and text. Never give it text a user typed without escaping it
 * ({@code org.jsoup.nodes.Entities#escape}).
 */
@Tag("div")
public class ServerHtml extends Component implements HasStyle, HasSize {

    public void setEscapedHtml(String html) {
        getElement().setProperty("innerHTML", html);
    }

    public String getEscapedHtml() {
        return getElement().getProperty("innerHTML", "");
    }
}
