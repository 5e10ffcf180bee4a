package com.momentumlab.playground.ui;

import com.momentumlab.base.input.Numbers;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.function.Window;
import com.momentumlab.playground.LabModel;
import com.momentumlab.playground.LabRules;
import com.momentumlab.playground.LabState;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.List;

/** Where the runs start: the function, the start point and the number of steps. */
final class StartControls extends Div implements LabModel.Listener, LocaleChangeObserver {

    private final LabModel model;
    private final Select<Objective> function = new Select<>();
    private final NumberInput startX;
    private final NumberInput startY;
    private final NumberInput steps;

    StartControls(LabModel model, List<Objective> functions) {
        this.model = model;
        addClassName("ml-controls");
        function.setId("field-function");
        function.setItemLabelGenerator(f -> getTranslation("function." + f.key()));
        function.setItems(functions);
        function.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                model.setFunction(e.getValue());
            }
        });
        startX = new NumberInput("field.x0.label", () -> startHelper(true),
                text -> LabRules.startX(text, model.function().window()));
        startY = new NumberInput("field.y0.label", () -> startHelper(false),
                text -> LabRules.startY(text, model.function().window()));
        steps = new NumberInput("field.steps.label",
                () -> getTranslation("field.steps.helper", Numbers.exact(LabRules.MAX_STEPS)), LabRules::steps);
        startX.setId("field-x0");
        startY.setId("field-y0");
        steps.setId("field-steps");
        startX.sendTo(model, x -> model.setStart(new Vec2(x, model.state().start().y())));
        startY.sendTo(model, y -> model.setStart(new Vec2(model.state().start().x(), y)));
        steps.sendTo(model, n -> model.setSteps((int) n));
        add(function, startX, startY, steps);
        model.addListener(this);
    }

    private String startHelper(boolean x) {
        Window w = model.function().window();
        return x ? getTranslation("field.start.helper", Numbers.exact(w.xMin()), Numbers.exact(w.xMax()))
                : getTranslation("field.start.helper", Numbers.exact(w.yMin()), Numbers.exact(w.yMax()));
    }

    @Override
    public void stateChanged(LabState state, LabModel.Change change) {
        function.setValue(model.function());
        startX.show(state.start().x());
        startY.show(state.start().y());
        steps.show(state.steps());
        if (change == LabModel.Change.FUNCTION) {
            startX.refreshTexts(); // the allowed range
            startY.refreshTexts();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        function.setLabel(getTranslation("field.function.label"));
        function.setItemLabelGenerator(f -> getTranslation("function." + f.key()));
    }
}
