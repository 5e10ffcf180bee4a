package com.momentumlab.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.momentumlab.chart.HeatMapData.Curve;
import com.momentumlab.chart.HeatMapData.Hatch;
import com.momentumlab.chart.HeatMapData.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeatMapDataTest {

    private static final ColorScale GREYS = new ColorScale(0, 2, List.of("#000000", "#888888", "#ffffff"),
            List.of(new ColorScale.Tick(0, "low"), new ColorScale.Tick(1, "mid")));

    @Test
    void binsEachValueIntoOneOfTheColoursAndClampsTheEnds() {
        // Three colours over [0, 2]: bins [0, 2/3), [2/3, 4/3), [4/3, 2]; outside values take the end colour.
        assertThat(GREYS.indexOf(0)).isEqualTo(0);
        assertThat(GREYS.indexOf(0.5)).isEqualTo(0);
        assertThat(GREYS.indexOf(1)).isEqualTo(1);
        assertThat(GREYS.indexOf(2)).isEqualTo(2);
        assertThat(GREYS.indexOf(-7)).isEqualTo(0);
        assertThat(GREYS.indexOf(9)).isEqualTo(2);
        assertThat(GREYS.indexOf(Double.NaN)).isEqualTo(-1);
    }

    @Test
    void theElementGetsOneByteACellTheBottomRowFirst() {
        HeatGrid grid = new HeatGrid(0, 3, -1, 1, 3, 2, new double[] {0, 0.5, Double.NaN, 1, 2, 9});
        HeatMapData data = HeatMapData.of(grid, GREYS, new Hatch("#eeeeee", "#999999"),
                List.of(new Curve("#ff0000", null, 2, List.of(4.0, 2.0), List.of(new double[] {0, 0}, new double[] {3, 1}))),
                "#0000ff", new Step(0.5, 0.25));

        // Bytes 00 00 FF 01 02 02 in base64: 000000 000000 000011 111111 | 000000 010000 001000 000010.
        assertThat(data.toJson()).isEqualTo("{\"xMin\":0.0,\"xMax\":3.0,\"yMin\":-1.0,\"yMax\":1.0,"
                + "\"columns\":3,\"rows\":2,\"cells\":\"AAD/AQIC\","
                + "\"palette\":[\"#000000\",\"#888888\",\"#ffffff\"],"
                + "\"noValue\":{\"color\":\"#eeeeee\",\"lines\":\"#999999\"},"
                + "\"ticks\":[{\"position\":0.0,\"label\":\"low\"},{\"position\":0.5,\"label\":\"mid\"}],"
                + "\"curves\":[{\"color\":\"#ff0000\",\"width\":2.0,\"dash\":[4.0,2.0],\"points\":[[0.0,0.0],[3.0,1.0]]}],"
                + "\"markerColor\":\"#0000ff\",\"keyStep\":{\"x\":0.5,\"y\":0.25}}");
        assertThat(data.colorIndex(2, 0)).isEqualTo(HeatMapData.NO_VALUE);
        assertThat(data.colorIndex(0, 1)).isEqualTo(1);
    }

    @Test
    void aGridMustMatchItsSize() {
        assertThatThrownBy(() -> new HeatGrid(0, 1, 0, 1, 2, 2, new double[3])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HeatGrid(1, 1, 0, 1, 1, 1, new double[1])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColorScale(0, 1, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
