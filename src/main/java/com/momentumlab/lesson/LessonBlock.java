package com.momentumlab.lesson;

/**
 * A piece of a section in reading order: either sanitized HTML or the place of a live widget. A view can
 * show text blocks as HTML and put its own component where a widget block stands.
 */
public sealed interface LessonBlock {

    /** Sanitized HTML with exactly one root element, {@code <div class="lesson-text">}. */
    record Text(String html) implements LessonBlock {}

    /** A widget marker; {@code name} is one of {@link LessonWidgets#ALL}. */
    record Widget(String name) implements LessonBlock {}
}
