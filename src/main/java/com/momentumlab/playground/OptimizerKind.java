package com.momentumlab.playground;

import com.momentumlab.numerics.optim.AdaGrad;
import com.momentumlab.numerics.optim.Adam;
import com.momentumlab.numerics.optim.BookAdam;
import com.momentumlab.numerics.optim.BookNesterov;
import com.momentumlab.numerics.optim.Momentum;
import com.momentumlab.numerics.optim.Nesterov;
import com.momentumlab.numerics.optim.Optimizer;
import com.momentumlab.numerics.optim.RmsProp;
import com.momentumlab.numerics.optim.Sgd;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The optimizers a learner can put on the chart, each with its hyperparameters (and their usual values) and a colour
 * from the Okabe–Ito palette, which stays distinguishable with the common colour-vision deficiencies.
 *
 * <p>Nesterov and Adam also run in the form of 「ゼロから作るDeep Learning」's code, which leaves their usual
 * form at the first step. SGD, Momentum, AdaGrad and RMSProp have one form: ours already is the book's
 * arithmetic ({@code BookComparisonRunTest} checks every iterate).
 */
public enum OptimizerKind {

    MOMENTUM("momentum", "#D55E00", Hyperparameters.momentum(0.1, 0.9),
            h -> new Momentum(h.learningRate(), h.beta())),
    SGD("sgd", "#0072B2", Hyperparameters.learningRateOnly(0.1), h -> new Sgd(h.learningRate())),
    NESTEROV("nesterov", "#009E73", Hyperparameters.momentum(0.1, 0.9),
            h -> new Nesterov(h.learningRate(), h.beta()), "lookahead", h -> new BookNesterov(h.learningRate(), h.beta())),
    ADAGRAD("adagrad", "#CC79A7", Hyperparameters.learningRateOnly(0.1), h -> new AdaGrad(h.learningRate())),
    RMSPROP("rmsprop", "#E69F00", Hyperparameters.rmsProp(0.1, RmsProp.DEFAULT_RHO),
            h -> new RmsProp(h.learningRate(), h.rho(), RmsProp.DEFAULT_EPSILON)),
    ADAM("adam", "#56B4E9", Hyperparameters.adam(0.1, Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2),
            h -> new Adam(h.learningRate(), h.beta1(), h.beta2(), Adam.DEFAULT_EPSILON),
            "paper", h -> new BookAdam(h.learningRate(), h.beta1(), h.beta2()));

    /** The URL name of {@link Form#BOOK}. */
    private static final String BOOK_FORM = "book";

    private final String key;
    private final String color;
    private final Hyperparameters usual;
    private final Function<Hyperparameters, Optimizer> factory;
    /** The URL name of {@link Form#STANDARD}, or null for an optimizer with one form. */
    private final String standardForm;
    private final Function<Hyperparameters, Optimizer> bookFactory;

    OptimizerKind(String key, String color, Hyperparameters usual, Function<Hyperparameters, Optimizer> factory) {
        this(key, color, usual, factory, null, null);
    }

    OptimizerKind(String key, String color, Hyperparameters usual, Function<Hyperparameters, Optimizer> factory,
                  String standardForm, Function<Hyperparameters, Optimizer> bookFactory) {
        this.key = key;
        this.color = color;
        this.usual = usual;
        this.factory = factory;
        this.standardForm = standardForm;
        this.bookFactory = bookFactory;
    }

    /** Stable name in URLs and translation keys ({@code optimizer.<key>}). */
    public String key() {
        return key;
    }

    public String color() {
        return color;
    }

    /** The hyperparameters this optimizer takes, in the order of a link. */
    public List<Hyper> hypers() {
        return usual.hypers();
    }

    /**
     * The usual values: α = 0.1 (the lesson's classic example) and the decays the optimizer's paper recommends.
     * Each function's {@link Preset} chooses its own α.
     */
    public Hyperparameters usual() {
        return usual;
    }

    /** Whether {@code values} are this optimizer's hyperparameters, no more and no fewer. */
    public boolean takes(Hyperparameters values) {
        return values.hypers().equals(hypers());
    }

    /** The optimizer in {@code form}, which must be one of {@link #forms()} unless it is the standard form. */
    public Optimizer create(Hyperparameters values, Form form) {
        if (form == Form.BOOK && bookFactory == null) {
            throw new IllegalArgumentException(key + " has one form");
        }
        if (!takes(values)) {
            throw new IllegalArgumentException(key + " takes " + hypers() + ", not " + values.hypers());
        }
        return form == Form.BOOK ? bookFactory.apply(values) : factory.apply(values);
    }

    /** The forms a learner chooses between; empty for an optimizer with one form. */
    public List<Form> forms() {
        return bookFactory == null ? List.of() : List.of(Form.STANDARD, Form.BOOK);
    }

    /** The name of {@code form} in URLs and translation keys ({@code form.<key>.<name>}), e.g. "lookahead". */
    public String formName(Form form) {
        return form == Form.BOOK ? BOOK_FORM : standardForm;
    }

    public Optional<Form> formByName(String name) {
        return forms().stream().filter(form -> formName(form).equals(name)).findFirst();
    }

    /** Translation key of the form's name, e.g. {@code form.adam.paper}. */
    public String formLabelKey(Form form) {
        return "form." + key + "." + formName(form);
    }

    public static Optional<OptimizerKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** An unmodifiable copy of {@code hypers}, which must hold each optimizer's own hyperparameters, for every one. */
    static Map<OptimizerKind, Hyperparameters> requireEvery(Map<OptimizerKind, Hyperparameters> hypers) {
        Map<OptimizerKind, Hyperparameters> all = new EnumMap<>(OptimizerKind.class);
        all.putAll(hypers);
        for (OptimizerKind kind : values()) {
            if (!all.containsKey(kind) || !kind.takes(all.get(kind))) {
                throw new IllegalArgumentException(kind.key + " needs its own hyperparameters: " + hypers);
            }
        }
        return Collections.unmodifiableMap(all);
    }

    /** The optimizers a learner may add next to Momentum. */
    public static List<OptimizerKind> comparable() {
        return Arrays.stream(values()).filter(k -> k != MOMENTUM).toList();
    }
}
