package com.momentumlab.playground.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lab's views besides the chart (details of the current step, loss curve, iterates, stability map) as tabs
 * under the chart: one click away, and the selected tab says which one shows. A hidden panel stays in the page
 * and keeps following the run, so switching shows it at once and up to date.
 */
final class LabViews extends Div implements LocaleChangeObserver {

    /** One view: {@code key} names its tab ({@code tab-key}), its panel ({@code view-key}) and its label. */
    record View(String key, Component... content) {}

    private final Tabs tabs = new Tabs();
    private final Map<Tab, Div> panels = new LinkedHashMap<>();
    private final Map<Tab, String> labelKeys = new LinkedHashMap<>();

    /** @param everyView shown above every panel (the choice of optimizer they all follow) */
    LabViews(Component everyView, List<View> views) {
        addClassName("ml-lab-views");
        tabs.setId("lab-views");
        tabs.addClassName("ml-lab-tabs");
        add(tabs, everyView);
        for (View view : views) {
            Tab tab = new Tab();
            tab.setId("tab-" + view.key());
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
        }
        tabs.addSelectedChangeListener(e -> showSelected());
        showSelected();
    }

    private void showSelected() {
        panels.forEach((tab, panel) -> panel.setVisible(tab.isSelected()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        labelKeys.forEach((tab, key) -> tab.setLabel(getTranslation(key)));
    }
}
