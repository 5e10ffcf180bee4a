package com.momentumlab.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.List;

/**
 * A plain HTML table of text cells in a scrolling box ({@code frontend/text-table.ts}): a caption, column
 * headers and rows of strings, written in the browser as text (never as HTML). It keeps no rows, so a long
 * table costs the server nothing: the owner sends all of them ({@link #replaceRows}) or only the new ones
 * ({@link #appendRows}), and sends them all again when the component is attached anew (a new browser element).
 */
@Tag("text-table")
@JsModule("./text-table.ts")
public class TextTable extends Component implements HasSize, HasStyle {

    private String caption = "";
    private List<String> headers = List.of();

    /** Sets the caption, which names the table for screen readers, and the column headers. */
    public void setHeaders(String caption, List<String> headers) {
        this.caption = caption;
        this.headers = List.copyOf(headers);
        sendHeaders();
    }

    public String getCaption() {
        return caption;
    }

    public List<String> getHeaders() {
        return headers;
    }

    /** Replaces every row in the browser. */
    public void replaceRows(List<List<String>> rows) {
        getElement().callJsFunction("replaceRows", rows);
    }

    /** Appends rows after those the browser shows. */
    public void appendRows(List<List<String>> rows) {
        getElement().callJsFunction("appendRows", rows);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (!attachEvent.isInitialAttach()) {
            sendHeaders(); // a new browser element
        }
    }

    private void sendHeaders() {
        getElement().callJsFunction("setHeaders", caption, headers);
    }
}
