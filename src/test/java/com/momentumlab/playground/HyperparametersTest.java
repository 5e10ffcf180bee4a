package com.momentumlab.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.numerics.optim.Adam;
import com.momentumlab.numerics.optim.BookAdam;
import com.momentumlab.numerics.optim.Momentum;
import com.momentumlab.numerics.optim.RmsProp;
import java.util.List;
import org.junit.jupiter.api.Test;

class HyperparametersTest {

    @Test
    void eachValueIsReadByItsName() {
        Hyperparameters adam = Hyperparameters.adam(0.3, 0.8, 0.99);

        assertThat(adam.learningRate()).isEqualTo(0.3);
        assertThat(adam.beta1()).isEqualTo(0.8);
        assertThat(adam.beta2()).isEqualTo(0.99);
        assertThat(adam.get(Hyper.SECOND_MOMENT)).isEqualTo(0.99);
        assertThat(adam.hypers()).containsExactly(Hyper.LEARNING_RATE, Hyper.FIRST_MOMENT, Hyper.SECOND_MOMENT);
        assertThat(Hyperparameters.rmsProp(0.1, 0.9).rho()).isEqualTo(0.9);
    }

    @Test
    void changingOneValueKeepsTheOthersAndTheOriginal() {
        Hyperparameters classic = Hyperparameters.momentum(0.1, 0.9);

        assertThat(classic.with(Hyper.MOMENTUM, 0.5)).isEqualTo(Hyperparameters.momentum(0.1, 0.5));
        assertThat(classic).isEqualTo(Hyperparameters.momentum(0.1, 0.9));
    }

    @Test
    void aValueAnOptimizerDoesNotTakeIsAMistake() {
        Hyperparameters sgd = Hyperparameters.learningRateOnly(0.1);

        assertThatThrownBy(sgd::beta).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sgd.with(Hyper.DECAY, 0.9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OptimizerKind.MOMENTUM.create(sgd, Form.STANDARD))
                .isInstanceOf(IllegalArgumentException.class);
        LabState classic = LabState.defaults(Catalogue.byKey("valley").orElseThrow());
        assertThatThrownBy(() -> classic.withHypers(OptimizerKind.ADAM, Hyperparameters.rmsProp(0.1, 0.9)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("adam");
    }

    @Test
    void eachOptimizerIsMadeFromItsNamedValues() {
        assertThat(OptimizerKind.MOMENTUM.create(Hyperparameters.momentum(0.2, 0.7), Form.STANDARD))
                .isEqualTo(new Momentum(0.2, 0.7));
        assertThat(OptimizerKind.RMSPROP.create(Hyperparameters.rmsProp(0.05, 0.95), Form.STANDARD))
                .isEqualTo(new RmsProp(0.05, 0.95, RmsProp.DEFAULT_EPSILON));
        assertThat(OptimizerKind.ADAM.create(Hyperparameters.adam(0.3, 0.8, 0.99), Form.STANDARD))
                .isEqualTo(new Adam(0.3, 0.8, 0.99, Adam.DEFAULT_EPSILON));
        assertThat(OptimizerKind.ADAM.create(Hyperparameters.adam(0.3, 0.8, 0.99), Form.BOOK))
                .isEqualTo(new BookAdam(0.3, 0.8, 0.99));
        assertThat(List.of(OptimizerKind.values())).allSatisfy(kind -> assertThat(kind.takes(kind.usual())).isTrue());
    }
}
