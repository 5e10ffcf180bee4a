package com.momentumlab.lesson.ui;

import com.momentumlab.base.ui.TexFormula;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The short introduction: gradient descent, the narrow valley, momentum, and the update rule explained. */
public class Introduction extends Div implements LocaleChangeObserver {

    /** The two formulas of the lesson, exactly as taught: velocity first, then the position. */
    static final String VELOCITY_UPDATE = "v \\leftarrow \\beta v - \\alpha \\nabla L(\\theta)";
    static final String POSITION_UPDATE = "\\theta \\leftarrow \\theta + v";

    private static final List<String> PARAGRAPHS = List.of("intro.p1", "intro.p2", "intro.p3", "intro.p4");

    /** Each symbol of the rule, in TeX, with the key of its explanation. */
    private static final Map<String, String> SYMBOLS = new LinkedHashMap<>();

    static {
        SYMBOLS.put("\\theta", "rule.symbol.theta");
        SYMBOLS.put("v", "rule.symbol.v");
        SYMBOLS.put("\\beta", "rule.symbol.beta");
        SYMBOLS.put("\\alpha", "rule.symbol.alpha");
        SYMBOLS.put("\\nabla L(\\theta)", "rule.symbol.grad");
    }

    private final H2 heading = new H2();
    private final Map<String, Paragraph> paragraphs = new LinkedHashMap<>();
    private final H3 ruleHeading = new H3();
    private final Paragraph ruleIntro = new Paragraph();
    private final H3 symbolsHeading = new H3();
    private final Map<String, Span> symbolTexts = new LinkedHashMap<>();

    public Introduction() {
        addClassName("ml-introduction");
        heading.setId("introduction");
        add(heading);
        PARAGRAPHS.forEach(key -> {
            Paragraph p = new Paragraph();
            paragraphs.put(key, p);
            add(p);
        });
        TexFormula velocity = new TexFormula(VELOCITY_UPDATE, true);
        velocity.setId("formula-velocity");
        TexFormula position = new TexFormula(POSITION_UPDATE, true);
        position.setId("formula-position");
        add(ruleHeading, ruleIntro, velocity, position, symbolsHeading);
        UnorderedList symbols = new UnorderedList();
        SYMBOLS.forEach((tex, key) -> {
            Span text = new Span();
            symbolTexts.put(key, text);
            symbols.add(new ListItem(new TexFormula(tex, false), new Span(" — "), text));
        });
        symbols.addClassName("ml-symbols");
        add(symbols);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("intro.heading"));
        paragraphs.forEach((key, p) -> p.setText(getTranslation(key)));
        ruleHeading.setText(getTranslation("rule.heading"));
        ruleIntro.setText(getTranslation("rule.intro"));
        symbolsHeading.setText(getTranslation("rule.symbols.heading"));
        symbolTexts.forEach((key, span) -> span.setText(getTranslation(key)));
    }
}
