package com.momentumlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpokenMathTest {

    @Test
    void readsFormulasAsPlainText() {
        assertThat(SpokenMath.of("$\\alpha\\lambda < 2 + 2\\beta$")).isEqualTo("αλ < 2 + 2β");
        assertThat(SpokenMath.of("$v \\leftarrow \\beta v - \\alpha \\nabla L(\\theta)$"))
                .isEqualTo("v ← β v - α ∇ L(θ)");
        assertThat(SpokenMath.of("$\\frac{1}{1 - \\beta}$ steps")).isEqualTo("(1)/(1 - β) steps");
        assertThat(SpokenMath.of("rate $\\sqrt{\\beta}$")).isEqualTo("rate √(β)");
        assertThat(SpokenMath.of("$\\beta > (1 - \\sqrt{\\alpha\\lambda})^2$")).isEqualTo("β > (1 - √(αλ))^2");
        assertThat(SpokenMath.of("no formula at all")).isEqualTo("no formula at all");
    }

    @Test
    void everyQuizChoiceGetsANameWithoutTexLeft() {
        Quiz quiz = new Quiz();
        for (java.util.Locale locale : new java.util.Locale[] {java.util.Locale.ENGLISH, java.util.Locale.JAPANESE}) {
            quiz.items(locale).forEach(item -> item.choices().forEach(choice -> {
                String spoken = SpokenMath.of(choice.source());
                assertThat(spoken).as(choice.source()).isNotBlank().doesNotContain("\\").doesNotContain("$");
            }));
        }
    }
}
