package com.momentumlab.lesson.ui;

import static com.momentumlab.lesson.MarkdownRenderer.formula;

import com.momentumlab.base.i18n.SharedTexts;
import com.momentumlab.base.ui.MathHtml;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The short introduction: gradient descent, the narrow valley, momentum, and the update rule explained.
 * Nothing in it reacts to the learner, so it is one element whose HTML is built here from the translations
 * (jsoup escapes every text): the server keeps one node for it, not one per paragraph and formula.
 */
public class Introduction extends MathHtml implements HasStyle, LocaleChangeObserver {

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

    public Introduction() {
        addClassName("ml-introduction");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        setSanitizedHtml(SharedTexts.get("introduction", event.getLocale(), this::html));
    }

    private String html() {
        Element body = new Element("div");
        body.appendElement("h2").id("introduction").text(getTranslation("intro.heading"));
        PARAGRAPHS.forEach(key -> body.appendElement("p").text(getTranslation(key)));
        body.appendElement("h3").text(getTranslation("rule.heading"));
        body.appendElement("p").text(getTranslation("rule.intro"));
        body.appendChild(formula(VELOCITY_UPDATE, true).id("formula-velocity"));
        body.appendChild(formula(POSITION_UPDATE, true).id("formula-position"));
        body.appendElement("h3").text(getTranslation("rule.symbols.heading"));
        Element symbols = body.appendElement("ul").addClass("ml-symbols");
        SYMBOLS.forEach((tex, key) -> {
            Element item = symbols.appendElement("li").appendChild(formula(tex, false)).appendText(" — ");
            item.appendElement("span").text(getTranslation(key));
        });
        return body.html();
    }
}
