package com.momentumlab.lesson.drill;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The drill's logic is plain Java: a view uses it, it uses no view or framework. */
class DrillArchitectureTest {

    @Test
    void theDrillDependsOnNoVaadinSpringOrServletClass() {
        noClasses()
                .that().resideInAPackage("com.momentumlab.lesson.drill..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..", "org.springframework..", "jakarta.servlet..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.momentumlab.lesson.drill"));
    }
}
