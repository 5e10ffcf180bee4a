package com.momentumlab.playground;

import java.util.Arrays;
import java.util.Optional;

/** The views under the lab's chart, one shown at a time; the chosen one is part of the permalink. */
public enum LabTab {
    DETAILS("details"),
    LOSS("loss"),
    TABLE("table"),
    STABILITY("stability");

    private final String key;

    LabTab(String key) {
        this.key = key;
    }

    /** The name in the link ({@code view=loss}), in the ids ({@code tab-loss}) and in the label ({@code view.loss}). */
    public String key() {
        return key;
    }

    public String labelKey() {
        return "view." + key;
    }

    public static Optional<LabTab> byKey(String key) {
        return Arrays.stream(values()).filter(tab -> tab.key.equals(key)).findFirst();
    }
}
