package com.momentumlab.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * Lesson HTML rendered on the server from our own Markdown and sanitized there, with its formulas typeset
 * by KaTeX in the browser ({@code frontend/math-html.ts}). Never give it text a user can influence.
 */
@Tag("math-html")
@NpmPackage(value = "katex", version = "0.19.1")
@JsModule("./math-html.ts")
public class MathHtml extends Component {

    private String html = "";

    public void setSanitizedHtml(String sanitizedHtml) {
        html = sanitizedHtml;
        getElement().setProperty("html", sanitizedHtml);
    }

    public String getSanitizedHtml() {
        return html;
    }
}
