package com.momentumlab.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.numerics.optim.GradientNoise;
import com.momentumlab.numerics.optim.Trajectory;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RunCacheTest {

    private final PlaygroundService service = new PlaygroundService(1);
    private final LabState classic = LabState.defaults(Catalogue.byKey("valley").orElseThrow());

    @Test
    void tabsWithTheSameSettingsShareOneRun() {
        Run first = service.runs(classic).get(0);
        Run again = service.runs(LabState.defaults(Catalogue.byKey("valley").orElseThrow())).get(0);

        assertThat(again.trajectory()).isSameAs(first.trajectory());
        assertThat(first.trajectory().steps()).hasSize(31);
    }

    @Test
    void anyOtherSettingGivesItsOwnRun() {
        Trajectory classicRun = service.runs(classic).get(0).trajectory();

        Trajectory otherBeta = service.runs(classic.withHypers(OptimizerKind.MOMENTUM, Hyperparameters.momentum(0.1, 0.5))).get(0).trajectory();
        Trajectory otherStart = service.runs(classic.withStart(new Vec2(-7, 1.5))).get(0).trajectory();

        assertThat(otherBeta).isNotSameAs(classicRun).isEqualTo(service.run(classic.withHypers(OptimizerKind.MOMENTUM, Hyperparameters.momentum(0.1, 0.5))));
        assertThat(otherStart).isNotSameAs(classicRun).isEqualTo(service.run(classic.withStart(new Vec2(-7, 1.5))));
        assertThat(otherBeta.steps()).isNotEqualTo(classicRun.steps());
    }

    @Test
    void theGradientNoiseIsPartOfTheKeySoANoisyRunIsNeverServedForAnExactOne() {
        Trajectory exact = service.runs(classic).get(0).trajectory();
        LabState noisy = classic.withNoise(new GradientNoise(0.5, 7));

        Trajectory first = service.runs(noisy).get(0).trajectory();
        Trajectory otherSeed = service.runs(classic.withNoise(new GradientNoise(0.5, 8))).get(0).trajectory();

        assertThat(first).isNotEqualTo(exact).isEqualTo(service.run(noisy));
        assertThat(service.runs(noisy).get(0).trajectory()).isSameAs(first);
        assertThat(otherSeed).isNotEqualTo(first);
        assertThat(service.runs(classic).get(0).trajectory()).isSameAs(exact);
    }

    @Test
    void keepsNoMoreStepsThanItsBoundDroppingTheLeastRecentlyUsedFirst() {
        RunCache cache = new RunCache();
        AtomicInteger computed = new AtomicInteger();
        LabState longRun = classic.withSteps(999); // 1,000 steps with the start
        int fit = RunCache.MAX_STEPS / 1000;
        for (int i = 0; i < fit + 5; i++) {
            LabState state = longRun.withStart(new Vec2(-7, 1 + i / 100.0));
            cache.get(key(state), () -> {
                computed.incrementAndGet();
                return service.run(state);
            });
            // The first run stays in use, so it is never the least recently used.
            cache.get(key(longRun.withStart(new Vec2(-7, 1))), () -> {
                throw new AssertionError("the run in use was dropped");
            });
        }
        assertThat(cache.size()).isEqualTo(fit);
        assertThat(computed).hasValue(fit + 5);
    }

    private static RunCache.Key key(LabState state) {
        return new RunCache.Key(state.functionKey(), state.start(), state.steps(), OptimizerKind.MOMENTUM,
                Form.STANDARD, state.hypers().get(OptimizerKind.MOMENTUM), state.noise());
    }
}
