package com.momentumlab.numerics.optim;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Valley;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The comparison run of 「ゼロから作るDeep Learning」 ch. 6 (SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3 on
 * x²/20 + y² from (−7, 2), 30 iterations), plus the book's Nesterov and RMSprop, against the iterates of our
 * Python reference ({@code src/test/resources/book/book_runs.py}), every coordinate compared with {@code ==}.
 */
class BookComparisonRunTest {

    private static final Vec2 START = new Vec2(-7, 2);

    /** A run of the fixture: the optimizer and hyperparameters it names, and its iterates θ₀ … θ₃₀. */
    record BookRun(String optimizer, Map<String, Double> hypers, List<Vec2> iterates) {}

    static List<BookRun> bookRuns() throws IOException {
        String text;
        try (InputStream in = BookComparisonRunTest.class.getResourceAsStream("/book/book_runs.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<BookRun> runs = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String[] words = line.split(" ");
            if (line.startsWith("#")) {
                continue;
            }
            if (words[0].equals("run")) {
                Map<String, Double> hypers = new LinkedHashMap<>();
                for (int i = 2; i < words.length; i++) {
                    String[] pair = words[i].split("=");
                    hypers.put(pair[0], Double.parseDouble(pair[1]));
                }
                runs.add(new BookRun(words[1], hypers, new ArrayList<>()));
            } else {
                BookRun run = runs.get(runs.size() - 1);
                assertThat(Integer.parseInt(words[0])).isEqualTo(run.iterates().size());
                run.iterates().add(new Vec2(Double.parseDouble(words[1]), Double.parseDouble(words[2])));
            }
        }
        return runs;
    }

    /** The lab's optimizer for a run of the book: the book's form where ours differs. */
    static Optimizer bookForm(BookRun run) {
        Map<String, Double> h = run.hypers();
        return switch (run.optimizer()) {
            case "sgd" -> new Sgd(h.get("lr"));
            case "momentum" -> new Momentum(h.get("lr"), h.get("momentum"));
            case "nesterov" -> new BookNesterov(h.get("lr"), h.get("momentum"));
            case "adagrad" -> new AdaGrad(h.get("lr"));
            case "rmsprop" -> new RmsProp(h.get("lr"), h.get("decay_rate"), RmsProp.DEFAULT_EPSILON);
            case "adam" -> new BookAdam(h.get("lr"), h.get("beta1"), h.get("beta2"));
            default -> throw new IllegalArgumentException(run.optimizer());
        };
    }

    @Test
    void theFixtureHoldsTheBooksFourRunsAndNesterovAndRmsprop() throws IOException {
        assertThat(bookRuns()).extracting(BookRun::optimizer)
                .containsExactly("sgd", "momentum", "adagrad", "adam", "nesterov", "rmsprop");
        assertThat(bookRuns()).extracting(r -> r.hypers().get("lr")).containsExactly(0.95, 0.1, 1.5, 0.3, 0.1, 0.1);
        assertThat(bookRuns()).allSatisfy(r -> {
            assertThat(r.iterates()).hasSize(31);
            assertThat(r.iterates().get(0)).isEqualTo(START);
        });
    }

    @Test
    void everyIterateOfEveryRunEqualsTheReferenceBitForBit() throws IOException {
        for (BookRun run : bookRuns()) {
            Trajectory path = Trajectory.run(bookForm(run), new Valley(), START, 30);
            assertThat(path.diverged()).isFalse();
            List<Vec2> ours = path.steps().stream().map(Step::theta).toList();
            for (int t = 0; t < ours.size(); t++) {
                Vec2 expected = run.iterates().get(t);
                // == on the doubles: -0.0 and 0.0 would count as equal, NaN never reaches a trajectory
                assertThat(ours.get(t).x() == expected.x() && ours.get(t).y() == expected.y())
                        .as("%s step %d: ours %s, reference %s", run.optimizer(), t, ours.get(t), expected)
                        .isTrue();
            }
        }
    }

    @Test
    void theLookAheadNesterovAndThePapersAdamLeaveTheBooksPathAtTheFirstStep() throws IOException {
        Map<String, Optimizer> standard = Map.of("nesterov", new Nesterov(0.1, 0.9), "adam", new Adam(0.3));
        for (BookRun run : bookRuns()) {
            if (standard.containsKey(run.optimizer())) {
                Vec2 first = Trajectory.run(standard.get(run.optimizer()), new Valley(), START, 1).last().theta();
                assertThat(first).as(run.optimizer()).isNotEqualTo(run.iterates().get(1));
            }
        }
    }
}
