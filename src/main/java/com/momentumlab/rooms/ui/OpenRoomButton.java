package com.momentumlab.rooms.ui;

import com.momentumlab.rooms.Rooms;
import com.momentumlab.rooms.RoomsUnavailable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.QueryParameters;

/** "Open a study room": opens one and takes the facilitator to its private page. */
public class OpenRoomButton extends Button implements LocaleChangeObserver {

    public OpenRoomButton(Rooms rooms) {
        setId("open-room");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> open(rooms));
    }

    private void open(Rooms rooms) {
        try {
            rooms.open().ifPresentOrElse(
                    opened -> getUI().ifPresent(ui -> ui.navigate("room/" + opened.code().value() + "/lead",
                            QueryParameters.of(LeadView.KEY, opened.key().value()))),
                    () -> tell("room.open.full"));
        } catch (RoomsUnavailable away) {
            tell("room.unavailable");
        }
    }

    private void tell(String key) {
        Notification.show(getTranslation(key), 6000, Notification.Position.MIDDLE);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        setText(getTranslation("room.open"));
    }
}
