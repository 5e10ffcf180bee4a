package com.momentumlab.playground;

import com.momentumlab.numerics.optim.Step;
import java.util.List;

/**
 * A whole comparison as CSV, one row per optimizer and step: t, θ, g, the carry and gradient-step parts and
 * v (= θₜ − θₜ₋₁), and f(θ). Numbers are written so they read back as the same doubles.
 */
public final class RunCsv {

    static final String HEADER = "optimizer,t,x,y,g_x,g_y,carry_x,carry_y,gradient_step_x,gradient_step_y,v_x,v_y,f";

    private RunCsv() {}

    public static String write(List<Run> runs) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Run run : runs) {
            for (Step s : run.trajectory().steps()) {
                csv.append(run.kind().key()).append(',').append(s.t());
                for (double value : new double[] {s.theta().x(), s.theta().y(), s.gradient().x(), s.gradient().y(),
                        s.carry().x(), s.carry().y(), s.gradientStep().x(), s.gradientStep().y(),
                        s.velocity().x(), s.velocity().y(), s.value()}) {
                    csv.append(',').append(value);
                }
                csv.append('\n');
            }
        }
        return csv.toString();
    }
}
