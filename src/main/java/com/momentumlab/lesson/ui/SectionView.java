package com.momentumlab.lesson.ui;

import com.momentumlab.base.ui.MathHtml;
import com.momentumlab.lesson.LessonBlock;
import com.momentumlab.lesson.LessonSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One lesson section: its text blocks as {@link MathHtml} (KaTeX typesets the formulas in the browser) and its
 * widgets in their places. Showing the same section in another language only replaces the text, so the
 * widgets, and whatever the learner did with them, stay as they are.
 */
class SectionView extends Section {

    private List<LessonBlock> shown = List.of();
    private final List<Component> parts = new ArrayList<>();

    SectionView(String anchor) {
        addClassName("ml-lesson-section");
        getElement().setAttribute("data-anchor", anchor);
        // The section's heading (inside the HTML) has the anchor as its id.
        getElement().setAttribute("aria-labelledby", anchor);
    }

    void show(LessonSection section, Function<String, Component> widgets) {
        List<LessonBlock> blocks = section.blocks();
        if (sameLayout(shown, blocks)) {
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof LessonBlock.Text text) {
                    ((MathHtml) parts.get(i)).setSanitizedHtml(text.html());
                }
            }
        } else {
            removeAll();
            parts.clear();
            for (LessonBlock block : blocks) {
                Component part;
                if (block instanceof LessonBlock.Text text) {
                    MathHtml html = new MathHtml();
                    html.setSanitizedHtml(text.html());
                    part = html;
                } else {
                    part = widgets.apply(((LessonBlock.Widget) block).name());
                }
                parts.add(part);
                add(part);
            }
        }
        shown = blocks;
    }

    /** The same sequence of text and widget blocks, the widgets with the same names. */
    private static boolean sameLayout(List<LessonBlock> a, List<LessonBlock> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            LessonBlock x = a.get(i);
            LessonBlock y = b.get(i);
            boolean same = x instanceof LessonBlock.Text
                    ? y instanceof LessonBlock.Text
                    : y instanceof LessonBlock.Widget w && Objects.equals(w, x);
            if (!same) {
                return false;
            }
        }
        return true;
    }
}
