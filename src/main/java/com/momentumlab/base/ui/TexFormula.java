package com.momentumlab.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/** A formula typeset by KaTeX in the browser ({@code frontend/tex-formula.ts}). */
@Tag("tex-formula")
@NpmPackage(value = "katex", version = "0.19.1")
@JsModule("./tex-formula.ts")
public class TexFormula extends Component {

    public TexFormula(String tex, boolean display) {
        setTex(tex);
        getElement().setAttribute("display", display);
    }

    public void setTex(String tex) {
        getElement().setAttribute("tex", tex);
    }

    public String getTex() {
        return getElement().getAttribute("tex");
    }
}
