package com.momentumlab.playground;

import com.momentumlab.base.input.Numbers;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.optim.DivergenceCause;
import java.util.Locale;
import java.util.Optional;

/**
 * Says which bound broke, on which axis, when momentum does not converge on a quadratic: "diverged at step 5:
 * on the y axis αλ = 20 > 2 + 2β = 3.8". The numbers come from {@link DivergenceCause}; this class only picks the
 * message and formats its arguments (α and β as the learner wrote them, αλ and 2 + 2β to 6 significant
 * digits, so 2 + 2·0.9 shows as 3.8 and not as the double's 3.8000000000000003).
 *
 * <p>Keys and arguments, by broken bound (the axis is "x" or "y"):
 * <ul>
 *   <li>αλ &lt; 2 + 2β: {@code status.diverged.limit} (step, axis, αλ, 2 + 2β) and
 *       {@code stability.point.limit} (α, β, axis, αλ, 2 + 2β) beyond the limit; right on it
 *       ({@link DivergenceCause#onStepLimit()}, e.g. α = 1.9 and β = 0.9 on the valley) the path is bounded and
 *       only fails to converge: {@code stability.point.edge} (α, β, axis, αλ), and no run explanation, since
 *       such a run does not diverge (if it ever left ±10⁶ the general message would be the true one);</li>
 *   <li>β &lt; 1: {@code status.diverged.momentum} (step, β) and {@code stability.point.momentum} (α, β);</li>
 *   <li>αλ &gt; 0: {@code status.diverged.flat} (step, axis, αλ) and {@code stability.point.flat} (α, β, axis, αλ).</li>
 * </ul>
 * The lab's input rules (α &gt; 0, β &lt; 1) leave only the first on the valley; the others are there so that
 * no cause is ever left unexplained.
 */
public final class DivergenceExplanation {

    private static final int DIGITS = 6;

    private DivergenceExplanation() {}

    /**
     * The status line of a run that diverged at {@code step}, or empty if {@code f} is not a quadratic (or
     * (α, β) converges there, or sits right on the limit, where the theory says the path stays bounded): the
     * caller then shows the general message {@code status.diverged.optimizer}.
     */
    public static Optional<Explanation> ofRun(Objective f, double alpha, double beta, int step) {
        String t = Integer.toString(step);
        return DivergenceCause.of(f, alpha, beta).filter(c -> !c.onStepLimit()).map(cause -> switch (cause.bound()) {
            case STEP_BELOW_LIMIT -> Explanation.of("status.diverged.limit",
                    t, axis(cause), rounded(cause.alphaLambda()), rounded(cause.limit()));
            case MOMENTUM_BELOW_ONE -> Explanation.of("status.diverged.momentum", t, Numbers.exact(beta));
            case STEP_POSITIVE -> Explanation.of("status.diverged.flat", t, axis(cause), rounded(cause.alphaLambda()));
        });
    }

    /**
     * Why (α, β) does not converge on {@code f}, without a step; empty if it converges or {@code f} is not a
     * quadratic.
     */
    public static Optional<Explanation> ofSetting(Objective f, double alpha, double beta) {
        String a = Numbers.exact(alpha);
        String b = Numbers.exact(beta);
        return DivergenceCause.of(f, alpha, beta).map(cause -> switch (cause.bound()) {
            case STEP_BELOW_LIMIT -> cause.onStepLimit()
                    ? Explanation.of("stability.point.edge", a, b, axis(cause), rounded(cause.limit()))
                    : Explanation.of("stability.point.limit",
                            a, b, axis(cause), rounded(cause.alphaLambda()), rounded(cause.limit()));
            case MOMENTUM_BELOW_ONE -> Explanation.of("stability.point.momentum", a, b);
            case STEP_POSITIVE -> Explanation.of("stability.point.flat", a, b, axis(cause), rounded(cause.alphaLambda()));
        });
    }

    private static String axis(DivergenceCause cause) {
        return cause.axis().name().toLowerCase(Locale.ROOT);
    }

    private static String rounded(double value) {
        return Numbers.rounded(value, DIGITS);
    }
}
