package com.momentumlab.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.momentumlab.base.input.Numbers;
import com.momentumlab.base.input.ParsedNumber;
import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.numerics.function.Objective;
import java.lang.reflect.Proxy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PresetTest {

    static java.util.List<Objective> functions() {
        return Catalogue.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void everyFunctionOfTheCatalogueHasAPresetThatALinkCouldCarry(Objective function) {
        Preset preset = Preset.of(function);

        assertThat(LabRules.steps(Integer.toString(preset.steps()))).isInstanceOf(ParsedNumber.Valid.class);
        for (OptimizerKind kind : OptimizerKind.values()) {
            Hyperparameters values = preset.hypers().get(kind);
            assertThat(values.hypers()).isEqualTo(kind.hypers());
            for (Hyper hyper : kind.hypers()) {
                assertThat(hyper.read(Numbers.plain(values.get(hyper)))).as("%s %s", kind, hyper)
                        .isEqualTo(new ParsedNumber.Valid(values.get(hyper)));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void momentumAndNesterovShareTheirSettingsAndTheDecaysAreTheUsualOnes(Objective function) {
        Preset preset = Preset.of(function);

        assertThat(preset.hypers().get(OptimizerKind.NESTEROV)).isEqualTo(preset.hypers().get(OptimizerKind.MOMENTUM));
        assertThat(preset.hypers().get(OptimizerKind.MOMENTUM).beta()).isEqualTo(0.9);
        assertThat(preset.hypers().get(OptimizerKind.RMSPROP).rho()).isEqualTo(0.99);
        assertThat(preset.hypers().get(OptimizerKind.ADAM).beta1()).isEqualTo(0.9);
        assertThat(preset.hypers().get(OptimizerKind.ADAM).beta2()).isEqualTo(0.999);
    }

    @Test
    void aFunctionWithoutAPresetIsRefusedNotGivenAnotherFunctionsSettings() {
        Objective valley = Catalogue.byKey("valley").orElseThrow();
        Objective unlisted = (Objective) Proxy.newProxyInstance(Objective.class.getClassLoader(),
                new Class<?>[] {Objective.class},
                (proxy, method, args) -> method.getName().equals("key") ? "bowl" : method.invoke(valley, args));

        assertThatThrownBy(() -> Preset.of(unlisted)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bowl");
        assertThatThrownBy(() -> LabState.defaults(unlisted)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPresetNeedsEveryOptimizersOwnHyperparameters() {
        var hypers = new java.util.EnumMap<>(Preset.of(Catalogue.all().get(0)).hypers());
        hypers.put(OptimizerKind.ADAM, Hyperparameters.momentum(0.1, 0.9));
        assertThatThrownBy(() -> new Preset(30, hypers)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("adam");
        hypers.remove(OptimizerKind.ADAM);
        assertThatThrownBy(() -> new Preset(30, hypers)).isInstanceOf(IllegalArgumentException.class);
    }
}
