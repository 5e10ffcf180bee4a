package com.momentumlab.lesson;

import java.util.List;

/**
 * A Markdown document rendered to safe HTML.
 *
 * @param title   the text of the first {@code #} heading, or "" when there is none
 * @param html    sanitized HTML: several top-level elements, in document order
 * @param widgets the names of the widget markers, in document order
 */
public record RenderedMarkdown(String title, String html, List<String> widgets) {

    public RenderedMarkdown {
        widgets = List.copyOf(widgets);
    }
}
