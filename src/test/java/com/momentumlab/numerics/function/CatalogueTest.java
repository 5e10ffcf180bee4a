package com.momentumlab.numerics.function;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.numerics.Vec2;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogueTest {

    static Stream<Objective> functions() {
        return Catalogue.all().stream();
    }

    @Test
    void offersTheLessonsValleyFirstThenRosenbrockHimmelblauAndTheDip() {
        assertThat(Catalogue.all()).extracting(Objective::key)
                .containsExactly("valley", "rosenbrock", "himmelblau", "dip");
    }

    @Test
    void findsEachFunctionByItsKey() {
        for (Objective f : Catalogue.all()) {
            assertThat(Catalogue.byKey(f.key())).containsSame(f);
        }
    }

    @Test
    void anUnknownKeyFromAHandEditedUrlFindsNothing() {
        assertThat(Catalogue.byKey("Valley")).isEmpty();
        assertThat(Catalogue.byKey("")).isEmpty();
        assertThat(Catalogue.byKey("valley ")).isEmpty();
        assertThat(Catalogue.byKey(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void theDefaultStartIsInsideTheWindowAndNotAlreadyAtTheBottom(Objective f) {
        assertThat(f.window().contains(f.defaultStart())).isTrue();
        assertThat(f.gradient(f.defaultStart()).norm()).isGreaterThan(0.1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void everyListedMinimumIsInsideTheWindowWithAFlatGradientAndNothingLowerAroundIt(Objective f) {
        assertThat(f.minima()).isNotEmpty();
        for (Vec2 m : f.minima()) {
            assertThat(f.window().contains(m)).as("%s: %s in window", f.key(), m).isTrue();
            assertThat(f.gradient(m).norm()).as("%s: |∇f| at %s", f.key(), m).isLessThan(1e-12);
            double bottom = f.value(m);
            for (int k = 0; k < 16; k++) {
                double angle = 2 * Math.PI * k / 16;
                Vec2 near = m.plus(new Vec2(Math.cos(angle), Math.sin(angle)).times(1e-3));
                assertThat(f.value(near)).as("%s: f near %s", f.key(), m).isGreaterThan(bottom);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void theGlobalMinimumIsListedFirstAndHasTheLowestValue(Objective f) {
        double first = f.value(f.minima().get(0));
        for (Vec2 m : f.minima()) {
            assertThat(f.value(m)).isGreaterThanOrEqualTo(first);
        }
    }

    @Test
    void onlyTheValleyIsAnAxisAlignedQuadratic() {
        assertThat(Catalogue.all()).filteredOn(f -> f.axisCurvatures().isPresent())
                .extracting(Objective::key).containsExactly("valley");
    }
}
