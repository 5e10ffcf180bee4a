package com.momentumlab.base.ui;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Where the server builds a block of HTML with jsoup (texts escaped as text) for one element's content. */
public final class CompactHtml {

    private CompactHtml() {}

    /** An empty body to build in; its {@code html()} is written as built, not one space added between parts. */
    public static Element body() {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        return document.body();
    }
}
