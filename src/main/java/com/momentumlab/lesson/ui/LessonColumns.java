package com.momentumlab.lesson.ui;

import com.momentumlab.lesson.LessonLibrary;
import com.momentumlab.lesson.Quiz;
import com.momentumlab.playground.PlaygroundService;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** Builds one tab's {@link LessonColumn} from the shared, already rendered lesson content. */
@SpringComponent
public class LessonColumns {

    private final LessonLibrary library;
    private final Quiz quiz;
    private final PlaygroundService service;

    LessonColumns(LessonLibrary library, Quiz quiz, PlaygroundService service) {
        this.library = library;
        this.quiz = quiz;
        this.service = service;
    }

    public LessonColumn create(LabHooks lab) {
        return new LessonColumn(library, quiz, service, lab);
    }
}
