package com.momentumlab.lesson;

import java.util.List;

/**
 * One section of the lesson in one language.
 *
 * @param number  1-based position in the lesson
 * @param anchor  stable id, the same in every language (also the id of the section's heading, an {@code h2})
 * @param title   the plain text of the section's {@code # Title}
 * @param html    the whole section as sanitized HTML; widgets appear as
 *                {@code <div class="lesson-widget" data-widget="NAME"></div>}
 * @param widgets the names of the widgets in the section, in reading order
 * @param blocks  the same content split at the widgets, for views that put components in their place
 */
public record LessonSection(
        int number, String anchor, String title, String html, List<String> widgets, List<LessonBlock> blocks) {

    public LessonSection {
        widgets = List.copyOf(widgets);
        blocks = List.copyOf(blocks);
    }
}
