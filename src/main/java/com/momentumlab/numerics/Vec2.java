package com.momentumlab.numerics;

/** An immutable point or vector in the plane; plain IEEE double arithmetic, no fused operations. */
public record Vec2(double x, double y) {

    public static final Vec2 ZERO = new Vec2(0.0, 0.0);

    public Vec2 plus(Vec2 o) {
        return new Vec2(x + o.x, y + o.y);
    }

    public Vec2 minus(Vec2 o) {
        return new Vec2(x - o.x, y - o.y);
    }

    public Vec2 times(double s) {
        return new Vec2(x * s, y * s);
    }

    public double norm() {
        return Math.hypot(x, y);
    }

    public boolean isFinite() {
        return Double.isFinite(x) && Double.isFinite(y);
    }
}
