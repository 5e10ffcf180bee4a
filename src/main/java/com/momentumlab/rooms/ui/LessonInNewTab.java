package com.momentumlab.rooms.ui;

import com.vaadin.flow.component.UI;

/**
 * A room's pages carry the lab without the lesson: the lab's "Why?" opens the lesson's section in a new tab, so the
 * learner keeps their place in the room.
 */
final class LessonInNewTab {

    private LessonInNewTab() {}

    /** Opens the lesson page at the section {@code anchor} (relative to the app's root, which Vaadin's base names). */
    static void open(String anchor) {
        UI.getCurrent().getPage().open("./#" + anchor, "_blank");
    }
}
