package com.momentumlab.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.numerics.function.Catalogue;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunCsvTest {

    @Test
    void holdsEveryStepOfEveryOptimizerWithExactNumbers() {
        LabState state = LabState.defaults(Catalogue.byKey("valley").orElseThrow()).withCompared(Set.of(OptimizerKind.SGD));
        List<Run> runs = new PlaygroundService(1).runs(state);

        List<String> lines = RunCsv.write(runs).lines().toList();

        assertThat(lines.get(0)).isEqualTo(RunCsv.HEADER);
        assertThat(lines).hasSize(1 + 31 + 31);
        assertThat(lines.get(1)).isEqualTo("momentum,0,-7.0,2.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,6.45");
        // Step 1 of the classic example: g = (−0.7, 4), βv = 0, −αg = (0.07, −0.4) = v, θ = (−6.93, 1.6).
        String[] step1 = lines.get(2).split(",");
        assertThat(step1[0]).isEqualTo("momentum");
        assertThat(Double.parseDouble(step1[2])).isEqualTo(-7 + 0.1 * 0.7);
        assertThat(Double.parseDouble(step1[3])).isEqualTo(2 - 0.1 * 4);
        assertThat(Double.parseDouble(step1[4])).isEqualTo(-7.0 / 10);
        assertThat(lines.get(32)).startsWith("sgd,0,");
        assertThat(lines).allSatisfy(line -> assertThat(line.split(",")).hasSize(13));
    }
}
