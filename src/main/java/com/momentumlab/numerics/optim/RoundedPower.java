package com.momentumlab.numerics.optim;

import java.math.BigInteger;

/**
 * βᵗ for t = 0, 1, 2, …: the exact power, rounded once to the nearest double (ties to even).
 *
 * <p>Why not {@code Math.pow}: the book's Adam computes {@code beta ** iter} in Python, which calls the C
 * library's {@code pow}. glibc's {@code pow} is within 0.52 ulp of the exact power, Java's {@code Math.pow}
 * within 1 ulp, and the two disagree in the last bit now and then ({@code Math.pow(0.9, t)} once for t ≤ 1000,
 * {@code StrictMath.pow} about one power in ten); a running product drifts further. The correctly rounded
 * power is the one value every accurate {@code pow} aims at, and for the book's β₁ = 0.9 and β₂ = 0.999 it
 * equals glibc's at every t up to the lab's 1000 steps ({@code RoundedPowerTest} checks it against the powers
 * Python printed). For other β, glibc rounds a power that lies within a few thousandths of an ulp of a tie
 * the other way now and then (about one power in a thousand); only a copy of glibc's algorithm would follow it there.
 *
 * <p>β = m·2ᵉ exactly with an integer m, so βᵗ = mᵗ·2ᵉᵗ: the state keeps mᵗ as an exact integer (t·53 bits
 * at most) and rounds it on demand.
 */
final class RoundedPower {

    private static final int SIGNIFICAND_BITS = 53;

    private final BigInteger mantissa;
    private final int exponent;
    private final BigInteger mantissaPower;
    private final int t;

    private RoundedPower(BigInteger mantissa, int exponent, BigInteger mantissaPower, int t) {
        this.mantissa = mantissa;
        this.exponent = exponent;
        this.mantissaPower = mantissaPower;
        this.t = t;
    }

    /** β⁰ = 1, for a finite β ≥ 0. */
    static RoundedPower of(double beta) {
        if (!(Double.isFinite(beta) && beta >= 0)) {
            throw new IllegalArgumentException("the base must be finite and >= 0: " + beta);
        }
        long bits = Double.doubleToRawLongBits(beta);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long fraction = bits & ((1L << 52) - 1);
        long m = biased == 0 ? fraction : fraction | (1L << 52);
        int e = (biased == 0 ? 1 : biased) - 1075;
        return new RoundedPower(BigInteger.valueOf(m), e, BigInteger.ONE, 0);
    }

    /** βᵗ⁺¹. */
    RoundedPower next() {
        return new RoundedPower(mantissa, exponent, mantissaPower.multiply(mantissa), t + 1);
    }

    /** βᵗ rounded to the nearest double, ties to even. */
    double value() {
        if (mantissaPower.signum() == 0) {
            return 0;
        }
        int scale = exponent * t;
        int drop = mantissaPower.bitLength() - SIGNIFICAND_BITS;
        if (drop <= 0) {
            return Math.scalb((double) mantissaPower.longValueExact(), scale);
        }
        long kept = mantissaPower.shiftRight(drop).longValueExact();
        boolean half = mantissaPower.testBit(drop - 1);
        boolean belowHalf = mantissaPower.getLowestSetBit() < drop - 1;
        if (half && (belowHalf || (kept & 1) == 1)) {
            kept++; // 2⁵³ at most: still exact as a double
        }
        // Below 2⁻¹⁰²² scalb would round a second time; such a power leaves 1 − βᵗ at exactly 1 anyway.
        return Math.scalb((double) kept, scale + drop);
    }
}
