package com.momentumlab.lesson.ui;

import com.momentumlab.lesson.drill.DrillMessage;
import com.vaadin.flow.component.Component;

/** A translation key with its arguments, kept so the text can be translated again after a language switch. */
record Message(String key, String... args) {

    static Message of(DrillMessage message) {
        return new Message(message.key(), message.args().toArray(String[]::new));
    }

    String translate(Component component) {
        return component.getTranslation(key, (Object[]) args);
    }
}
