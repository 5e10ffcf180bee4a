package com.momentumlab.playground.ui;

import com.momentumlab.playground.LabModel;
import com.momentumlab.playground.LabRules;
import com.momentumlab.playground.LabState;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.stream.IntStream;

/** Run, Pause/Resume, Step, Back to start, the drawing speed and the link: each enabled as the playback allows. */
final class PlaybackBar extends Div implements LabModel.Listener, LocaleChangeObserver {

    private final LabModel model;
    private final Button run = new Button();
    private final Button pause = new Button();
    private final Button step = new Button();
    private final Button reset = new Button();
    private final Select<Integer> speed = new Select<>();
    private final Button copyLink = new Button();

    PlaybackBar(LabModel model) {
        this.model = model;
        addClassNames("ml-controls", "ml-playback");
        run.setId("run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> model.run());
        pause.setId("pause");
        pause.addClickListener(e -> model.pauseOrResume());
        step.setId("step");
        step.addClickListener(e -> model.step());
        reset.setId("reset");
        reset.addClickListener(e -> model.backToStart());
        speed.setId("field-speed");
        speed.setItemLabelGenerator(s -> getTranslation("speed." + s));
        speed.setItems(IntStream.rangeClosed(1, LabRules.MAX_SPEED).boxed().toList());
        speed.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                model.setSpeed(e.getValue());
            }
        });
        copyLink.setId("copy-link");
        copyLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copyLink.addClickListener(e -> copyLink());
        add(run, pause, step, reset, speed, copyLink);
        model.addListener(this);
    }

    @Override
    public void stateChanged(LabState state, LabModel.Change change) {
        speed.setValue(state.speed());
    }

    @Override
    public void cursorMoved(LabModel.CursorMove move) {
        showButtons();
    }

    @Override
    public void statusChanged(LabModel.Status status) {
        showButtons();
    }

    private void showButtons() {
        pause.setText(getTranslation(model.canResume() ? "button.resume" : "button.pause"));
        pause.setEnabled(model.canPauseOrResume());
        step.setEnabled(model.canStep());
        reset.setEnabled(model.canRewind());
    }

    private void copyLink() {
        getUI().ifPresent(ui -> ui.getPage()
                .executeJs("return navigator.clipboard.writeText(location.href).then(() => true, () => false)")
                .then(Boolean.class, copied -> Notification.show(
                        getTranslation(Boolean.TRUE.equals(copied) ? "link.copied" : "link.copyFailed"),
                        4000, Notification.Position.BOTTOM_CENTER)));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        run.setText(getTranslation("button.run"));
        run.setTooltipText(getTranslation("button.run.tooltip"));
        step.setText(getTranslation("button.step"));
        reset.setText(getTranslation("button.reset"));
        speed.setLabel(getTranslation("field.speed.label"));
        speed.setItemLabelGenerator(s -> getTranslation("speed." + s));
        copyLink.setText(getTranslation("button.copyLink"));
        showButtons();
    }
}
