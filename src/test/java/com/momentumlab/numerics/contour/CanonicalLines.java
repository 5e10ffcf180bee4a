package com.momentumlab.numerics.contour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Contour lines in a canonical form for comparisons in which line order, direction and the start vertex of
 * a ring are free (as in the harness format): an open line reads in its lexicographically smaller direction,
 * a ring starts at its smallest rotation over both directions, and the lines of a level are sorted.
 */
final class CanonicalLines {

    private CanonicalLines() {}

    /** Canonical text of one level's lines: one line per polyline, exact doubles. */
    static List<String> of(List<Polyline> lines) {
        List<String> canonical = new ArrayList<>();
        for (Polyline line : lines) {
            canonical.add(canonical(line.xy(), line.closed()));
        }
        canonical.sort(Comparator.naturalOrder());
        return canonical;
    }

    static String canonical(double[] xy, boolean closed) {
        int n = xy.length / 2;
        double[][] points = new double[n][];
        for (int k = 0; k < n; k++) {
            points[k] = new double[] {xy[2 * k], xy[2 * k + 1]};
        }
        List<double[][]> candidates = new ArrayList<>();
        if (closed) {
            double[][] ring = Arrays.copyOf(points, n - 1); // without the repeated first vertex
            for (double[][] direction : List.of(ring, reversed(ring))) {
                for (int s = 0; s < direction.length; s++) {
                    double[][] rotated = new double[direction.length][];
                    for (int k = 0; k < direction.length; k++) {
                        rotated[k] = direction[(s + k) % direction.length];
                    }
                    candidates.add(rotated);
                }
            }
        } else {
            candidates.add(points);
            candidates.add(reversed(points));
        }
        double[][] best = candidates.stream().min(CanonicalLines::compare).orElseThrow();
        StringBuilder text = new StringBuilder(closed ? "ring" : "line");
        for (double[] p : best) {
            text.append(" (").append(p[0]).append(", ").append(p[1]).append(')');
        }
        return text.toString();
    }

    private static double[][] reversed(double[][] points) {
        double[][] r = new double[points.length][];
        for (int k = 0; k < points.length; k++) {
            r[k] = points[points.length - 1 - k];
        }
        return r;
    }

    private static int compare(double[][] a, double[][] b) {
        for (int k = 0; k < Math.min(a.length, b.length); k++) {
            int c = Double.compare(a[k][0], b[k][0]);
            if (c == 0) {
                c = Double.compare(a[k][1], b[k][1]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
