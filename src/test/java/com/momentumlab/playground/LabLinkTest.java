package com.momentumlab.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.base.input.InputProblem;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.optim.GradientNoise;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabLinkTest {

    private static final Objective VALLEY = Catalogue.byKey("valley").orElseThrow();

    private static LabLink.Decoded decode(Map<String, List<String>> query) {
        return LabLink.decode(query, Catalogue::byKey, VALLEY);
    }

    private static Map<String, List<String>> query(String... pairs) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return query;
    }

    @Test
    void aLinkWithoutParametersIsTheClassicExample() {
        LabLink.Decoded decoded = decode(Map.of());
        assertThat(decoded.state()).isEqualTo(LabState.defaults(VALLEY));
        assertThat(decoded.notices()).isEmpty();
        assertThat(decoded.state().learningRate()).isEqualTo(0.1);
        assertThat(decoded.state().beta()).isEqualTo(0.9);
        assertThat(decoded.state().start()).isEqualTo(new Vec2(-7, 2));
        assertThat(decoded.state().steps()).isEqualTo(30);
    }

    @Test
    void everyParameterSurvivesTheRoundTrip() {
        Objective rosenbrock = Catalogue.byKey("rosenbrock").orElseThrow();
        LabState state = LabState.defaults(rosenbrock)
                .withStart(new Vec2(-1.25, 2.5))
                .withSteps(417)
                .withHypers(OptimizerKind.MOMENTUM, Hyperparameters.momentum(0.0015, 0.95))
                .withHypers(OptimizerKind.SGD, Hyperparameters.learningRateOnly(0.002))
                .withHypers(OptimizerKind.NESTEROV, Hyperparameters.momentum(0.0007, 0.8))
                .withHypers(OptimizerKind.ADAGRAD, Hyperparameters.learningRateOnly(0.25))
                .withHypers(OptimizerKind.RMSPROP, Hyperparameters.rmsProp(0.03, 0.9))
                .withHypers(OptimizerKind.ADAM, Hyperparameters.adam(0.12, 0.85, 0.9999))
                .withCompared(Set.of(OptimizerKind.values()))
                .withForm(OptimizerKind.ADAM, Form.BOOK)
                .withSpeed(5)
                .withNoise(new GradientNoise(0.123, 424242));

        Map<String, List<String>> link = LabLink.encode(state);
        LabLink.Decoded decoded = decode(link);

        assertThat(decoded.notices()).isEmpty();
        assertThat(decoded.state()).isEqualTo(state);
        assertThat(link).containsEntry("f", List.of("rosenbrock")).containsEntry("lr", List.of("0.0015"))
                .containsEntry("adam.b2", List.of("0.9999")).containsEntry("opt", List.of("sgd,nesterov,adagrad,rmsprop,adam"))
                .containsEntry("x", List.of("-1.25")).containsEntry("speed", List.of("5"))
                .containsEntry("adam.form", List.of("book")).containsEntry("nesterov.form", List.of("lookahead"));
    }

    @Test
    void theBooksFormsAreReadAndTheOthersStayStandard() {
        LabState state = decode(query("opt", "nesterov,adam", "nesterov.form", "book", "adam.form", "paper")).state();
        assertThat(state.form(OptimizerKind.NESTEROV)).isEqualTo(Form.BOOK);
        assertThat(state.form(OptimizerKind.ADAM)).isEqualTo(Form.STANDARD);
        assertThat(state.form(OptimizerKind.RMSPROP)).isEqualTo(Form.STANDARD);
        assertThat(decode(LabLink.encode(state)).state()).isEqualTo(state);
    }

    @Test
    void anUnknownFormFallsBackToTheStandardOneWithANotice() {
        LabLink.Decoded decoded = decode(query("opt", "adam", "adam.form", "keras"));
        assertThat(decoded.state().form(OptimizerKind.ADAM)).isEqualTo(Form.STANDARD);
        assertThat(decoded.notices()).singleElement()
                .isEqualTo(new LabLink.Notice("notice.form", "adam.form", "keras", null, "form.adam.paper"));
        // SGD has one form: a form for it is an unknown parameter, ignored like any other
        assertThat(decode(query("sgd.form", "book")).notices()).isEmpty();
    }

    @Test
    void theTabUnderTheChartIsInTheLinkWhenItIsNotTheFirst() {
        LabState loss = LabState.defaults(VALLEY).withTab(LabTab.LOSS);
        Map<String, List<String>> query = LabLink.encode(loss);
        assertThat(query).containsEntry("view", List.of("loss"));
        assertThat(List.copyOf(query.keySet())).endsWith("speed", "view");
        assertThat(decode(query).state()).isEqualTo(loss);
        assertThat(decode(query).notices()).isEmpty();
        // The first tab is what a link without one shows: it is left out, so most links stay short.
        assertThat(LabLink.encode(LabState.defaults(VALLEY))).doesNotContainKey("view");
    }

    @Test
    void anUnknownTabFallsBackToTheFirstWithANotice() {
        LabLink.Decoded decoded = decode(query("view", "graph", "lr", "0.2"));
        assertThat(decoded.state().tab()).isEqualTo(LabTab.DETAILS);
        assertThat(decoded.state().learningRate()).isEqualTo(0.2);
        assertThat(decoded.notices()).containsExactly(
                new LabLink.Notice("notice.view", "view", "graph", null, "view.details"));
    }

    @Test
    void theGradientNoiseSurvivesTheRoundTripWithEveryOptimizerCompared() {
        LabState state = LabState.defaults(VALLEY).withCompared(Set.of(OptimizerKind.SGD, OptimizerKind.ADAM))
                .withNoise(new GradientNoise(0.5, 7));

        Map<String, List<String>> link = LabLink.encode(state);
        LabLink.Decoded decoded = decode(link);

        assertThat(decoded.notices()).isEmpty();
        assertThat(decoded.state()).isEqualTo(state);
        assertThat(link).containsEntry("noise", List.of("0.5")).containsEntry("seed", List.of("7"));
        assertThat(LabLink.queryString(link)).isEqualTo("f=valley&x=-7&y=2&steps=30&lr=0.1&beta=0.9&sgd.lr=0.1"
                + "&adam.lr=0.3&adam.b1=0.9&adam.b2=0.999&adam.form=paper&opt=sgd,adam&noise=0.5&seed=7&speed=3".replace(",", "%2C"));
    }

    @Test
    void aSeedIsKeptWithoutNoiseAndALinkWithoutNoiseSaysNothingAboutIt() {
        LabState seedOnly = LabState.defaults(VALLEY).withNoise(new GradientNoise(0, 2147483647));
        assertThat(decode(LabLink.encode(seedOnly)).state()).isEqualTo(seedOnly);
        assertThat(LabLink.encode(seedOnly)).containsEntry("noise", List.of("0")).containsEntry("seed", List.of("2147483647"));

        assertThat(LabLink.encode(LabState.defaults(VALLEY))).doesNotContainKeys("noise", "seed");
        assertThat(decode(query("noise", "0.25")).state().noise()).isEqualTo(new GradientNoise(0.25, GradientNoise.DEFAULT_SEED));
        assertThat(decode(query("noise", "0", "seed", "1")).state()).isEqualTo(LabState.defaults(VALLEY));
    }

    @Test
    void anotherFunctionKeepsTheNoise() {
        LabState noisy = LabState.defaults(VALLEY).withNoise(new GradientNoise(2, 3));
        assertThat(noisy.withFunction(Catalogue.byKey("himmelblau").orElseThrow()).noise()).isEqualTo(noisy.noise());
    }

    @Test
    void awkwardDoublesSurviveTheRoundTripBitForBit() {
        LabState state = LabState.defaults(VALLEY).withStart(new Vec2(0.1 + 0.2, -1.0 / 3))
                .withHypers(OptimizerKind.MOMENTUM, Hyperparameters.momentum(1e-4 * 3, 0.999999));
        assertThat(decode(LabLink.encode(state)).state()).isEqualTo(state);
    }

    @Test
    void theQueryStringKeepsTheLinksOrderAndEncodesEachPart() {
        LabState state = LabState.defaults(VALLEY).withCompared(Set.of(OptimizerKind.SGD));
        Map<String, List<String>> query = new LinkedHashMap<>(LabLink.encode(state));
        query.put("lang", List.of("ja"));
        assertThat(LabLink.queryString(query))
                .isEqualTo("f=valley&x=-7&y=2&steps=30&lr=0.1&beta=0.9&sgd.lr=0.1&opt=sgd&speed=3&lang=ja");
        assertThat(LabLink.queryString(Map.of("a b", List.of("1+1=2 & ü,"))))
                .isEqualTo("a%20b=1%2B1%3D2%20%26%20%C3%BC%2C");
    }

    @Test
    void aFunctionBringsItsOwnStartAndPreset() {
        LabState state = decode(query("f", "himmelblau")).state();
        assertThat(state.functionKey()).isEqualTo("himmelblau");
        assertThat(state.start()).isEqualTo(Catalogue.byKey("himmelblau").orElseThrow().defaultStart());
        assertThat(state.learningRate()).isEqualTo(0.01);
        assertThat(state.steps()).isEqualTo(100);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "lr|abc|error.notNumber", "lr|NaN|error.notNumber", "lr|Infinity|error.notNumber", "lr|1e309|error.notFinite",
            "lr|0|error.lr.range", "lr|-0.1|error.lr.range", "lr|11|error.lr.range",
            "beta|1|error.beta.range", "beta|-0.5|error.beta.range", "x|1e12|error.x0.range", "y|-1e12|error.y0.range",
            "steps|0|error.steps.range", "steps|1000000000|error.steps.range", "steps|2.5|error.notWhole",
            "speed|9|error.speed.range", "adam.b2|1|error.decay.range", "rmsprop.rho|%zz|error.notNumber",
            "sgd.lr|+|error.notNumber", "nesterov.beta|%|error.notNumber",
            "noise|-0.5|error.noise.range", "noise|10.5|error.noise.range", "noise|NaN|error.notNumber",
            "noise|1e400|error.notFinite", "seed|-1|error.seed.range", "seed|2147483648|error.seed.range",
            "seed|7.5|error.notWhole", "seed|abc|error.notNumber"})
    void aBadValueFallsBackToItsDefaultWithANotice(String parameter, String value, String problemKey) {
        LabLink.Decoded decoded = decode(query(parameter, value));
        assertThat(decoded.state()).isEqualTo(LabState.defaults(VALLEY));
        assertThat(decoded.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.messageKey()).isEqualTo("notice.parameter");
            assertThat(notice.parameter()).isEqualTo(parameter);
            assertThat(notice.problem().messageKey()).isEqualTo(problemKey);
        });
    }

    @Test
    void aVeryLongValueIsEchoedShortened() {
        LabLink.Notice notice = decode(query("lr", "9".repeat(10_000))).notices().get(0);
        assertThat(notice.value()).hasSize(LabLink.ECHO_LENGTH + 1).endsWith("…");
    }

    @Test
    void minusZeroIsReadAsZero() {
        assertThat(decode(query("x", "-0")).state().start().x()).isEqualTo(0.0);
    }

    @Test
    void anUnknownFunctionShowsTheValley() {
        LabLink.Decoded decoded = decode(query("f", "sphere"));
        assertThat(decoded.state().functionKey()).isEqualTo("valley");
        assertThat(decoded.notices()).singleElement()
                .isEqualTo(new LabLink.Notice("notice.function", "f", "sphere", null, "valley"));
    }

    @Test
    void unknownOptimizersAreLeftOutAndTheOthersKept() {
        LabLink.Decoded decoded = decode(query("opt", "adam,lbfgs,sgd"));
        assertThat(decoded.state().compared()).containsExactlyInAnyOrder(OptimizerKind.ADAM, OptimizerKind.SGD);
        assertThat(decoded.notices()).singleElement()
                .isEqualTo(new LabLink.Notice("notice.optimizer", "opt", "lbfgs", null, null));
    }

    @Test
    void aLongListOfUnknownOptimizersIsOneNotice() {
        LabLink.Decoded decoded = decode(query("opt", "adam," + "a,".repeat(5_000) + "b,c,d,e"));
        assertThat(decoded.state().compared()).containsExactly(OptimizerKind.ADAM);
        assertThat(decoded.notices()).singleElement()
                .isEqualTo(new LabLink.Notice("notice.optimizers", "opt", "a, b, c, …", null, null));
        assertThat(decode(query("opt", "x,y")).notices()).singleElement()
                .isEqualTo(new LabLink.Notice("notice.optimizers", "opt", "x, y", null, null));
    }

    @Test
    void aRepeatedParameterUsesItsFirstValue() {
        LabLink.Decoded decoded = decode(query("lr", "0.2", "lr", "0.3"));
        assertThat(decoded.state().learningRate()).isEqualTo(0.2);
        assertThat(decoded.notices()).singleElement()
                .isEqualTo(new LabLink.Notice("notice.repeated", "lr", "0.2", null, null));
    }

    @Test
    void aStartOutsideTheChosenFunctionsWindowFallsBack() {
        // x = 3 is inside the valley's window but outside Rosenbrock's [-2, 2].
        LabLink.Decoded decoded = decode(query("f", "rosenbrock", "x", "3"));
        assertThat(decoded.state().start().x()).isEqualTo(-1.5);
        assertThat(decoded.notices().get(0).problem()).isEqualTo(InputProblem.of("error.x0.range", "\u22122", "2"));
    }
}
