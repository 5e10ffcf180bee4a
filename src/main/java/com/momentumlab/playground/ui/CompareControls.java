package com.momentumlab.playground.ui;

import com.momentumlab.playground.LabModel;
import com.momentumlab.playground.LabState;
import com.momentumlab.playground.OptimizerKind;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.EnumMap;
import java.util.Map;

/**
 * The optimizers compared with Momentum: the choice, and the fields of each compared one in {@link #rows()}
 * (placed apart from the choice by the panel).
 */
final class CompareControls extends Composite<CheckboxGroup<OptimizerKind>>
        implements LabModel.Listener, LocaleChangeObserver {

    private final LabModel model;
    private final Div rows = new Div();
    private final Map<OptimizerKind, HyperInputs> rowOf = new EnumMap<>(OptimizerKind.class);

    CompareControls(LabModel model) {
        this.model = model;
        CheckboxGroup<OptimizerKind> compare = getContent();
        compare.setId("field-compare");
        compare.setItems(OptimizerKind.comparable());
        compare.setItemLabelGenerator(kind -> getTranslation("optimizer." + kind.key()));
        compare.addValueChangeListener(e -> model.setCompared(e.getValue()));
        rows.addClassName("ml-compare-rows");
        model.addListener(this);
    }

    /** The fields of the compared optimizers, in menu order. */
    Div rows() {
        return rows;
    }

    @Override
    public void stateChanged(LabState state, LabModel.Change change) {
        if (!state.compared().equals(getContent().getValue())) {
            getContent().setValue(state.compared()); // refreshes every checkbox, even for the same value
        }
        showRows(state);
    }

    /**
     * Shows the fields of the compared optimizers and hides the others'. A row is made the first time its
     * optimizer is compared: most learners never compare, and every field costs the server memory in each tab.
     */
    private void showRows(LabState state) {
        for (OptimizerKind kind : OptimizerKind.comparable()) {
            boolean compared = state.compared().contains(kind);
            HyperInputs row = rowOf.get(kind);
            if (row == null && compared) {
                row = new HyperInputs(kind, model);
                int before = (int) rowOf.keySet().stream().filter(k -> k.ordinal() < kind.ordinal()).count();
                rows.addComponentAtIndex(before, row);
                rowOf.put(kind, row);
            } else if (row != null) {
                row.show(state);
            }
            if (row != null) {
                row.setVisible(compared);
            }
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getContent().setLabel(getTranslation("field.compare.label"));
        getContent().setItemLabelGenerator(kind -> getTranslation("optimizer." + kind.key()));
    }
}
