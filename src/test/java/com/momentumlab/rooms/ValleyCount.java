package com.momentumlab.rooms;

/**
 * Momentum on the valley f = x²/20 + y², counted from the update rule alone, without the lab's numerics: what a
 * challenge's score is checked against ({@link ChallengeTest}, and the challenge benchmark's board).
 */
public final class ValleyCount {

    private ValleyCount() {
    }

    /** v ← βv − α∇f, θ ← θ + v from v₀ = 0; the first t with f(θₜ) below the threshold, −t if |θ| passes 10⁶, else 0. */
    public static int steps(double alpha, double beta, double x0, double y0, double threshold, int maxSteps) {
        double x = x0;
        double y = y0;
        double vx = 0;
        double vy = 0;
        for (int t = 1; t <= maxSteps; t++) {
            vx = beta * vx - alpha * (x / 10);
            vy = beta * vy - alpha * (2 * y);
            x += vx;
            y += vy;
            if (Math.abs(x) > 1e6 || Math.abs(y) > 1e6) {
                return -t;
            }
            if (x * x / 20 + y * y < threshold) {
                return t;
            }
        }
        return 0;
    }
}
