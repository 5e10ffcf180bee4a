package com.momentumlab.numerics.contour;

/**
 * Polyline simplification for display: Douglas–Peucker.
 *
 * <p>Why Douglas–Peucker and not Visvalingam–Whyatt: the display rule is a bound on the <em>distance</em>
 * (at most one pixel), and Douglas–Peucker keeps exactly the vertices needed for every dropped vertex to lie
 * within the tolerance of the simplified line. Visvalingam ranks vertices by triangle <em>area</em>, which
 * bounds no distance (a long, thin triangle has a small area and a large deviation), so it would need a
 * distance check on top.
 *
 * <p>Tolerances are per axis so that one tolerance can mean "one pixel" on a chart whose x and y scales
 * differ: a vertex's deviation is {@code hypot(dx/tolX, dy/tolY)}, the distance in pixels when
 * {@code tolX, tolY} are the data size of a pixel, and a vertex may be dropped when it is at most 1. The
 * deviation is measured to the simplifying <em>segment</em> (not its infinite line), so the bound holds for
 * lines that double back.
 *
 * <p>Endpoints are kept. A closed ring is split at its first vertex and the vertex farthest from it, both
 * kept, and each half is simplified, so the ring stays closed and repeats its first vertex.
 */
public final class Simplify {

    private Simplify() {}

    /** Douglas–Peucker with the same tolerance on both axes, in data units. */
    public static Polyline douglasPeucker(Polyline line, double tolerance) {
        return douglasPeucker(line, tolerance, tolerance);
    }

    /** Douglas–Peucker where a vertex may be dropped iff {@code hypot(dx/tolX, dy/tolY) <= 1} (see class note). */
    public static Polyline douglasPeucker(Polyline line, double tolX, double tolY) {
        if (!(tolX > 0 && tolY > 0 && Double.isFinite(tolX) && Double.isFinite(tolY))) {
            throw new IllegalArgumentException("tolerances must be positive and finite");
        }
        int n = line.vertexCount();
        if (n <= 2 || (line.closed() && n <= 4)) {
            return line;
        }
        double[] u = new double[n];
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            u[k] = line.x(k) / tolX;
            v[k] = line.y(k) / tolY;
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        if (line.closed()) {
            int far = farthestFrom(u, v, 0, n - 1);
            keep[far] = true;
            keepDeviating(u, v, 0, far, keep);
            keepDeviating(u, v, far, n - 1, keep);
        } else {
            keepDeviating(u, v, 0, n - 1, keep);
        }
        int kept = 0;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }
        double[] xy = new double[2 * kept];
        int c = 0;
        for (int k = 0; k < n; k++) {
            if (keep[k]) {
                xy[c++] = line.x(k);
                xy[c++] = line.y(k);
            }
        }
        return new Polyline(xy, line.closed());
    }

    /** The largest deviation (in units of the per-axis tolerances) of any vertex of {@code original} from {@code simplified}. */
    public static double maxDeviation(Polyline original, Polyline simplified, double tolX, double tolY) {
        double worst = 0;
        for (int k = 0; k < original.vertexCount(); k++) {
            double pu = original.x(k) / tolX;
            double pv = original.y(k) / tolY;
            double best = Double.POSITIVE_INFINITY;
            for (int s = 1; s < simplified.vertexCount(); s++) {
                best = Math.min(best, segmentDistance(pu, pv,
                        simplified.x(s - 1) / tolX, simplified.y(s - 1) / tolY,
                        simplified.x(s) / tolX, simplified.y(s) / tolY));
            }
            worst = Math.max(worst, best);
        }
        return worst;
    }

    /** Marks, between kept vertices a and b, every vertex needed so that none deviates by more than 1. */
    private static void keepDeviating(double[] u, double[] v, int a, int b, boolean[] keep) {
        int[] stack = new int[2 * u.length + 4];
        int top = 0;
        stack[top++] = a;
        stack[top++] = b;
        while (top > 0) {
            int last = stack[--top];
            int first = stack[--top];
            int worst = -1;
            double worstDistance = 1.0;
            for (int k = first + 1; k < last; k++) {
                double d = segmentDistance(u[k], v[k], u[first], v[first], u[last], v[last]);
                if (d > worstDistance) {
                    worstDistance = d;
                    worst = k;
                }
            }
            if (worst >= 0) {
                keep[worst] = true;
                stack[top++] = first;
                stack[top++] = worst;
                stack[top++] = worst;
                stack[top++] = last;
            }
        }
    }

    private static int farthestFrom(double[] u, double[] v, int from, int end) {
        int far = from + 1;
        double best = -1;
        for (int k = from + 1; k < end; k++) {
            double d = Math.hypot(u[k] - u[from], v[k] - v[from]);
            if (d > best) {
                best = d;
                far = k;
            }
        }
        return far;
    }

    /** Distance from point p to the segment a–b. */
    static double segmentDistance(double pu, double pv, double au, double av, double bu, double bv) {
        double du = bu - au;
        double dv = bv - av;
        double len2 = du * du + dv * dv;
        double t = len2 > 0 ? ((pu - au) * du + (pv - av) * dv) / len2 : 0;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(pu - (au + t * du), pv - (av + t * dv));
    }
}
