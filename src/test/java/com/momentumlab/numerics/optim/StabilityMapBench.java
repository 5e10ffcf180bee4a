package com.momentumlab.numerics.optim;

import com.momentumlab.numerics.function.AxisCurvatures;

/**
 * How long the valley's 160 × 100 stability map takes to compute: not a test, run by hand with
 * {@code java -cp target/classes:target/test-classes com.momentumlab.numerics.optim.StabilityMapBench}
 * after {@code ./mvnw test-compile}. Warm-up rounds first, then the median of timed rounds.
 *
 * <p>Measured on the 2-core project machine (JDK 17, shared with other builds), four runs: median
 * 0.36–0.48 ms per warm map (fastest 0.30 ms); the first, cold map 32–300 ms (class loading and the
 * interpreter, and whatever else the machine was doing). The playground builds each function's map once and
 * keeps it ({@code StabilityPicture}), so the cold figure is paid once per server start.
 */
public final class StabilityMapBench {

    private StabilityMapBench() {}

    public static void main(String[] args) {
        AxisCurvatures valley = new AxisCurvatures(0.1, 2);
        long cold = System.nanoTime();
        double sink = StabilityMap.of(valley).rate(0, 0);
        System.out.printf("first (cold) map: %.2f ms%n", (System.nanoTime() - cold) / 1e6);
        for (int i = 0; i < 300; i++) {
            sink += StabilityMap.of(valley).rate(i % 160, i % 100);
        }
        int rounds = 101;
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            sink += StabilityMap.of(valley).rate(i % 160, i % 100);
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("median %.3f ms, fastest %.3f ms, slowest %.3f ms over %d maps (sink %s)%n",
                nanos[rounds / 2] / 1e6, nanos[0] / 1e6, nanos[rounds - 1] / 1e6, rounds, sink);
    }
}
