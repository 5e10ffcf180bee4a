package com.momentumlab.playground;

import com.momentumlab.base.input.InputProblem;
import com.momentumlab.base.input.Numbers;
import com.momentumlab.base.input.ParsedNumber;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.optim.GradientNoise;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The permalink: a {@link LabState} as URL query parameters and back. Reading never fails: a parameter that
 * cannot be used falls back to its default and yields a {@link Notice} the page shows.
 *
 * <p>Parameters: {@code f} function, {@code x} {@code y} start, {@code steps}, {@code lr} {@code beta}
 * Momentum, {@code opt} the compared optimizers (comma-separated), {@code <optimizer>.<hyper>} their
 * hyperparameters (e.g. {@code adam.lr}, {@code adam.b2}), {@code <optimizer>.form} the form of an optimizer
 * that has two (e.g. {@code adam.form=book}), {@code noise} {@code seed} the gradient noise's σ and seed (written
 * when either differs from the default, no noise and seed 1), {@code speed}, {@code view} the tab under the chart
 * (written when it is not the first, {@code details}). ({@code lang} belongs to the page.)
 */
public final class LabLink {

    public static final String FUNCTION = "f";
    public static final String X = "x";
    public static final String Y = "y";
    public static final String STEPS = "steps";
    public static final String COMPARED = "opt";
    /** Unknown optimizer names a notice repeats before it says "…". */
    private static final int UNKNOWN_NAMES_SHOWN = 3;
    public static final String SPEED = "speed";
    public static final String NOISE = "noise";
    public static final String SEED = "seed";
    /** The tab under the chart; written only when it is not the first one, so most links stay short. */
    public static final String TAB = "view";
    /** Suffix of the parameter naming an optimizer's form: {@code <optimizer>.form}. */
    private static final String FORM = "form";
    /** Longest text of a parameter repeated in a notice: enough to recognise it, never a wall of text. */
    static final int ECHO_LENGTH = 24;

    private LabLink() {}

    /** Why one parameter of a link was not used, as translation keys and values. */
    public record Notice(String messageKey, String parameter, String value, InputProblem problem, String fallback) {}

    public record Decoded(LabState state, List<Notice> notices) {}

