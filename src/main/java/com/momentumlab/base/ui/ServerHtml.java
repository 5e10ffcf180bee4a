package com.momentumlab.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * A div whose content is HTML built on the server from our own markup and escaped texts. The browser keeps its
 * elements, the server keeps one element and one string: a block of headings, labels and values costs one state
 * node instead of one per element and text. Never give it text a user typed without escaping it
 * ({@code org.jsoup.nodes.Entities#escape}).
 */
@Tag("div")
public class ServerHtml extends Component implements HasStyle, HasSize {

    public ServerHtml() {
        super();
    }

    /** An element of another tag, such as {@code p} for a paragraph of escaped text. */
    public ServerHtml(String tag) {
        super(new Element(tag));
    }

    public void setEscapedHtml(String html) {
        getElement().setProperty("innerHTML", html);
    }

    /** Shows {@code text} as plain text: it is escaped here, so it may hold anything. */
    public void setText(String text) {
        showEscapedText(getElement(), text);
    }

    /** The text as the learner reads it, without the markup. */
    public String getText() {
        return Jsoup.parseBodyFragment(getEscapedHtml()).text();
    }

    /**
     * Shows {@code text} as the whole content of {@code element} (any element of ours, such as a heading or a
     * link): escaped into its markup, so the browser shows the same text while the server keeps no text node, one
     * state node less. It replaces the element's children; {@code text} may hold anything.
     */
    public static void showEscapedText(Element element, String text) {
        element.setProperty("innerHTML", Entities.escape(text == null ? "" : text));
    }

    public String getEscapedHtml() {
        return getElement().getProperty("innerHTML", "");
    }
}
