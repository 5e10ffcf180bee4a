package com.momentumlab.playground.ui;

import com.momentumlab.base.i18n.TranslationProvider;
import com.momentumlab.base.ui.LanguageSwitch;
import com.momentumlab.lesson.ui.Introduction;
import com.momentumlab.lesson.ui.LabHooks;
import com.momentumlab.lesson.ui.LessonColumn;
import com.momentumlab.lesson.ui.LessonColumns;
import com.momentumlab.playground.PlaygroundService;
import com.momentumlab.playground.StreamScheduler;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one page: a header with the language switch, the reading column (the lesson) and the lab column.
 * It owns what concerns the whole page: the URL, the language, the title and notices about the link.
 */
@Route("")
class PlaygroundView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final H1 title = new H1();
    private final Paragraph subtitle = new Paragraph();
    private final Span notice = new Span();
    private final LabPanel lab;

    private Message noticeMessage;
    private Map<String, List<String>> query = Map.of();

    PlaygroundView(PlaygroundService service, StreamScheduler scheduler, LessonColumns lessons) {
        lab = new LabPanel(service, scheduler);
        notice.setId("notice");
        notice.getElement().setAttribute("role", "status");
        notice.addClassName("ml-notice");

        addClassName("ml-page");
        Header header = new Header(new Div(title, subtitle), new LanguageSwitch(this::languageSwitched));
        header.addClassName("ml-header");
        // Introduction, lab, lesson: on a phone (one column) the lab comes right after the introduction; on a
        // wide screen the lab stands beside both and stays in view (see the theme's "lesson" section).
        Introduction introduction = new Introduction();
        introduction.addClassName("ml-reading");
        LessonColumn lesson = lessons.create(new LabHooks(lab::currentState, lab::apply, lab));
        lesson.addClassName("ml-reading");
        Div columns = new Div(introduction, lab, lesson);
        columns.addClassName("ml-columns");
        add(header, notice, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        query = event.getLocation().getQueryParameters().getParameters();
        noticeMessage = null;
        List<String> lang = query.getOrDefault("lang", List.of());
        if (!lang.isEmpty()) {
            TranslationProvider.fromCode(lang.get(0)).ifPresentOrElse(
                    locale -> event.getUI().setLocale(locale),
                    () -> noticeMessage = new Message("notice.badLanguage", shorten(lang.get(0))));
        }
        showNotice();
    }

    private static String shorten(String text) {
        return text.length() <= 12 ? text : text.substring(0, 12) + "…";
    }

    private void showNotice() {
        notice.setText(noticeMessage == null ? "" : noticeMessage.translate(this));
        notice.setVisible(noticeMessage != null);
    }

    private void languageSwitched(Locale locale) {
        Map<String, List<String>> next = new HashMap<>(query);
        next.put("lang", List.of(locale.getLanguage()));
        query = next;
        noticeMessage = null;
        showNotice();
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("", new QueryParameters(next)));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("app.title"));
        subtitle.setText(getTranslation("app.subtitle"));
        showNotice();
        UI ui = event.getUI();
        ui.getPage().setTitle(getPageTitle());
        ui.getPage().executeJs("document.documentElement.lang = $0", event.getLocale().getLanguage());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
