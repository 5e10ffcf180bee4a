package com.momentumlab.lesson.ui;

import com.momentumlab.base.input.Numbers;
import com.momentumlab.base.ui.LeanButton;
import com.momentumlab.base.ui.ServerHtml;
import com.momentumlab.lesson.ComparisonRuns;
import com.momentumlab.lesson.LessonWidgets;
import com.momentumlab.playground.LabState;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * A button that loads the classic example (valley, start (−7, 2), α 0.1, β 0.9, 30 steps) into the lab and runs
 * it. On a narrow screen, where the lab is not beside the text, it also scrolls the lab into view.
 */
class ClassicPreset extends Div implements LocaleChangeObserver {

    static final LabState CLASSIC = LabState.momentum(ComparisonRuns.VALLEY, ComparisonRuns.ALPHA, ComparisonRuns.BETA,
            ComparisonRuns.START, ComparisonRuns.STEPS);

    private final LeanButton button = new LeanButton(VaadinIcon.PLAY.create());
    private final ServerHtml done = new ServerHtml("span");
    private boolean applied;

    ClassicPreset(LabHooks lab) {
        setId(LessonWidgets.CLASSIC_PRESET);
        addClassName("ml-widget");
        addClassName("ml-preset");
        button.setId("classic-preset-button");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.onPress(() -> {
            lab.runAndShow(CLASSIC);
            applied = true;
            showDone();
        });
        done.setId("classic-preset-status");
        done.getElement().setAttribute("role", "status");
        add(button, done);
    }

    private void showDone() {
        done.setText(applied ? getTranslation("widget.preset.done",
                "(" + Numbers.exact(CLASSIC.start().x()) + ", " + Numbers.exact(CLASSIC.start().y()) + ")",
                Numbers.exact(CLASSIC.learningRate()), Numbers.exact(CLASSIC.beta()), Integer.toString(CLASSIC.steps()))
                : "");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        button.setText(getTranslation("widget.preset.button"));
        showDone();
    }
}
