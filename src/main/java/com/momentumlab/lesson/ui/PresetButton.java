package com.momentumlab.lesson.ui;

import com.momentumlab.base.i18n.Message;
import com.vaadin.flow.component.button.Button;
import com.momentumlab.base.ui.ServerHtml;
import com.momentumlab.playground.LabState;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * A lesson widget that loads one example into the lab and runs it, then says what the lab is running. On a
 * narrow screen, where the lab is not beside the text, it also scrolls the lab into view. Ids: the widget's
 * name, and {@code <name>-button}, {@code <name>-status} for its parts.
 */
class PresetButton extends Div implements LocaleChangeObserver {

    private final String buttonKey;
    private final Message done;
    private final Button button = new Button(VaadinIcon.PLAY.create());
    private final ServerHtml status = new ServerHtml("span");
    private boolean applied;

    PresetButton(String name, LabState example, String buttonKey, Message done, LabHooks lab) {
        this.buttonKey = buttonKey;
        this.done = done;
        setId(name);
        addClassName("ml-widget");
        addClassName("ml-preset");
        button.setId(name + "-button");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClickListener(e -> {
            lab.runAndShow(example);
            applied = true;
            showDone();
        });
        status.setId(name + "-status");
        status.getElement().setAttribute("role", "status");
        add(button, status);
    }

    private void showDone() {
        status.setText(applied ? done.translate(this) : "");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        button.setText(getTranslation(buttonKey));
        showDone();
    }
}
