package com.momentumlab.playground.ui;

import com.momentumlab.playground.LabModel;
import com.momentumlab.playground.LabState;
import com.momentumlab.playground.LabTab;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The lab's views besides the chart (details of the current step, loss curve, iterates, stability map) as tabs
 * under the chart: one click away, and the selected tab says which one shows; the choice is the lab's (it is in
 * the link). A hidden panel is brought up to date when it is shown. The tabs are plain buttons in an ARIA
 * tablist: Vaadin's {@code vaadin-tabs} puts a focusable scroll box between the tablist and its tabs, which axe
 * reports as a critical violation. The keys work as in the WAI-ARIA tabs pattern: only the selected tab is in
 * the Tab order, and Left/Right/Home/End move to another tab and show it.
 */
final class LabViews extends Div implements LabModel.Listener, LocaleChangeObserver {

    /** The keys that move between tabs; their default (scrolling the page) is prevented in the tab list only. */
    static final String TAB_KEYS = "['ArrowLeft','ArrowRight','Home','End'].includes(event.key)";

    private final Div tabs = new Div();
    private final Map<LabTab, NativeButton> tabOf = new EnumMap<>(LabTab.class);
    private final Map<LabTab, TabPanel> panelOf = new EnumMap<>(LabTab.class);
    private LabTab selected;

    /**
     * @param everyView shown above every panel (the choice of optimizer they all follow)
     * @param panels    the panel of each tab, in the tabs' order
     */
    LabViews(LabModel model, Component everyView, Map<LabTab, TabPanel> panels) {
        addClassName("ml-lab-views");
        tabs.setId("lab-views");
        tabs.addClassName("ml-lab-tabs");
        tabs.getElement().setAttribute("role", "tablist");
        add(tabs, everyView);
        panels.forEach((key, panel) -> {
            NativeButton tab = new NativeButton();
            tab.setId("tab-" + key.key());
            tab.getElement().setAttribute("type", "button");
            tab.getElement().setAttribute("role", "tab");
            tab.addClassName("ml-lab-tab");
            panel.setId("view-" + key.key());
            panel.addClassName("ml-lab-view");
            panel.getElement().setAttribute("role", "tabpanel");
            panel.getElement().setAttribute("aria-labelledby", "tab-" + key.key());
            tab.getElement().setAttribute("aria-controls", "view-" + key.key());
            tabs.add(tab);
            add(panel);
            tabOf.put(key, tab);
            panelOf.put(key, panel);
            tab.addClickListener(e -> model.setTab(key));
        });
        tabs.getElement().addEventListener("keydown", event -> {
            LabTab next = next(event.getEventData().path("event.key").asString(""));
            model.setTab(next);
            tabOf.get(next).focus();
        }).setFilter(TAB_KEYS).addEventData("event.key").addEventData(TAB_KEYS + " && event.preventDefault()");
        model.addListener(this);
    }

    /** The tab a key moves to from the selected one: Left and Right wrap round, Home and End go to either end. */
    private LabTab next(String key) {
        List<LabTab> order = List.copyOf(tabOf.keySet());
        int at = order.indexOf(selected);
        return switch (key) {
            case "ArrowLeft" -> order.get((at + order.size() - 1) % order.size());
            case "ArrowRight" -> order.get((at + 1) % order.size());
            case "Home" -> order.get(0);
            case "End" -> order.get(order.size() - 1);
            default -> selected;
        };
    }

    @Override
    public void stateChanged(LabState state, LabModel.Change change) {
        if (state.tab() == selected) {
            return;
        }
        selected = state.tab();
        tabOf.forEach((key, tab) -> {
            boolean shown = key == selected;
            tab.getElement().setAttribute("aria-selected", Boolean.toString(shown));
            tab.setTabIndex(shown ? 0 : -1); // roving: Tab enters the tab list at the selected tab
            panelOf.get(key).setVisible(shown);
        });
        panelOf.get(selected).shown();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        tabOf.forEach((key, tab) -> tab.setText(getTranslation(key.labelKey())));
    }
}
