package com.momentumlab.testsupport;

/**
 * The classic example written out by hand, independently of the numerics package: f(x, y) = x²/20 + y² from
 * (−7, 2), α = 0.1, 30 steps, with plain gradient descent and with Momentum (β = 0.9, v₀ = 0).
 *
 * @param gdX       θ₃₀ of gradient descent, x
 * @param gdY       θ₃₀ of gradient descent, y
 * @param momentumX θ₃₀ of Momentum, x
 * @param momentumY θ₃₀ of Momentum, y
 */
public record ClassicByHand(double gdX, double gdY, double momentumX, double momentumY) {

    public static ClassicByHand after30Steps() {
        double x = -7, y = 2, mx = -7, my = 2, vx = 0, vy = 0;
        for (int t = 1; t <= 30; t++) {
            double gx = x / 10, gy = 2 * y;
            x = x - 0.1 * gx;
            y = y - 0.1 * gy;
            double mgx = mx / 10, mgy = 2 * my;
            vx = 0.9 * vx - 0.1 * mgx;
            vy = 0.9 * vy - 0.1 * mgy;
            mx = mx + vx;
            my = my + vy;
        }
        return new ClassicByHand(x, y, mx, my);
    }
}
