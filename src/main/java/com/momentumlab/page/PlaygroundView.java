package com.momentumlab.page;

import com.momentumlab.base.i18n.Message;
import com.momentumlab.base.i18n.TranslationProvider;
import com.momentumlab.base.ui.LanguageSwitch;
import com.vaadin.flow.component.button.Button;
import com.momentumlab.lesson.ui.Introduction;
import com.momentumlab.lesson.ui.LabHooks;
import com.momentumlab.lesson.ui.LessonColumn;
import com.momentumlab.lesson.ui.LessonColumns;
import com.momentumlab.playground.LabLink;
import com.momentumlab.playground.LabState;
import com.momentumlab.playground.PlaygroundService;
import com.momentumlab.playground.StreamScheduler;
import com.momentumlab.playground.ui.LabPanel;
import com.momentumlab.rooms.Rooms;
import com.momentumlab.rooms.ui.OpenRoomButton;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one page: a header with the language switch, the lab, and the reading (introduction and lesson) below it.
 * It owns what concerns the whole page: the URL, the language, the title and notices about the link.
 */
@Route("")
class PlaygroundView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final String LANG = "lang";

    private final PageHeading heading = new PageHeading();
    /** One paragraph per problem found in the link, and a button that dismisses them. */
    private final Div notice = new Div();
    private final Div noticeItems = new Div();
    private final Button dismissNotice = new Button();
    private final PlaygroundService service;
    private final LabPanel lab;
    private final LessonColumn lesson;

    private List<Message> notices = List.of();
    /** The lab's state as the link gave it: the notices about the link hold until the learner changes it. */
    private LabState linkState;
    /** The address bar's query as the page last wrote it; null until {@link #beforeEnter} has read the link. */
    private Map<String, List<String>> query;

    PlaygroundView(PlaygroundService service, StreamScheduler scheduler, LessonColumns lessons, Rooms rooms) {
        this.service = service;
        lab = new LabPanel(service, scheduler, this::labChanged, this::showLessonSection);
        notice.setId("notice");
        notice.getElement().setAttribute("role", "status");
        notice.addClassName("ml-notice");
        noticeItems.addClassName("ml-notice-items");
        dismissNotice.setId("notice-dismiss");
        dismissNotice.setText("\u00D7");
        dismissNotice.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        dismissNotice.addClickListener(e -> clearNotices());
        notice.add(noticeItems, dismissNotice);

        addClassName("ml-page");
        Header header = new Header(heading, new OpenRoomButton(rooms), new LanguageSwitch(this::languageSwitched));
        header.addClassName("ml-header");
        // The lab first, its chart right under the header at every width; the reading (introduction and lesson)
        // follows in one readable column (see the theme's "page" section).
        Introduction introduction = new Introduction();
        introduction.addClassName("ml-reading");
        lesson = lessons.create(new LabHooks(lab::currentState, lab::applyAndRun, lab));
        lesson.addClassName("ml-reading");
        Div reading = new Div(introduction, lesson);
        reading.addClassName("ml-reading-flow");
        add(header, new Main(notice, lab, reading));
    }

    /** Restores the lab from the link; what cannot be used is replaced by defaults and explained. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        List<Message> found = new ArrayList<>();
        List<String> lang = parameters.getOrDefault(LANG, List.of());
        boolean badLanguage = !lang.isEmpty() && TranslationProvider.fromCode(lang.get(0)).isEmpty();
        if (badLanguage) {
            found.add(new Message("notice.badLanguage", echo(lang.get(0))));
        } else if (!lang.isEmpty()) {
            TranslationProvider.fromCode(lang.get(0)).ifPresent(locale -> event.getUI().setLocale(locale));
        }
        LabLink.Decoded decoded = LabLink.decode(parameters, service::function, service.defaultFunction());
        decoded.notices().forEach(n -> found.add(toMessage(n)));
        notices = found;
        showNotices();
        linkState = decoded.state();
        query = Map.copyOf(parameters);
        if (parameters.keySet().stream().anyMatch(key -> !key.equals(LANG))) {
            lab.apply(decoded.state()); // the address then follows the state, in the link's own order
        }
        if (badLanguage) { // like any other bad parameter, the address shows what is used instead
            Map<String, List<String>> next = new LinkedHashMap<>(query);
            next.put(LANG, List.of(event.getUI().getLocale().getLanguage()));
            replaceUrl(next);
        }
    }

    private static Message toMessage(LabLink.Notice n) {
        return switch (n.messageKey()) {
            case "notice.parameter" -> new Message(n.messageKey(), n.parameter(), n.value(),
                    new Message(n.problem().messageKey(), n.problem().args().toArray()), n.fallback());
            case "notice.function" -> new Message(n.messageKey(), n.value(), new Message("function." + n.fallback()));
            case "notice.form", "notice.view" -> new Message(n.messageKey(), n.parameter(), n.value(), new Message(n.fallback()));
            default -> new Message(n.messageKey(), n.parameter(), n.value());
        };
    }

    private static String echo(String text) {
        return text.length() <= 12 ? text : text.substring(0, 12) + "…";
    }

    private void showNotices() {
        noticeItems.removeAll();
        notices.forEach(message -> {
            Paragraph item = new Paragraph(message.translate(this));
            item.addClassName("ml-notice-item");
            noticeItems.add(item);
        });
        dismissNotice.getElement().setAttribute("aria-label", getTranslation("notice.dismiss"));
        notice.setVisible(!notices.isEmpty());
    }

    private void showLessonSection(String anchor) {
        lesson.showSection(anchor);
    }

    private void clearNotices() {
        notices = List.of();
        showNotices();
    }

    /** The URL always holds the lab's state, so the address bar is a permalink at every moment. */
    private void labChanged(LabState state) {
        if (query == null) {
            return; // the lab showing its defaults while it is built: the address is still the link, read next
        }
        if (!notices.isEmpty() && !state.equals(linkState)) {
            clearNotices(); // the learner has set the values the link got wrong
        }
        Map<String, List<String>> next = new LinkedHashMap<>(LabLink.encode(state));
        query.entrySet().stream().filter(e -> e.getKey().equals(LANG)).forEach(e -> next.put(LANG, e.getValue()));
        replaceUrl(next);
    }

    private void languageSwitched(Locale locale) {
        Map<String, List<String>> next = new LinkedHashMap<>(query);
        next.remove(LANG); // and put it back last
        next.put(LANG, List.of(locale.getLanguage()));
        clearNotices();
        replaceUrl(next);
    }

    private void replaceUrl(Map<String, List<String>> next) {
        if (next.equals(query)) {
            return;
        }
        query = next;
        // What History.replaceState runs, with the parameters in order (its Location would re-hash them).
        String address = next.isEmpty() ? "." : "?" + LabLink.queryString(next);
        UI.getCurrent().getPage().executeJs(
                "setTimeout(() => { window.history.replaceState(null, '', $0);"
                        + " window.dispatchEvent(new CustomEvent('vaadin-navigated')); })", address);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.show(event.getLocale());
        showNotices();
        UI ui = event.getUI();
        ui.getPage().setTitle(getPageTitle());
        ui.getPage().executeJs("document.documentElement.lang = $0", event.getLocale().getLanguage());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
