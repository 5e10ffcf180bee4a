package com.momentumlab.playground;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.base.i18n.Message;
import com.momentumlab.numerics.Vec2;
import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.numerics.optim.GradientNoise;
import com.momentumlab.playground.LabModel.Change;
import com.momentumlab.playground.LabModel.CursorMove;
import com.momentumlab.playground.Playback.Phase;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lab as a learner drives it, without a browser or Vaadin: what the status says, which buttons work, which
 * step the views show and what they are told to draw, through every path of a visit.
 */
class LabModelTest {

    /** A stream the test advances by hand, a batch at a time as the server's scheduler would. */
    private static final class HandStream implements LabModel.StepStream {
        private IntConsumer advanceTo;
        private int next;
        private int last;
        private boolean refuse;
        private int starts;

        @Override
        public boolean start(int from, int to, StreamPacing pacing, IntConsumer advanceTo) {
            if (refuse) {
                return false;
            }
            this.advanceTo = advanceTo;
            this.next = from;
            this.last = to;
            starts++;
            return true;
        }

        @Override
        public void cancel() {
            advanceTo = null;
        }

        boolean running() {
            return advanceTo != null && next <= last;
        }

        /** Draws {@code steps} more steps as one batch. */
        void tick(int steps) {
            int to = Math.min(last, next + steps - 1);
            IntConsumer target = advanceTo;
            next = to + 1;
            target.accept(to);
        }

        void finish() {
            while (running()) {
                tick(4);
            }
        }
    }

    /** What the views were told, in order. */
    private static final class Heard implements LabModel.Listener {
        final List<Change> changes = new ArrayList<>();
        final List<CursorMove> moves = new ArrayList<>();
        final List<LabModel.Status> statuses = new ArrayList<>();
        final List<LabState> runsStarted = new ArrayList<>();

        @Override
        public void stateChanged(LabState state, Change change) {
            changes.add(change);
        }

        @Override
        public void cursorMoved(CursorMove move) {
            moves.add(move);
        }

        @Override
        public void statusChanged(LabModel.Status status) {
            statuses.add(status);
        }

        @Override
        public void runStarted(LabState state) {
            runsStarted.add(state);
        }

        void clear() {
            changes.clear();
            moves.clear();
            statuses.clear();
            runsStarted.clear();
        }
    }

    /** What each button offers: Pause/Resume (and its label), Step, Back to start. */
    private record Buttons(boolean pauseOrResume, String pauseLabel, boolean step, boolean backToStart) {}

    private final PlaygroundService service = new PlaygroundService(1);
    private final HandStream stream = new HandStream();
    private final Heard heard = new Heard();
    private LabModel lab;

    @BeforeEach
    void open() {
        lab = new LabModel(service, stream);
        lab.addListener(heard);
    }

    private Buttons buttons() {
        return new Buttons(lab.canPauseOrResume(), lab.canResume() ? "Resume" : "Pause", lab.canStep(), lab.canRewind());
    }

    /** The status as keys and arguments: {@code status.done(30)}. */
    private String status() {
        return lab.status().messages().stream().map(LabModelTest::text).collect(Collectors.joining(" "));
    }

    private static String text(Message m) {
        return m.key() + Arrays.stream(m.args()).map(a -> a instanceof Message inner ? text(inner) : a.toString())
                .collect(Collectors.joining(",", "(", ")"));
    }

    private Vec2 momentumAt(int t) {
        return lab.runs().get(0).stepAt(t).theta();
    }

    /** Momentum on the valley f = x²/20 + y², written out here apart from the numerics package. */
    private static Vec2 valleyMomentum(double alpha, double beta, double x, double y, int steps) {
        double vx = 0;
        double vy = 0;
        for (int t = 1; t <= steps; t++) {
            double gx = x / 10;
            double gy = 2 * y;
            vx = beta * vx - alpha * gx;
            vy = beta * vy - alpha * gy;
            x += vx;
            y += vy;
        }
        return new Vec2(x, y);
    }

    @Test
    void aNewTabShowsTheClassicRunCompleteAndANewViewHearsItAtOnce() {
        assertThat(lab.state()).isEqualTo(LabState.defaults(Catalogue.byKey("valley").orElseThrow()));
        assertThat(lab.phase()).isEqualTo(Phase.DONE);
        assertThat(lab.cursor()).isEqualTo(30);
        assertThat(status()).isEqualTo("status.done(30)");
        assertThat(buttons()).isEqualTo(new Buttons(false, "Pause", false, true));
        assertThat(momentumAt(30)).isEqualTo(valleyMomentum(0.1, 0.9, -7, 2, 30));
        // A view added now draws the lab as it is: its state, every path to the step shown, the status.
        assertThat(heard.changes).containsExactly(Change.FUNCTION);
        assertThat(heard.moves).containsExactly(new CursorMove(CursorMove.REDRAW, 30));
        assertThat(heard.statuses).hasSize(1);
    }

