package com.momentumlab.lesson;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The whole lesson in one language: its sections in reading order. Immutable. */
public record Lesson(Locale locale, List<LessonSection> sections) {

    public Lesson {
        sections = List.copyOf(sections);
    }

    public Optional<LessonSection> section(String anchor) {
        return sections.stream().filter(s -> s.anchor().equals(anchor)).findFirst();
    }
}
