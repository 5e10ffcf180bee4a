package com.momentumlab.chart;

/**
 * Values on a regular grid over a rectangle, for a {@link HeatMap}: {@code columns} × {@code rows} cells,
 * row by row from the bottom (y = yMin), each row from the left (x = xMin). A NaN value means "no value"
 * and is drawn with the map's no-value fill.
 *
 * @param values columns · rows values; copied, not shared
 */
public record HeatGrid(double xMin, double xMax, double yMin, double yMax, int columns, int rows, double[] values) {

    public HeatGrid {
        if (!(xMax > xMin) || !(yMax > yMin) || columns < 1 || rows < 1) {
            throw new IllegalArgumentException("need xMin < xMax, yMin < yMax and at least one cell");
        }
        if (values.length != columns * rows) {
            throw new IllegalArgumentException(
                    "expected " + columns + " × " + rows + " values, got " + values.length);
        }
        values = values.clone();
    }

    /** The value of a cell; NaN for none. */
    public double value(int column, int row) {
        return values[row * columns + column];
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}