    @Test
    void runDrawsFromStepZeroToTheEndAFewStepsAtATime() {
        heard.clear();
        lab.run();
        assertThat(heard.runsStarted).containsExactly(lab.state());
        assertThat(heard.moves).containsExactly(new CursorMove(CursorMove.REDRAW, 0));
        assertThat(status()).isEqualTo("status.running(30)");
        assertThat(buttons()).isEqualTo(new Buttons(true, "Pause", true, false));

        stream.tick(3);
        assertThat(heard.moves).last().isEqualTo(new CursorMove(0, 3)); // only steps 1 to 3 are added
        assertThat(lab.cursor()).isEqualTo(3);
        assertThat(buttons()).isEqualTo(new Buttons(true, "Pause", true, true));
        assertThat(heard.statuses).hasSize(1); // "running" is said once per run, not at every step

        stream.finish();
        assertThat(lab.phase()).isEqualTo(Phase.DONE);
        assertThat(status()).isEqualTo("status.done(30)");
        assertThat(buttons()).isEqualTo(new Buttons(false, "Pause", false, true));
    }

    @Test
    void pauseStepAndResumeContinueFromWhereTheRunStood() {
        lab.run();
        stream.tick(5);
        lab.pauseOrResume();
        assertThat(stream.running()).isFalse();
        assertThat(status()).isEqualTo("status.paused(5,30)");
        assertThat(buttons()).isEqualTo(new Buttons(true, "Resume", true, true));

        heard.clear();
        lab.step();
        assertThat(heard.moves).containsExactly(new CursorMove(5, 6));
        assertThat(status()).isEqualTo("status.paused(6,30)");

        lab.pauseOrResume();
        assertThat(status()).isEqualTo("status.running(30)");
        assertThat(stream.next).isEqualTo(7); // the stream goes on after the step shown, not from 0
        stream.finish();
        assertThat(heard.moves).extracting(CursorMove::redraws).containsOnly(false);
        assertThat(lab.cursor()).isEqualTo(30);
        assertThat(status()).isEqualTo("status.done(30)");
    }

    @Test
    void stepWhileDrawingStopsTheStreamOneStepFurther() {
        lab.run();
        stream.tick(2);
        lab.step();
        assertThat(stream.running()).isFalse();
        assertThat(lab.cursor()).isEqualTo(3);
        assertThat(lab.phase()).isEqualTo(Phase.PAUSED);
    }

    @Test
    void backToStartShowsStepZeroAndOffersOnlyStepsForward() {
        heard.clear();
        lab.backToStart();
        assertThat(heard.moves).containsExactly(new CursorMove(CursorMove.REDRAW, 0));
        assertThat(lab.phase()).isEqualTo(Phase.READY);
        assertThat(status()).isEqualTo("status.paused(0,30)");
        assertThat(buttons()).isEqualTo(new Buttons(false, "Pause", true, false));

        lab.backToStart(); // nothing to go back to: nothing happens
        assertThat(heard.moves).hasSize(1);
        lab.step();
        assertThat(lab.cursor()).isEqualTo(1);
        assertThat(buttons()).isEqualTo(new Buttons(true, "Resume", true, true));
    }

    @Test
    void aNewAlphaMidRunShowsTheNewRunCompleteAndNothingOfTheOldStreamArrives() {
        lab.run();
        stream.tick(4);
        IntConsumer oldStream = stream.advanceTo;
        heard.clear();

        lab.setAlpha(0.05);

        assertThat(heard.changes).containsExactly(Change.RUNS);
        assertThat(heard.moves).containsExactly(new CursorMove(CursorMove.REDRAW, 30));
        assertThat(stream.running()).isFalse();
        assertThat(lab.state().learningRate()).isEqualTo(0.05);
        assertThat(lab.state().beta()).isEqualTo(0.9);
        assertThat(momentumAt(30)).isEqualTo(valleyMomentum(0.05, 0.9, -7, 2, 30));
        // Done, with nothing left to pause or step: the playback never claims a run it does not draw.
        assertThat(status()).isEqualTo("status.done(30)");
        assertThat(buttons()).isEqualTo(new Buttons(false, "Pause", false, true));

        oldStream.accept(8); // a batch of the old stream that was already on its way
        assertThat(lab.cursor()).isEqualTo(30);
        assertThat(heard.moves).hasSize(1);
    }

