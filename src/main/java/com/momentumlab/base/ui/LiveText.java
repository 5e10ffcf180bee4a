package com.momentumlab.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/**
 * A span whose text changes many times a second (a streamed run's readout and status). Vaadin's own
 * {@code setText} detaches and re-attaches the text node on every call, which costs several node changes per
 * update, each encoded and pushed; this span keeps its one text node and changes only its text.
 */
public class LiveText extends Span {

    private final Element text = Element.createText("");

    public LiveText() {
        getElement().appendChild(text);
    }

    @Override
    public void setText(String value) {
        text.setText(value == null ? "" : value);
    }

    @Override
    public String getText() {
        return text.getText();
    }
}
