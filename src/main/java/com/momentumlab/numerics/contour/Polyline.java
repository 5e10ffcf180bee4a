package com.momentumlab.numerics.contour;

import java.util.Arrays;

/**
 * One contour line: the vertices as a flat array {@code x0, y0, x1, y1, ...} in data coordinates and whether
 * it is a closed ring. A closed ring repeats its first vertex as its last (contourpy's convention), so a
 * ring through three distinct points has four vertices. An open line ends on the grid boundary.
 *
 * <p>Immutable: the array is copied in and out; {@link #x(int)}, {@link #y(int)} read without copying.
 */
public record Polyline(double[] xy, boolean closed) {

    public Polyline {
        if (xy.length < 4 || xy.length % 2 != 0) {
            throw new IllegalArgumentException("a polyline needs an even number of coordinates, at least 2 vertices");
        }
        xy = xy.clone();
        if (closed && (xy[0] != xy[xy.length - 2] || xy[1] != xy[xy.length - 1])) {
            throw new IllegalArgumentException("a closed ring must repeat its first vertex as its last");
        }
    }

    /** A copy of the flat coordinates {@code x0, y0, x1, y1, ...}. */
    @Override
    public double[] xy() {
        return xy.clone();
    }

    /** The number of vertices, counting the repeated first vertex of a closed ring. */
    public int vertexCount() {
        return xy.length / 2;
    }

    public double x(int vertex) {
        return xy[2 * vertex];
    }

    public double y(int vertex) {
        return xy[2 * vertex + 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Polyline p && closed == p.closed && Arrays.equals(xy, p.xy);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(xy) + Boolean.hashCode(closed);
    }

    @Override
    public String toString() {
        return (closed ? "Ring" : "Line") + Arrays.toString(xy);
    }
}