    @Test
    void aNewBetaKeepsAlphaAndAStartKeepsTheOtherCoordinate() {
        lab.setBeta(0.5);
        assertThat(momentumAt(30)).isEqualTo(valleyMomentum(0.1, 0.5, -7, 2, 30));
        lab.setStart(new Vec2(3, lab.state().start().y()));
        assertThat(lab.state().start()).isEqualTo(new Vec2(3, 2));
        assertThat(momentumAt(0)).isEqualTo(new Vec2(3, 2));
    }

    @Test
    void theSameValueAgainChangesNothingAndTellsNoView() {
        heard.clear();
        lab.setAlpha(0.1);
        lab.setBeta(0.9);
        lab.setStart(new Vec2(-7, 2));
        lab.setFunction(Catalogue.byKey("valley").orElseThrow());
        lab.setCompared(Set.of());
        assertThat(heard.changes).isEmpty();
        assertThat(heard.moves).isEmpty();
        assertThat(heard.statuses).isEmpty();
    }

    @Test
    void aDivergingRunStopsWhereItLeftTheWindowAndOffersTheExplanation() {
        lab.setAlpha(10);
        // α = 10, β = 0.9 on the valley: y goes 2, −38, 686, −12382.4, 223504.04, then beyond 10⁶ at step 5.
        assertThat(lab.phase()).isEqualTo(Phase.DIVERGED);
        assertThat(lab.lastStep()).isEqualTo(4);
        assertThat(lab.status().error()).isTrue();
        assertThat(lab.status().offersWhy()).isTrue();
        assertThat(status()).startsWith("status.diverged").contains("(5,");
        assertThat(momentumAt(4).y()).isEqualTo(223504.04, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(buttons()).isEqualTo(new Buttons(false, "Pause", false, true));

        lab.run();
        stream.finish();
        assertThat(lab.phase()).isEqualTo(Phase.DIVERGED);
        lab.setAlpha(0.1);
        assertThat(lab.status().offersWhy()).isFalse();
        assertThat(status()).isEqualTo("status.done(30)");
    }

    @Test
    void aLinksStateReplacesEverythingAndIsShownComplete() {
        LabLink.Decoded link = LabLink.decode(Map.of("f", List.of("himmelblau"), "x", List.of("1.5"), "y", List.of("-2"),
                "steps", List.of("40"), "opt", List.of("sgd"), "sgd.lr", List.of("0.01"), "noise", List.of("0.5"),
                "view", List.of("loss")), service::function, service.defaultFunction());
        lab.run();
        stream.tick(2);
        lab.markInvalid("field-lr");
        heard.clear();

        lab.apply(link.state());

        assertThat(lab.state()).isEqualTo(link.state());
        assertThat(lab.state().tab()).isEqualTo(LabTab.LOSS);
        assertThat(lab.function().key()).isEqualTo("himmelblau");
        assertThat(heard.changes).containsExactly(Change.FUNCTION);
        assertThat(lab.runs()).extracting(Run::kind).containsExactly(OptimizerKind.MOMENTUM, OptimizerKind.SGD);
        assertThat(momentumAt(0)).isEqualTo(new Vec2(1.5, -2));
        assertThat(lab.cursor()).isEqualTo(40);
        assertThat(stream.running()).isFalse();
        // Every input now shows the link's values, so none is left marked bad.
        assertThat(lab.hasInvalidInputs()).isFalse();
        assertThat(status()).isEqualTo("status.done(40) status.noise(0.5,1)");
    }

    @Test
    void comparedOptimizersRunFromTheSameStartAndTheDetailsFollowTheOneChosen() {
        lab.setCompared(List.of(OptimizerKind.ADAM, OptimizerKind.SGD));
        assertThat(lab.runs()).extracting(Run::kind)
                .containsExactly(OptimizerKind.MOMENTUM, OptimizerKind.SGD, OptimizerKind.ADAM);
        assertThat(lab.runs()).allSatisfy(run -> assertThat(run.stepAt(0).theta()).isEqualTo(new Vec2(-7, 2)));

        heard.clear();
        lab.setDetailKind(OptimizerKind.SGD);
        assertThat(lab.detailRun().kind()).isEqualTo(OptimizerKind.SGD);
        assertThat(heard.moves).containsExactly(new CursorMove(30, 30)); // the same step, another optimizer's arrows
        lab.setDetailKind(OptimizerKind.NESTEROV); // not drawn: not offered
        assertThat(lab.detailKind()).isEqualTo(OptimizerKind.SGD);

        lab.setHypers(OptimizerKind.SGD, lab.state().hypers().get(OptimizerKind.SGD).with(Hyper.LEARNING_RATE, 0.5));
        assertThat(lab.runs().get(0).stepAt(30).theta()).isEqualTo(valleyMomentum(0.1, 0.9, -7, 2, 30));
        lab.setForm(OptimizerKind.ADAM, Form.BOOK);
        assertThat(lab.state().form(OptimizerKind.ADAM)).isEqualTo(Form.BOOK);

        lab.setCompared(List.of(OptimizerKind.ADAM));
        assertThat(lab.detailKind()).isEqualTo(OptimizerKind.MOMENTUM); // SGD is gone from the chart
        assertThat(lab.state().hypers().get(OptimizerKind.SGD).learningRate()).isEqualTo(0.5); // and kept
    }

    @Test
    void aBadInputStopsRunUntilItIsFixed() {
        lab.markInvalid("field-lr");
        assertThat(status()).isEqualTo("status.invalid()");
        assertThat(lab.status().error()).isTrue();
        heard.clear();
        lab.run();
        assertThat(heard.runsStarted).isEmpty();
        assertThat(lab.phase()).isEqualTo(Phase.DONE);

        lab.markValid("field-lr");
        assertThat(status()).isEqualTo("status.done(30)");
        lab.run();
        assertThat(heard.runsStarted).hasSize(1);
    }

    @Test
    void whenTheServerDrawsTooManyRunsTheRunShowsCompleteAndSaysWhy() {
        stream.refuse = true;
        lab.run();
        assertThat(lab.cursor()).isEqualTo(30);
        assertThat(lab.phase()).isEqualTo(Phase.DONE);
        assertThat(status()).isEqualTo("status.busy()");
        lab.backToStart();
        assertThat(status()).isEqualTo("status.paused(0,30)");
    }

    @Test
    void aStartPickedOnTheChartIsRoundedAndOnePickedOutsideIsIgnored() {
        // The valley's window is 20 wide: its resolution is 0.1.
        lab.pickStart(5.606447496692182, -1.2999999999999998);
        assertThat(lab.state().start()).isEqualTo(new Vec2(5.6, -1.3));
        lab.pickStart(1e9, 0);
        lab.pickStart(Double.NaN, 0);
        assertThat(lab.state().start()).isEqualTo(new Vec2(5.6, -1.3));
    }

    @Test
    void anotherFunctionBringsItsOwnStartAndPresetAndKeepsTheComparison() {
        lab.setCompared(List.of(OptimizerKind.SGD));
        heard.clear();
        lab.setFunction(Catalogue.byKey("himmelblau").orElseThrow());
        assertThat(heard.changes).containsExactly(Change.FUNCTION);
        LabState himmelblau = LabState.defaults(Catalogue.byKey("himmelblau").orElseThrow());
        assertThat(lab.state().start()).isEqualTo(himmelblau.start());
        assertThat(lab.state().hypers()).isEqualTo(himmelblau.hypers());
        assertThat(lab.state().compared()).containsExactly(OptimizerKind.SGD);
    }

    @Test
    void theTabAndTheSpeedChangeNoRunAndLetADrawingRunGoOn() {
        lab.run();
        stream.tick(3);
        List<Run> runs = lab.runs();
        heard.clear();
        lab.setTab(LabTab.STABILITY);
        lab.setSpeed(5);
        assertThat(heard.changes).containsExactly(Change.SETTINGS, Change.SETTINGS);
        assertThat(lab.runs()).isSameAs(runs);
        assertThat(stream.running()).isTrue();
        assertThat(lab.phase()).isEqualTo(Phase.RUNNING);
        assertThat(LabLink.encode(lab.state())).containsEntry("view", List.of("stability"));
    }

    @Test
    void noiseIsNamedInTheStatus() {
        lab.setNoise(new GradientNoise(2, 7));
        assertThat(status()).isEqualTo("status.done(30) status.noise(2,7)");
    }

    @Test
    void theModelKnowsNoVaadin() {
        noClasses().that().haveFullyQualifiedName(LabModel.class.getName())
                .or().haveFullyQualifiedName(LabModel.class.getName() + "$Listener")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(new ClassFileImporter().importClasses(LabModel.class, LabModel.Listener.class));
    }
}
