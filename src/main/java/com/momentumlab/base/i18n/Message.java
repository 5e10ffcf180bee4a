package com.momentumlab.base.i18n;

import com.vaadin.flow.component.Component;
import java.util.Arrays;

/**
 * A translation key with its arguments, kept so a text can be translated again when the language changes. An
 * argument may itself be a message (for example an optimizer's name inside a sentence).
 */
public record Message(String key, Object... args) {

    public String translate(Component component) {
        Object[] translated = Arrays.stream(args)
                .map(arg -> arg instanceof Message inner ? inner.translate(component) : arg)
                .toArray();
        return component.getTranslation(key, translated);
    }
}
