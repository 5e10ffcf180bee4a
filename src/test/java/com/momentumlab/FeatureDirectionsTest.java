package com.momentumlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The feature packages import one way: {@code page} (the one page) composes {@code lesson}, {@code playground} and
 * {@code rooms}; the lesson and the rooms may use the lab, never the other way; the rooms' pages may use the lesson's
 * quiz (they put its questions to the room), never the other way; {@code chart}, {@code numerics} and {@code base} know
 * no feature. So a change to the lesson cannot break the lab, and each part can be read on its own.
 */
class FeatureDirectionsTest {

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.momentumlab");

    private static ArchRule mustNotUse(String from, String to) {
        return noClasses()
                .that().resideInAPackage("com.momentumlab." + from + "..")
                .should().dependOnClassesThat().resideInAPackage("com.momentumlab." + to + "..")
                .because(from + " sits below " + to + ": imports go one way");
    }

    @ParameterizedTest(name = "{0} does not use {1}")
    @CsvSource({
            "playground, lesson", "playground, page", "playground, rooms",
            "lesson, page", "lesson, rooms",
            "rooms, page", // rooms sits above lesson: its pages ask the lesson's quiz questions (lesson, rooms: never)
            "chart, playground", "chart, lesson", "chart, page", "chart, numerics",
            "numerics, base", "numerics, chart", "numerics, playground", "numerics, lesson", "numerics, page",
            "base, chart", "base, numerics", "base, playground", "base, lesson", "base, page", "base, rooms",
    })
    void importsGoOneWay(String from, String to) {
        mustNotUse(from, to).check(MAIN_CLASSES);
    }

    @Test
    void theRoomsRulesKnowNoLesson() {
        // Only the rooms' pages show quiz questions: the rules and stores handle a question by its id alone.
        noClasses().that().resideInAPackage("com.momentumlab.rooms")
                .should().dependOnClassesThat().resideInAPackage("com.momentumlab.lesson..")
                .because("a poll names its quiz item by id, so each screen shows it in its own language")
                .check(MAIN_CLASSES);
    }

    @Test
    void theRuleSeesAnImportThatExists() {
        // The page does compose the lesson: the same rule, turned round, must find that.
        assertThat(mustNotUse("page", "lesson").evaluate(MAIN_CLASSES).hasViolation()).isTrue();
    }
}
