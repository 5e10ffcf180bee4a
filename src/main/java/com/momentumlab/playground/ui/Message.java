package com.momentumlab.playground.ui;

import com.vaadin.flow.component.Component;

/** A translation key with its arguments, kept so a text can be re-translated when the language changes. */
record Message(String key, String... args) {

    String translate(Component component) {
        return component.getTranslation(key, (Object[]) args);
    }
}
