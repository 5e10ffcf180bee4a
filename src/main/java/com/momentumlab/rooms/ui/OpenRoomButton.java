package com.momentumlab.rooms.ui;

import com.momentumlab.rooms.Rooms;
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
        addClickListener(e -> rooms.open().ifPresentOrElse(
                opened -> getUI().ifPresent(ui -> ui.navigate("room/" + opened.code().value() + "/lead",
                        QueryParameters.of(LeadView.KEY, opened.key().value()))),
                () -> Notification.show(getTranslation("room.open.full"), 6000, Notification.Position.MIDDLE)));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        setText(getTranslation("room.open"));
    }
}
