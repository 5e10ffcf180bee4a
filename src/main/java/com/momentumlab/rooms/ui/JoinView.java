package com.momentumlab.rooms.ui;

import com.momentumlab.rooms.JoinResult;
import com.momentumlab.rooms.Nickname;
import com.momentumlab.rooms.RoomCode;
import com.momentumlab.rooms.Rooms;
import com.momentumlab.rooms.RoomsUnavailable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;

/** Where a learner joins a room: the code (filled in from the QR code's link) and a nickname, nothing else. */
@Route("join")
class JoinView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final Rooms rooms;
    private final H1 heading = new H1();
    private final TextField code = new TextField();
    private final TextField nickname = new TextField();
    private final Button join = new Button();
    private final Paragraph problem = new Paragraph();
    private final Anchor home = new Anchor("./", "");
    private String problemKey;

    JoinView(Rooms rooms) {
        this.rooms = rooms;
        addClassName("ml-room-page");
        code.setId("room-code");
        code.setMaxLength(4 * RoomCode.LENGTH);
        code.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.CHARACTERS);
        nickname.setId("room-nickname");
        nickname.setMaxLength(4 * Nickname.MAX_LENGTH);
        join.setId("room-join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(e -> join());
        join.addClickShortcut(Key.ENTER);
        problem.setId("room-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("ml-status-error");
        add(heading, code, nickname, join, problem, home);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> typed = event.getLocation().getQueryParameters().getParameters().getOrDefault("code", List.of());
        if (!typed.isEmpty()) {
            RoomCode.parse(typed.get(0)).ifPresent(c -> code.setValue(c.value()));
        }
    }

    private void join() {
        String client = VaadinSession.getCurrent().getBrowser().getAddress();
        JoinResult result;
        try {
            result = rooms.join(code.getValue(), nickname.getValue(), client == null ? "unknown" : client);
        } catch (RoomsUnavailable away) {
            showProblem("room.unavailable");
            return;
        }
        switch (result) {
            case JoinResult.Joined joined -> {
                new Membership(joined.code(), joined.participantId(), false).save();
                getUI().ifPresent(ui -> ui.navigate(RoomLabView.class, RoomLabView.parameters(joined.code())));
                return;
            }
            case JoinResult.NoSuchRoom none -> showProblem("room.join.noSuchRoom");
            case JoinResult.Locked locked -> showProblem("room.join.locked");
            case JoinResult.Full full -> showProblem("room.join.full");
            case JoinResult.TooManyAttempts tooMany -> showProblem("room.join.tooMany");
            case JoinResult.BadNickname bad -> showProblem("room.join.name." + bad.problem().name());
        }
    }

    private void showProblem(String key) {
        problemKey = key;
        problem.setText(getTranslation(key));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("room.join.heading"));
        code.setLabel(getTranslation("room.join.code"));
        code.setHelperText(getTranslation("room.join.code.helper"));
        nickname.setLabel(getTranslation("room.join.name"));
        nickname.setHelperText(getTranslation("room.join.name.helper"));
        join.setText(getTranslation("room.join.button"));
        home.setText(getTranslation("room.home"));
        problem.setText(problemKey == null ? "" : getTranslation(problemKey));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("room.join.heading") + " — " + getTranslation("app.title");
    }
}
