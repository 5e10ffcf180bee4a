package com.momentumlab.playground.ui;

import com.momentumlab.playground.LabModel;
import com.momentumlab.playground.LabState;
import com.momentumlab.playground.OptimizerKind;
import com.momentumlab.playground.Run;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.List;

/** Which optimizer's step the views under the chart (readout, loss curve, table) and the arrows follow. */
final class DetailChoice extends Composite<Select<OptimizerKind>> implements LabModel.Listener, LocaleChangeObserver {

    private final LabModel model;
    /** The optimizers offered: only a change of them sends the items again (a new β must not). */
    private List<OptimizerKind> offered = List.of();

    DetailChoice(LabModel model) {
        this.model = model;
        getContent().setId("field-detail");
        getContent().setItemLabelGenerator(kind -> getTranslation("optimizer." + kind.key()));
        getContent().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                model.setDetailKind(e.getValue());
            }
        });
        model.addListener(this);
    }

    @Override
    public void stateChanged(LabState state, LabModel.Change change) {
        List<OptimizerKind> kinds = model.runs().stream().map(Run::kind).toList();
        if (!kinds.equals(offered)) {
            offered = kinds;
            getContent().setItems(kinds);
        }
        getContent().setValue(model.detailKind());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getContent().setLabel(getTranslation("field.detail.label"));
        getContent().setItemLabelGenerator(kind -> getTranslation("optimizer." + kind.key()));
    }
}
