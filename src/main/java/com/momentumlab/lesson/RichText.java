package com.momentumlab.lesson;

/**
 * A short text as written (Markdown with {@code $...$} TeX) and rendered to sanitized inline HTML
 * ({@code <span class="lesson-inline">...</span>}, math as {@code <span class="math" data-tex="...">}).
 */
public record RichText(String source, String html) {}
