package com.momentumlab.chart;

import java.util.Base64;
import java.util.List;

/**
 * Everything a {@link HeatMap} draws except words, as sent to {@code frontend/heat-map.ts}: the grid as one
 * colour index per cell, the palette, the legend ticks, the overlay curves and the marker style.
 *
 * @param cells     base64 of one byte per cell (the {@link HeatGrid} order: rows from the bottom), the index
 *                  of its colour in {@code palette}, or {@value #NO_VALUE} for no value
 * @param ticks     legend ticks, placed at {@code position} 0 (bottom of the bar) … 1 (top)
 * @param keyStep   how far one arrow key moves the marker, in data units; null for one cell
 */
public record HeatMapData(
        double xMin, double xMax, double yMin, double yMax, int columns, int rows,
        String cells, List<String> palette, Hatch noValue, List<LegendTick> ticks, List<Curve> curves,
        String markerColor, Step keyStep) {

    /** The cell byte that means "no value". */
    public static final int NO_VALUE = 255;

    /** Cells without a value: a background colour crossed by diagonal lines. */
    public record Hatch(String color, String lines) {}

    /** A legend tick at a position along the colour bar, 0 … 1. */
    public record LegendTick(double position, String label) {}

    /**
     * A polyline in data coordinates drawn over the cells, optionally dashed ({@code dash}: lengths in pixels
     * of dashes and gaps, as canvas {@code setLineDash}) and outlined by a wider halo for contrast on any
     * colour.
     *
     * @param points each point as [x, y]
     */
    public record Curve(String color, String halo, double width, List<Double> dash, List<double[]> points) {
        public Curve {
            dash = dash == null ? null : List.copyOf(dash);
            points = List.copyOf(points);
        }
    }

    /** A step of the marker in data units. */
    public record Step(double x, double y) {}

    public HeatMapData {
        palette = List.copyOf(palette);
        ticks = List.copyOf(ticks);
        curves = List.copyOf(curves);
    }

    /** Colours {@code grid} with {@code scale}; NaN cells get the {@code noValue} hatch. */
    public static HeatMapData of(HeatGrid grid, ColorScale scale, Hatch noValue, List<Curve> curves,
                                 String markerColor, Step keyStep) {
        byte[] cells = new byte[grid.columns() * grid.rows()];
        double[] values = grid.values();
        for (int i = 0; i < values.length; i++) {
            int index = scale.indexOf(values[i]);
            cells[i] = (byte) (index < 0 ? NO_VALUE : index);
        }
        List<LegendTick> ticks = scale.ticks().stream()
                .map(t -> new LegendTick(scale.position(t.value()), t.label()))
                .toList();
        return new HeatMapData(grid.xMin(), grid.xMax(), grid.yMin(), grid.yMax(), grid.columns(), grid.rows(),
                Base64.getEncoder().encodeToString(cells), scale.colors(), noValue, ticks, curves, markerColor,
                keyStep);
    }

    /** The colour index of a cell ({@value #NO_VALUE} for none), decoded from {@link #cells()}. */
    public int colorIndex(int column, int row) {
        return Byte.toUnsignedInt(Base64.getDecoder().decode(cells)[row * columns + column]);
    }

    /** This map as the JSON text the element reads. */
    public String toJson() {
        return ChartJson.write(this);
    }
}
