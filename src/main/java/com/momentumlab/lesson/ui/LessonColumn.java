package com.momentumlab.lesson.ui;

import com.momentumlab.base.i18n.SharedTexts;
import com.momentumlab.base.ui.CompactHtml;
import com.momentumlab.base.ui.ServerHtml;
import com.momentumlab.lesson.Lesson;
import com.momentumlab.lesson.LessonLibrary;
import com.momentumlab.lesson.LessonSection;
import com.momentumlab.lesson.LessonWidgets;
import com.momentumlab.lesson.MarkdownRenderer;
import com.momentumlab.lesson.Quiz;
import com.momentumlab.playground.LabLink;
import com.momentumlab.playground.PlaygroundService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The whole lesson in the page's language: a table of contents, the sections with their live widgets,
 * the hand-computation drill after the section that sets up the classic example, and the concept quiz at the
 * end. A language switch puts the other language's text into the same components, so widget state, quiz
 * answers and drill inputs stay, and the browser element ({@code frontend/lesson-column.ts}) brings the reader
 * back to the part they were reading.
 *
 * <p>Every part the reader can be at carries {@code data-anchor}; section anchors are the ids of the sections'
 * headings ({@code #optimizer}, {@code #valley}, …), the same in every language.
 */
@Tag("ml-lesson")
@JsModule("./lesson-column.ts")
public class LessonColumn extends Component implements HasComponents, HasStyle, LocaleChangeObserver {

    static final String TOC_ID = "contents";
    /** In the browser: the query of the lab link pressed (a button the Markdown's {@code lab:} links become). */
    private static final String LAB_LINK_BUTTON =
            "event.target.closest('button[" + MarkdownRenderer.LAB_LINK_ATTRIBUTE + "]')";
    static final String PRESSED_LAB_LINK = LAB_LINK_BUTTON + "?.getAttribute('" + MarkdownRenderer.LAB_LINK_ATTRIBUTE + "')";
    /** Only presses of a lab link reach the server. */
    static final String LAB_LINK_PRESSED = "!!" + LAB_LINK_BUTTON;
    private static final String TOC_HEADING_ID = TOC_ID + "-heading";

    private final LessonLibrary library;
    /**
     * The table of contents, heading and links, as one element: the section titles are plain text (no formulas to
     * typeset) and the whole list only changes with the language, so one state node serves where three did.
     */
    private final ServerHtml toc = new ServerHtml("nav");
    private final Map<String, SectionView> sections = new LinkedHashMap<>();
    private final Map<String, Component> widgets = new HashMap<>();
    private final LessonWidgetFactory widgetFactory;
    private final HandDrillPanel drill;
    private final ConceptQuiz quiz;
    /** The section after which the drill stands: the one with the classic example's preset. */
    private final String drillAfter;

    LessonColumn(LessonLibrary library, Quiz quiz, PlaygroundService service, LabHooks lab) {
        this.library = library;
        this.widgetFactory = new LessonWidgetFactory(library, service, lab);
        this.drill = new HandDrillPanel(lab, service);
        this.quiz = new ConceptQuiz(quiz);
        addClassName("ml-lesson");

        toc.setId(TOC_ID);
        toc.addClassName("ml-toc");
        toc.getElement().setAttribute("aria-labelledby", TOC_HEADING_ID);
        toc.getElement().setAttribute("data-anchor", TOC_ID);
        add(toc);

        // The structure is the same in every language (LessonLibrary checks the widgets); English lays it out.
        List<LessonSection> layout = library.lesson(Locale.ENGLISH).sections();
        drillAfter = layout.stream()
                .filter(s -> s.widgets().contains(LessonWidgets.CLASSIC_PRESET))
                .map(LessonSection::anchor)
                .findFirst()
                .orElse(layout.get(layout.size() - 1).anchor());
        for (LessonSection section : layout) {
            SectionView view = new SectionView(section.anchor());
            sections.put(section.anchor(), view);
            add(view);
            if (section.anchor().equals(drillAfter)) {
                add(drill);
            }
        }
        add(this.quiz);

        // One listener serves every lab link of every section, in either language.
        getElement().addEventListener("click", event -> {
            var query = event.getEventData().get(PRESSED_LAB_LINK);
            if (query != null && query.isString()) {
                runLabLink(query.asString(), service, lab);
            }
        }).addEventData(PRESSED_LAB_LINK).setFilter(LAB_LINK_PRESSED);
    }

    /** Scrolls to a section (or the drill, the quiz) as its link in the table of contents does. */
    public void showSection(String anchor) {
        getElement().executeJs("history.pushState(history.state, '', location.pathname + location.search + '#'"
                + " + encodeURIComponent($0)); this.showLocationHash()", anchor);
    }

    /** Sets the lab to a lab link's values (the others at their defaults) and runs it. */
    private static void runLabLink(String query, PlaygroundService service, LabHooks lab) {
        QueryParameters parameters;
        try {
            parameters = QueryParameters.fromString(query);
        } catch (IllegalArgumentException forged) {
            return; // not a link of ours: the lesson's own links are checked by LessonContentTest
        }
        lab.runAndShow(LabLink.decode(parameters.getParameters(), service::function, service.defaultFunction()).state());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Lesson lesson = library.lesson(event.getLocale());
        toc.setEscapedHtml(SharedTexts.get("lesson-toc-" + drillAfter, event.getLocale(), () -> tableOfContents(lesson)));
        for (LessonSection section : lesson.sections()) {
            sections.get(section.anchor()).show(section, name -> widgets.computeIfAbsent(name, widgetFactory::create));
        }
        // Runs after the browser applied the new text: scroll back to the part the reader was at.
        getElement().callJsFunction("restorePosition");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // The lesson arrives after the page loaded, so the browser could not jump to a #section link itself.
        getElement().callJsFunction("showLocationHash");
    }

    /**
     * The heading, then a numbered list of links to the sections (the lesson's own titles, escaped as text); the
     * drill and the quiz are listed under the section they follow.
     */
    private String tableOfContents(Lesson lesson) {
        Element body = CompactHtml.body();
        body.appendElement("h2").id(TOC_HEADING_ID).text(getTranslation("lesson.toc.heading"));
        Element list = body.appendElement("ol").addClass("ml-toc-links");
        for (LessonSection section : lesson.sections()) {
            Element item = list.appendElement("li");
            link(item, section.anchor(), section.title());
            if (section.anchor().equals(drillAfter)) {
                link(item.appendElement("ul").appendElement("li"), HandDrillPanel.ANCHOR, getTranslation("drill.heading"));
            }
        }
        Element last = list.children().last();
        link(last.appendElement("ul").appendElement("li"), ConceptQuiz.ANCHOR, getTranslation("quiz.heading"));
        return body.html();
    }

    private static void link(Element parent, String anchor, String text) {
        parent.appendElement("a").attr("href", "#" + anchor).text(text);
    }
}
