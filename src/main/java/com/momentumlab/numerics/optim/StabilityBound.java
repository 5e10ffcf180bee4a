package com.momentumlab.numerics.optim;

/**
 * The three conditions under which momentum converges on one axis of a quadratic:
 * 0 ≤ β &lt; 1 and 0 &lt; αλ &lt; 2 + 2β.
 */
public enum StabilityBound {

    /** 0 ≤ β &lt; 1: with β ≥ 1 the velocity never fades. */
    MOMENTUM_BELOW_ONE("0 ≤ β < 1"),

    /** 0 &lt; αλ: with αλ ≤ 0 the axis is flat (or curves down) and nothing pulls θ to the minimum. */
    STEP_POSITIVE("0 < αλ"),

    /**
     * αλ &lt; 2 + 2β: beyond it each swing is larger than the last and the path diverges; right on it the swings
     * keep their size (the limit is 2/λ for α when β = 0).
     */
    STEP_BELOW_LIMIT("αλ < 2 + 2β");

    private final String formula;

    StabilityBound(String formula) {
        this.formula = formula;
    }

    /** The condition as the lesson writes it, e.g. {@code αλ < 2 + 2β}; language-neutral. */
    public String formula() {
        return formula;
    }
}
