package com.momentumlab.numerics.contour;

import java.util.List;

/** The contour lines of one level value; {@code lines} is empty when the level does not cross the data. */
public record ContourLevel(double level, List<Polyline> lines) {

    public ContourLevel {
        lines = List.copyOf(lines);
    }

    /** Total number of vertices over all lines (closing repeats included). */
    public int vertexCount() {
        return lines.stream().mapToInt(Polyline::vertexCount).sum();
    }
}
