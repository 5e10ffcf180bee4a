package com.momentumlab.numerics.contour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContourJsonTest {

    @Test
    void levelsArrayIsTheBrowserPayloadFormat() {
        List<ContourLevel> levels = List.of(
                new ContourLevel(0.5, List.of(
                        new Polyline(new double[] {0, 0.25, 1, 2}, false),
                        new Polyline(new double[] {0, 0, 1, 0, 0, 1, 0, 0}, true))),
                new ContourLevel(1e-5, List.of()));
        assertThat(ContourJson.levelsArray(levels)).isEqualTo("[{\"level\":0.5,\"lines\":["
                + "{\"closed\":false,\"xy\":[0.0,0.25,1.0,2.0]},"
                + "{\"closed\":true,\"xy\":[0.0,0.0,1.0,0.0,0.0,1.0,0.0,0.0]}]},"
                + "{\"level\":1.0E-5,\"lines\":[]}]");
    }

    @Test
    void numbersRoundTripToTheLastBit() {
        double awkward = 0.1 + 0.2;
        String json = ContourJson.levelsArray(List.of(new ContourLevel(awkward, List.of())));
        assertThat(json).isEqualTo("[{\"level\":0.30000000000000004,\"lines\":[]}]");
    }

    @Test
    void documentCarriesTheHarnessHeader() {
        String doc = ContourJson.contourLinesDocument("engine \"x\"", "seed", List.of());
        assertThat(doc).isEqualTo("{\"format\":\"contour-lines/1\",\"engine\":\"engine \\\"x\\\"\","
                + "\"workload\":\"seed\",\"levels\":[]}");
    }
}
