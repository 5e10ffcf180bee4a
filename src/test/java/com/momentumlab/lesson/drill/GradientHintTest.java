package com.momentumlab.lesson.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.momentumlab.lesson.drill.DrillQuestion.Axis;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.numerics.function.Objective;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The substituted gradient formulas are what a learner would type into a calculator: evaluating the
 * hint's text must give the function's gradient at that point.
 */
class GradientHintTest {

    private static final double[][] POINTS = {{-7, 2}, {-1.5, 2}, {0, 0}, {3, 2}, {-4.75, 1.5}, {1.1, -0.25}, {-2, -1}};

    @Test
    void everyFunctionOfTheCatalogueHasAHint() {
        assertThat(Catalogue.all()).allSatisfy(f -> assertThat(GradientHint.forFunction(f.key())).isPresent());
        assertThat(GradientHint.forFunction("nonesuch")).isEmpty();
    }

    @Test
    void theSubstitutedFormulaEvaluatesToTheGradient() {
        for (Objective f : Catalogue.all()) {
            GradientHint hint = GradientHint.forFunction(f.key()).orElseThrow();
            for (double[] p : POINTS) {
                Vec2 gradient = f.gradient(p[0], p[1]);
                BigDecimal x = BigDecimal.valueOf(p[0]);
                BigDecimal y = BigDecimal.valueOf(p[1]);
                String dx = hint.substituted(Axis.X, x, y);
                String dy = hint.substituted(Axis.Y, x, y);
                double tolerance = 1e-12 * (1 + Math.abs(gradient.x()) + Math.abs(gradient.y()));
                assertThat(Calculator.evaluate(dx)).as(f.key() + " " + dx).isCloseTo(gradient.x(), within(tolerance));
                assertThat(Calculator.evaluate(dy)).as(f.key() + " " + dy).isCloseTo(gradient.y(), within(tolerance));
            }
        }
    }

    @Test
    void rosenbrocksHintAtItsDefaultStartReadsAsOnPaper() {
        GradientHint hint = GradientHint.forFunction("rosenbrock").orElseThrow();
        assertThat(hint.formula(Axis.X)).isEqualTo("−2(1 − x) − 400x(y − x²)");
        assertThat(hint.substituted(Axis.X, new BigDecimal("-1.5"), new BigDecimal("2")))
                .isEqualTo("−2 × (1 − (−1.5)) − 400 × (−1.5) × (2 − (−1.5)²)");
    }

    @Test
    void theCalculatorReadsHandNotation() {
        assertThat(Calculator.evaluate("0.9 × 0 − 0.1 × (−0.7)")).isCloseTo(0.07, within(1e-15));
        assertThat(Calculator.evaluate("−2 × (1 − (−1.5)) − 400 × (−1.5) × (2 − (−1.5)²)")).isCloseTo(-155, within(1e-12));
        assertThat(Calculator.evaluate("(1.5 × 10⁻⁷)/10")).isCloseTo(1.5e-8, within(1e-22));
        assertThat(Calculator.evaluate("−7/10")).isCloseTo(-0.7, within(1e-15));
    }

    /**
     * A calculator for the hints' notation: + − × / with the usual precedence, parentheses, unary minus
     * (U+2212), "²", and "10⁻⁷" powers of ten.
     */
    private static final class Calculator {

        private final String text;
        private int pos;

        private Calculator(String text) {
            this.text = text.replace(" ", "");
        }

        static double evaluate(String text) {
            Calculator c = new Calculator(text);
            double value = c.sum();
            assertThat(c.pos).as("unread text in " + text).isEqualTo(c.text.length());
            return value;
        }

        private double sum() {
            double value = product();
            while (pos < text.length() && (peek() == '+' || peek() == '−')) {
                value = text.charAt(pos++) == '+' ? value + product() : value - product();
            }
            return value;
        }

        private double product() {
            double value = factor();
            while (pos < text.length() && (peek() == '×' || peek() == '/')) {
                char op = text.charAt(pos++);
                if (op == '×' && text.startsWith("10", pos) && pos + 2 < text.length() && isSuperscript(text.charAt(pos + 2))) {
                    pos += 2;
                    value *= Math.pow(10, superscriptExponent());
                } else {
                    value = op == '×' ? value * factor() : value / factor();
                }
            }
            return value;
        }

        private double factor() {
            if (peek() == '−') {
                pos++;
                return -factor();
            }
            double value;
            if (peek() == '(') {
                pos++;
                value = sum();
                assertThat(text.charAt(pos++)).isEqualTo(')');
            } else {
                int start = pos;
                while (pos < text.length() && (Character.isDigit(peek()) || peek() == '.')) {
                    pos++;
                }
                value = Double.parseDouble(text.substring(start, pos));
            }
            if (pos < text.length() && peek() == '²') {
                pos++;
                value *= value;
            }
            return value;
        }

        private int superscriptExponent() {
            int sign = 1;
            if (peek() == '⁻') {
                sign = -1;
                pos++;
            }
            int exponent = 0;
            while (pos < text.length() && "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(peek()) >= 0) {
                exponent = exponent * 10 + "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(text.charAt(pos++));
            }
            return sign * exponent;
        }

        private static boolean isSuperscript(char c) {
            return c == '⁻' || "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c) >= 0;
        }

        private char peek() {
            return text.charAt(pos);
        }
    }
}
