package com.momentumlab.numerics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The numerics are plain Java: they can be tested, benchmarked and reused without a server or a UI. */
class NumericsArchitectureTest {

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.momentumlab");

    private static ArchRule knowsNoFramework(String packageIdentifier) {
        return noClasses()
                .that().resideInAPackage(packageIdentifier)
                .should().dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..", "org.springframework..", "jakarta.servlet..")
                .because("the numerics must run and be tested without Vaadin, Spring or a servlet container");
    }

    @Test
    void numericsDependOnNoVaadinSpringOrServletClass() {
        knowsNoFramework("com.momentumlab.numerics..").check(MAIN_CLASSES);
    }

    @Test
    void theRuleDoesCatchAFrameworkDependency() {
        // Application is a Spring Boot + Vaadin class: the same rule applied to its package must fail.
        assertThat(knowsNoFramework("com.momentumlab").evaluate(MAIN_CLASSES).hasViolation()).isTrue();
    }
}
