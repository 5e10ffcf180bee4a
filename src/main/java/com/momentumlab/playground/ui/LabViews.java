package com.momentumlab.playground.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lab's views besides the chart (details of the current step, loss curve, iterates, stability map) as tabs
 * under the chart: one click away, and the selected tab says which one shows. A hidden panel is brought up to
 * date when it is shown. The tabs are plain buttons in an ARIA tablist: Vaadin's {@code vaadin-tabs} puts a
 * focusable scroll box between the tablist and its tabs, which axe reports as a critical violation.
 */
final class LabViews extends Div implements LocaleChangeObserver {

    /** One view: {@code key} names its tab ({@code tab-key}), its panel ({@code view-key}) and its label. */
    record View(String key, Component... content) {}

    private final Div tabs = new Div();
    private final Map<NativeButton, Div> panels = new LinkedHashMap<>();
    private final Map<NativeButton, String> labelKeys = new LinkedHashMap<>();

    /** @param everyView shown above every panel (the choice of optimizer they all follow) */
    LabViews(Component everyView, List<View> views) {
        addClassName("ml-lab-views");
        tabs.setId("lab-views");
        tabs.addClassName("ml-lab-tabs");
        tabs.getElement().setAttribute("role", "tablist");
        add(tabs, everyView);
        for (View view : views) {
            NativeButton tab = new NativeButton();
            tab.setId("tab-" + view.key());
            tab.getElement().setAttribute("type", "button");
            tab.getElement().setAttribute("role", "tab");
            tab.addClassName("ml-lab-tab");
            labelKeys.put(tab, "view." + view.key());
            Div panel = new Div(view.content());
            panel.setId("view-" + view.key());
            panel.addClassName("ml-lab-view");
            panel.getElement().setAttribute("role", "tabpanel");
            panel.getElement().setAttribute("aria-labelledby", "tab-" + view.key());
            tab.getElement().setAttribute("aria-controls", "view-" + view.key());
            tabs.add(tab);
            panels.put(tab, panel);
            add(panel);
            tab.addClickListener(e -> select(tab));
        }
        select(panels.keySet().iterator().next());
    }

    private void select(NativeButton tab) {
        panels.forEach((t, panel) -> {
            t.getElement().setAttribute("aria-selected", Boolean.toString(t == tab));
            panel.setVisible(t == tab);
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        labelKeys.forEach((tab, key) -> tab.setText(getTranslation(key)));
    }
}
