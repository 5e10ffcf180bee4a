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
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The optimizers a learner can put on the chart, each with its hyperparameters (in URL order) and a colour
 * from the Okabe–Ito palette, which stays distinguishable with the common colour-vision deficiencies.
 *
 * <p>Nesterov and Adam also run in the form of 「ゼロから作るDeep Learning」's code, which leaves their usual
 * form at the first step. SGD, Momentum, AdaGrad and RMSProp have one form: ours already is the book's
 * arithmetic ({@code BookComparisonRunTest} checks every iterate).
 */
public enum OptimizerKind {

    MOMENTUM("momentum", "#D55E00", List.of(Hyper.LEARNING_RATE, Hyper.MOMENTUM),
            v -> new Momentum(v[0], v[1])),
    SGD("sgd", "#0072B2", List.of(Hyper.LEARNING_RATE), v -> new Sgd(v[0])),
    NESTEROV("nesterov", "#009E73", List.of(Hyper.LEARNING_RATE, Hyper.MOMENTUM),
            v -> new Nesterov(v[0], v[1]), "lookahead", v -> new BookNesterov(v[0], v[1])),
    ADAGRAD("adagrad", "#CC79A7", List.of(Hyper.LEARNING_RATE), v -> new AdaGrad(v[0])),
    RMSPROP("rmsprop", "#E69F00", List.of(Hyper.LEARNING_RATE, Hyper.DECAY),
            v -> new RmsProp(v[0], v[1], RmsProp.DEFAULT_EPSILON)),
    ADAM("adam", "#56B4E9", List.of(Hyper.LEARNING_RATE, Hyper.FIRST_MOMENT, Hyper.SECOND_MOMENT),
            v -> new Adam(v[0], v[1], v[2], Adam.DEFAULT_EPSILON), "paper", v -> new BookAdam(v[0], v[1], v[2]));

    /** The URL name of {@link Form#BOOK}. */
    private static final String BOOK_FORM = "book";

    private final String key;
    private final String color;
    private final List<Hyper> hypers;
    private final Function<double[], Optimizer> factory;
    /** The URL name of {@link Form#STANDARD}, or null for an optimizer with one form. */
    private final String standardForm;
    private final Function<double[], Optimizer> bookFactory;

    OptimizerKind(String key, String color, List<Hyper> hypers, Function<double[], Optimizer> factory) {
        this(key, color, hypers, factory, null, null);
    }

    OptimizerKind(String key, String color, List<Hyper> hypers, Function<double[], Optimizer> factory,
                  String standardForm, Function<double[], Optimizer> bookFactory) {
        this.key = key;
        this.color = color;
        this.hypers = hypers;
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

    public List<Hyper> hypers() {
        return hypers;
    }

    /** The optimizer in its standard form with these hyperparameter values, in the order of {@link #hypers()}. */
    public Optimizer create(List<Double> values) {
        return create(values, Form.STANDARD);
    }

    /** The optimizer in {@code form}, which must be one of {@link #forms()} unless it is the standard form. */
    public Optimizer create(List<Double> values, Form form) {
        if (form == Form.BOOK && bookFactory == null) {
            throw new IllegalArgumentException(key + " has one form");
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        return form == Form.BOOK ? bookFactory.apply(v) : factory.apply(v);
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

    /** The optimizers a learner may add next to Momentum. */
    public static List<OptimizerKind> comparable() {
        return Arrays.stream(values()).filter(k -> k != MOMENTUM).toList();
    }
}