    /** The query parameters of {@code state}: everything that decides the runs, so the link never drifts. */
    public static Map<String, List<String>> encode(LabState state) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put(FUNCTION, List.of(state.functionKey()));
        query.put(X, List.of(Numbers.plain(state.start().x())));
        query.put(Y, List.of(Numbers.plain(state.start().y())));
        query.put(STEPS, List.of(Integer.toString(state.steps())));
        for (OptimizerKind kind : state.shown()) {
            Hyperparameters values = state.hypers().get(kind);
            for (Hyper hyper : kind.hypers()) {
                query.put(name(kind, hyper), List.of(Numbers.plain(values.get(hyper))));
            }
            if (!kind.forms().isEmpty()) {
                query.put(formName(kind), List.of(kind.formName(state.form(kind))));
            }
        }
        if (!state.compared().isEmpty()) {
            query.put(COMPARED, List.of(state.shown().stream().skip(1).map(OptimizerKind::key)
                    .collect(Collectors.joining(","))));
        }
        if (!state.noise().equals(GradientNoise.NONE)) {
            query.put(NOISE, List.of(Numbers.plain(state.noise().sigma())));
            query.put(SEED, List.of(Long.toString(state.noise().seed())));
        }
        query.put(SPEED, List.of(Integer.toString(state.speed())));
        if (state.tab() != LabTab.DETAILS) {
            query.put(TAB, List.of(state.tab().key()));
        }
        return query;
    }

    /**
     * The query string of a link, the parameters in the map's order (percent-encoded, without "?"). The
     * address bar then reads in a fixed order, the lab's parameters first and the page's language last;
     * Vaadin's {@code QueryParameters} would put them in hash order.
     */
    public static String queryString(Map<String, List<String>> query) {
        return query.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(value -> component(e.getKey()) + "=" + component(value)))
                .collect(Collectors.joining("&"));
    }

    private static String component(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Reads a link; unknown parameters are ignored, unusable ones replaced by their defaults with a notice. */
    public static Decoded decode(Map<String, List<String>> query, Function<String, Optional<Objective>> functions,
                                 Objective defaultFunction) {
        Reader reader = new Reader(query);
        Objective function = reader.text(FUNCTION)
                .map(key -> functions.apply(key).orElseGet(() -> {
                    reader.notice("notice.function", FUNCTION, key, null, defaultFunction.key());
                    return defaultFunction;
                }))
                .orElse(defaultFunction);
        LabState defaults = LabState.defaults(function);

        double x = reader.number(X, text -> LabRules.startX(text, function.window()), defaults.start().x());
        double y = reader.number(Y, text -> LabRules.startY(text, function.window()), defaults.start().y());
        int steps = (int) reader.number(STEPS, LabRules::steps, defaults.steps());
        LabState state = defaults.withStart(new Vec2(x, y)).withSteps(steps);

        for (OptimizerKind kind : OptimizerKind.values()) {
            Hyperparameters values = defaults.hypers().get(kind);
            for (Hyper hyper : kind.hypers()) {
                values = values.with(hyper, reader.number(name(kind, hyper), hyper::read, values.get(hyper)));
            }
            state = state.withHypers(kind, values);
            if (!kind.forms().isEmpty()) {
                state = state.withForm(kind, reader.form(kind));
            }
        }
        Set<OptimizerKind> compared = EnumSet.noneOf(OptimizerKind.class);
        reader.text(COMPARED).ifPresent(list -> {
            Set<String> unknown = new LinkedHashSet<>();
            for (String key : list.split(",", -1)) {
                Optional<OptimizerKind> kind = OptimizerKind.byKey(key.strip());
                if (kind.isPresent()) {
                    compared.add(kind.get());
                } else if (!key.isBlank() && unknown.size() <= UNKNOWN_NAMES_SHOWN) {
                    unknown.add(key.strip());
                }
            }
            // One notice for the whole list, however long: a link of thousands of names is one mistake.
            if (unknown.size() == 1) {
                reader.notice("notice.optimizer", COMPARED, unknown.iterator().next(), null, null);
            } else if (!unknown.isEmpty()) {
                String names = unknown.stream().limit(UNKNOWN_NAMES_SHOWN).collect(Collectors.joining(", "))
                        + (unknown.size() > UNKNOWN_NAMES_SHOWN ? ", …" : "");
                reader.notice("notice.optimizers", COMPARED, names, null, null);
            }
        });
        double sigma = reader.number(NOISE, LabRules::noise, defaults.noise().sigma());
        long seed = (long) reader.number(SEED, LabRules::seed, defaults.noise().seed());
        int speed = (int) reader.number(SPEED, LabRules::speed, defaults.speed());
        LabTab tab = reader.tab();
        return new Decoded(state.withCompared(compared).withSpeed(speed).withNoise(new GradientNoise(sigma, seed))
                .withTab(tab), List.copyOf(reader.notices));
    }

    /** {@code lr} and {@code beta} for Momentum (the lesson's names), {@code <optimizer>.<hyper>} otherwise. */
    public static String name(OptimizerKind kind, Hyper hyper) {
        return kind == OptimizerKind.MOMENTUM ? hyper.urlName() : kind.key() + "." + hyper.urlName();
    }

    /** {@code <optimizer>.form}. */
    public static String formName(OptimizerKind kind) {
        return kind.key() + "." + FORM;
    }

    /** Takes one value per parameter and remembers what could not be used. */
    private static final class Reader {
        private final Map<String, List<String>> query;
        private final List<Notice> notices = new ArrayList<>();

        Reader(Map<String, List<String>> query) {
            this.query = query;
        }

        Optional<String> text(String parameter) {
            List<String> values = query.getOrDefault(parameter, List.of());
            if (values.size() > 1) {
                notice("notice.repeated", parameter, values.get(0), null, null);
            }
            return values.stream().findFirst();
        }

        double number(String parameter, Function<String, ParsedNumber> rule, double fallback) {
            Optional<String> text = text(parameter);
            if (text.isEmpty()) {
                return fallback;
            }
            ParsedNumber parsed = rule.apply(text.get());
            if (parsed instanceof ParsedNumber.Valid valid) {
                return valid.value();
            }
            notice("notice.parameter", parameter, text.get(), ((ParsedNumber.Invalid) parsed).problem(),
                    Numbers.exact(fallback));
            return fallback;
        }

        /** The form the link names for {@code kind}; the standard one if it names none or one that does not exist. */
        Form form(OptimizerKind kind) {
            String parameter = formName(kind);
            return text(parameter).map(name -> kind.formByName(name).orElseGet(() -> {
                notice("notice.form", parameter, name, null, kind.formLabelKey(Form.STANDARD));
                return Form.STANDARD;
            })).orElse(Form.STANDARD);
        }

        /** The tab the link names; the first one if it names none or one that does not exist. */
        LabTab tab() {
            return text(TAB).map(key -> LabTab.byKey(key).orElseGet(() -> {
                notice("notice.view", TAB, key, null, LabTab.DETAILS.labelKey());
                return LabTab.DETAILS;
            })).orElse(LabTab.DETAILS);
        }

        void notice(String key, String parameter, String value, InputProblem problem, String fallback) {
            String echo = value.length() <= ECHO_LENGTH ? value : value.substring(0, ECHO_LENGTH) + "…";
            notices.add(new Notice(key, parameter, echo, problem, fallback));
        }
    }
}
