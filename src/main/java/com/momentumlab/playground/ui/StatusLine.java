package com.momentumlab.playground.ui;

import com.momentumlab.base.ui.LiveText;
import com.momentumlab.playground.LabModel;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.function.Consumer;

/**
 * What the run did (a live region under the chart), and after a divergence the way to the lesson's explanation
 * in {@link #why()} (placed next to it by the panel).
 */
final class StatusLine extends Composite<LiveText> implements LabModel.Listener, LocaleChangeObserver {

    /** The lesson section that explains when a run converges and why it diverges. */
    static final String CONVERGENCE_SECTION = "convergence";

    private final Button why = new Button();
    private LabModel.Status status;

    StatusLine(LabModel model, Consumer<String> showLessonSection) {
        getContent().setId("status");
        getContent().getElement().setAttribute("role", "status");
        why.setId("status-why");
        why.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        why.addClickListener(e -> showLessonSection.accept(CONVERGENCE_SECTION));
        model.addListener(this);
    }

    Button why() {
        return why;
    }

    @Override
    public void statusChanged(LabModel.Status next) {
        status = next;
        getContent().setClassName("ml-status-error", next.error());
        why.setVisible(next.offersWhy());
        translate();
    }

    private void translate() {
        getContent().setText(String.join(" ", status.messages().stream().map(m -> m.translate(this)).toList()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        translate();
        why.setText(getTranslation("status.why"));
    }
}
