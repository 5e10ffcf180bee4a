package com.momentumlab.lesson.drill;

import com.momentumlab.lesson.drill.DrillQuestion.Axis;
import com.momentumlab.lesson.drill.DrillQuestion.Quantity;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.optim.Momentum;
import com.momentumlab.numerics.optim.Step;
import com.momentumlab.numerics.optim.Trajectory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "compute by hand" drill: the first two Momentum steps from the learner's own α, β and θ₀, asked
 * component by component in the order they are computed by hand,
 *
 * <pre>
 *   g₁ = ∇L(θ₀),  v₁ = βv₀ − αg₁,  θ₁ = θ₀ + v₁     (v₀ = 0)
 *   g₂ = ∇L(θ₁),  v₂ = βv₁ − αg₂,  θ₂ = θ₁ + v₂
 * </pre>
 *
 * twelve questions in all: {@code g1.x, g1.y, v1.x, v1.y, theta1.x, theta1.y, g2.x, …, theta2.y}.
 *
 * <p>The expected values are taken from {@link Trajectory#run} with {@link Momentum}, the run the chart
 * draws, so the drill's numbers are the chart's numbers bit for bit. Each hint substitutes the numbers
 * of the earlier sub-steps as the learner should have them (their {@link DrillQuestion#reference()
 * references}, rounded for display by {@link HandNumberFormat}).
 */
public final class HandDrill {

    /** The largest learning rate the lab offers; the drill accepts α in (0, 10], β in [0, 1). */
    public static final double MAX_LEARNING_RATE = 10;

    private final String functionKey;
    private final double alpha;
    private final double beta;
    private final Vec2 start;
    private final List<DrillQuestion> questions;

    private HandDrill(String functionKey, double alpha, double beta, Vec2 start, List<DrillQuestion> questions) {
        this.functionKey = functionKey;
        this.alpha = alpha;
        this.beta = beta;
        this.start = start;
        this.questions = List.copyOf(questions);
    }

    /**
     * The drill for Momentum with learning rate α and momentum β on {@code f} from θ₀, or a refusal
     * ({@code drill.refused.diverges}, argument: the step) when the two steps diverge as the
     * {@link Trajectory} defines it (a non-finite number or a coordinate beyond ±10⁶), e.g. α = 10
     * on Rosenbrock.
     *
     * @throws IllegalArgumentException if α is not in (0, 10], β not in [0, 1), or θ₀ is not a valid start
     */
    public static DrillSetup create(Objective f, double alpha, double beta, Vec2 start) {
        if (!(alpha > 0 && alpha <= MAX_LEARNING_RATE)) {
            throw new IllegalArgumentException("learning rate must be in (0, 10]: " + alpha);
        }
        if (!(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1): " + beta);
        }
        Trajectory path = Trajectory.run(new Momentum(alpha, beta), f, start, 2);
        if (path.diverged()) {
            return new DrillSetup.Refused(
                    DrillMessage.of("drill.refused.diverges", Integer.toString(path.divergedAt().getAsInt())));
        }
        List<DrillQuestion> questions = new Builder(f.key(), alpha, beta, path.steps()).build();
        return new DrillSetup.Ready(new HandDrill(f.key(), alpha, beta, start, questions));
    }

    /** The questions in the order a learner answers them. */
    public List<DrillQuestion> questions() {
        return questions;
    }

    /** The question with this id ({@code v1.x}, …), if there is one. */
    public Optional<DrillQuestion> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** "Compute the first two steps by hand with α = {0}, β = {1}, θ₀ = {2}, v₀ = 0." */
    public DrillMessage task() {
        return DrillMessage.of("drill.task",
                HandNumberFormat.format(alpha), HandNumberFormat.format(beta), HandNumberFormat.point(start.x(), start.y()));
    }

    /** The worked solution, one line per question in the order they are asked: each formula, its numbers, its result. */
    public List<DrillMessage> solution() {
        return questions.stream().map(DrillQuestion::worked).toList();
    }

    /** The rounding rule answers are checked by, for the learner to read before answering. */
    public DrillMessage rule() {
        return RoundingRule.statement();
    }

    public String functionKey() {
        return functionKey;
    }

    public double alpha() {
        return alpha;
    }

    public double beta() {
        return beta;
    }

    public Vec2 start() {
        return start;
    }

    /** Turns steps 0, 1, 2 of the run into questions, remembering each reference for later hints. */
    private static final class Builder {

        private final String functionKey;
        private final double alpha;
        private final double beta;
        private final List<Step> steps;
        /** What the learner has for each value so far, by question id (θ₀ and v₀ included). */
        private final Map<String, BigDecimal> known = new HashMap<>();
        private final List<DrillQuestion> questions = new ArrayList<>();

        Builder(String functionKey, double alpha, double beta, List<Step> steps) {
            this.functionKey = functionKey;
            this.alpha = alpha;
            this.beta = beta;
            this.steps = steps;
            Vec2 theta0 = steps.get(0).theta();
            known.put(DrillQuestion.id(Quantity.POSITION, 0, Axis.X), new BigDecimal(theta0.x()));
            known.put(DrillQuestion.id(Quantity.POSITION, 0, Axis.Y), new BigDecimal(theta0.y()));
            known.put(DrillQuestion.id(Quantity.VELOCITY, 0, Axis.X), BigDecimal.ZERO);
            known.put(DrillQuestion.id(Quantity.VELOCITY, 0, Axis.Y), BigDecimal.ZERO);
        }

        List<DrillQuestion> build() {
            for (int t = 1; t <= 2; t++) {
                for (Axis axis : Axis.values()) {
                    gradient(t, axis);
                }
                for (Axis axis : Axis.values()) {
                    velocity(t, axis);
                }
                for (Axis axis : Axis.values()) {
                    position(t, axis);
                }
            }
            return questions;
        }

        /** gₜ = ∇L(θₜ₋₁); rounding noise is measured against the point's coordinates. */
        private void gradient(int t, Axis axis) {
            Vec2 point = steps.get(t - 1).theta();
            double g = component(steps.get(t).gradient(), axis);
            double scale = max(point.x(), point.y(), g);
            String symbol = Quantity.GRADIENT.symbol(t);
            String at = Quantity.POSITION.symbol(t - 1);
            BigDecimal x = known(Quantity.POSITION, t - 1, Axis.X);
            BigDecimal y = known(Quantity.POSITION, t - 1, Axis.Y);
            String pointText = "(" + HandNumberFormat.format(x) + ", " + HandNumberFormat.format(y) + ")";
            String partial = "∂L/∂" + axis.label();
            Optional<GradientHint> formula = GradientHint.forFunction(functionKey);
            DrillMessage hint = formula
                    .map(h -> DrillMessage.of("drill.hint.gradient", symbol, axis.label(), partial,
                            h.formula(axis), at, pointText, h.substituted(axis, x, y)))
                    .orElseGet(() -> DrillMessage.of("drill.hint.gradientGeneric", symbol, axis.label(), partial,
                            at, pointText));
            String result = HandNumberFormat.format(RoundingRule.reference(g, scale));
            DrillMessage worked = formula
                    .map(h -> DrillMessage.of("drill.worked.gradient", symbol, axis.label(), partial,
                            h.formula(axis), at, pointText, h.substituted(axis, x, y), result))
                    .orElseGet(() -> DrillMessage.of("drill.worked.gradientGeneric", symbol, axis.label(), partial,
                            at, pointText, result));
            add(Quantity.GRADIENT, t, axis, g, scale, "∇L(" + at + ")", hint, worked);
        }

        /** vₜ = βvₜ₋₁ − αgₜ; noise is measured against the two products. */
        private void velocity(int t, Axis axis) {
            double previous = component(steps.get(t - 1).velocity(), axis);
            double g = component(steps.get(t).gradient(), axis);
            double v = component(steps.get(t).velocity(), axis);
            double scale = max(beta * previous, alpha * g, v);
            String formula = "β" + Quantity.VELOCITY.symbol(t - 1) + " − α" + Quantity.GRADIENT.symbol(t);
            String substituted = HandNumberFormat.fill("{beta} × {v} − {alpha} × {g}", Map.of(
                    "beta", new BigDecimal(beta),
                    "v", known(Quantity.VELOCITY, t - 1, axis),
                    "alpha", new BigDecimal(alpha),
                    "g", known(Quantity.GRADIENT, t, axis)));
            add(Quantity.VELOCITY, t, axis, v, scale, formula, substitutionHint(Quantity.VELOCITY, t, axis, formula, substituted),
                    worked(Quantity.VELOCITY, t, axis, formula, substituted, RoundingRule.reference(v, scale)));
        }

        /** θₜ = θₜ₋₁ + vₜ. */
        private void position(int t, Axis axis) {
            double previous = component(steps.get(t - 1).theta(), axis);
            double v = component(steps.get(t).velocity(), axis);
            double theta = component(steps.get(t).theta(), axis);
            double scale = max(previous, v, theta);
            String formula = Quantity.POSITION.symbol(t - 1) + " + " + Quantity.VELOCITY.symbol(t);
            String substituted = HandNumberFormat.fill("{theta} + {v}", Map.of(
                    "theta", known(Quantity.POSITION, t - 1, axis),
                    "v", known(Quantity.VELOCITY, t, axis)));
            add(Quantity.POSITION, t, axis, theta, scale, formula, substitutionHint(Quantity.POSITION, t, axis, formula, substituted),
                    worked(Quantity.POSITION, t, axis, formula, substituted, RoundingRule.reference(theta, scale)));
        }

        private static DrillMessage substitutionHint(Quantity quantity, int t, Axis axis, String formula, String substituted) {
            return DrillMessage.of("drill.hint.substitute", quantity.symbol(t), axis.label(), formula, substituted);
        }

        private static DrillMessage worked(Quantity quantity, int t, Axis axis, String formula, String substituted,
                                           BigDecimal result) {
            return DrillMessage.of("drill.worked", quantity.symbol(t), axis.label(), formula, substituted,
                    HandNumberFormat.format(result));
        }

        private void add(Quantity quantity, int t, Axis axis, double value, double scale, String formula, DrillMessage hint,
                         DrillMessage worked) {
            String id = DrillQuestion.id(quantity, t, axis);
            BigDecimal reference = RoundingRule.reference(value, scale);
            known.put(id, reference);
            DrillMessage prompt = DrillMessage.of("drill.question", quantity.symbol(t), axis.label(), formula);
            questions.add(new DrillQuestion(id, quantity, t, axis, value, reference, prompt, hint, worked));
        }

        private BigDecimal known(Quantity quantity, int t, Axis axis) {
            return known.get(DrillQuestion.id(quantity, t, axis));
        }

        private static double component(Vec2 v, Axis axis) {
            return axis == Axis.X ? v.x() : v.y();
        }

        private static double max(double a, double b, double c) {
            return Math.max(Math.abs(a), Math.max(Math.abs(b), Math.abs(c)));
        }
    }
}
