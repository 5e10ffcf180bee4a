package com.momentumlab.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.momentumlab.playground.Playback.Phase;
import org.junit.jupiter.api.Test;

/** Every transition of the playback, and what each phase lets the learner press. */
class PlaybackTest {

    /** What the buttons offer: Pause/Resume, Step, Back to start (Run is always there). */
    private record Offers(boolean pause, boolean resume, boolean step, boolean rewind) {
    }

    private static Offers offers(Playback p) {
        return new Offers(p.canPause(), p.canResume(), p.canStep(), p.canRewind());
    }

    private static Playback shown(int lastStep, boolean diverges) {
        Playback p = new Playback();
        p.showComplete(lastStep, diverges);
        return p;
    }

    private static Playback running(int lastStep) {
        Playback p = shown(lastStep, false);
        assertThat(p.start()).isTrue();
        return p;
    }

    @Test
    void aCompleteRunIsDoneAndOffersOnlyStepsBack() {
        Playback p = shown(30, false);
        assertThat(p.phase()).isEqualTo(Phase.DONE);
        assertThat(p.cursor()).isEqualTo(30);
        // At "Done" there is nothing to pause or resume and no step left: only Back to start.
        assertThat(offers(p)).isEqualTo(new Offers(false, false, false, true));
    }

    @Test
    void aCompleteRunThatDivergedEndsDiverged() {
        Playback p = shown(12, true);
        assertThat(p.phase()).isEqualTo(Phase.DIVERGED);
        assertThat(offers(p)).isEqualTo(new Offers(false, false, false, true));
    }

    @Test
    void runStartsFromStepZeroAndCanBePausedOrStepped() {
        Playback p = running(30);
        assertThat(p.phase()).isEqualTo(Phase.RUNNING);
        assertThat(p.cursor()).isZero();
        assertThat(offers(p)).isEqualTo(new Offers(true, false, true, false));
        p.advanceTo(4);
        assertThat(offers(p)).isEqualTo(new Offers(true, false, true, true));
    }

    @Test
    void reachingTheLastStepEndsTheRun() {
        Playback p = running(30);
        p.advanceTo(29);
        assertThat(p.phase()).isEqualTo(Phase.RUNNING);
        p.advanceTo(30);
        assertThat(p.phase()).isEqualTo(Phase.DONE);
        assertThat(p.isFinished()).isTrue();

        Playback diverging = shown(7, true);
        diverging.start();
        diverging.advanceTo(7);
        assertThat(diverging.phase()).isEqualTo(Phase.DIVERGED);
    }

    @Test
    void pauseThenResumeContinuesFromTheSameStep() {
        Playback p = running(30);
        p.advanceTo(10);
        p.pause();
        assertThat(p.phase()).isEqualTo(Phase.PAUSED);
        assertThat(p.cursor()).isEqualTo(10);
        assertThat(offers(p)).isEqualTo(new Offers(false, true, true, true));
        p.resume();
        assertThat(p.phase()).isEqualTo(Phase.RUNNING);
        assertThat(p.cursor()).isEqualTo(10);
    }

    @Test
    void stepWhileRunningStopsOneStepFurther() {
        Playback p = running(30);
        p.advanceTo(3);
        p.step();
        assertThat(p.phase()).isEqualTo(Phase.PAUSED);
        assertThat(p.cursor()).isEqualTo(4);
    }

    @Test
    void steppingOntoTheLastStepEndsTheRun() {
        Playback p = running(2);
        p.pause();
        p.step();
        assertThat(p.cursor()).isEqualTo(1);
        assertThat(p.phase()).isEqualTo(Phase.PAUSED);
        p.step();
        assertThat(p.cursor()).isEqualTo(2);
        assertThat(p.phase()).isEqualTo(Phase.DONE);
        assertThat(offers(p)).isEqualTo(new Offers(false, false, false, true));
    }

    @Test
    void backToStartIsReadyAndOffersStepButNotResume() {
        for (Playback p : new Playback[] {shown(30, false), shown(30, true), running(30)}) {
            if (p.isRunning()) {
                p.advanceTo(5);
            }
            p.rewind();
            assertThat(p.phase()).isEqualTo(Phase.READY);
            assertThat(p.cursor()).isZero();
            assertThat(offers(p)).isEqualTo(new Offers(false, false, true, false));
            p.step();
            assertThat(p.phase()).isEqualTo(Phase.PAUSED);
            assertThat(p.cursor()).isEqualTo(1);
        }
    }

    @Test
    void runFromAnyPhaseStartsAgainFromZero() {
        Playback paused = running(30);
        paused.advanceTo(8);
        paused.pause();
        Playback ready = shown(30, false);
        ready.rewind();
        for (Playback p : new Playback[] {shown(30, false), shown(30, true), paused, ready, running(30)}) {
            assertThat(p.start()).isTrue();
            assertThat(p.phase()).isEqualTo(Phase.RUNNING);
            assertThat(p.cursor()).isZero();
        }
    }

    @Test
    void newRunsShownMidRunEndTheOldRun() {
        // A learner changes β while the path is being drawn: the new run is shown complete, nothing is running.
        Playback p = running(30);
        p.advanceTo(12);
        p.showComplete(200, false);
        assertThat(p.phase()).isEqualTo(Phase.DONE);
        assertThat(p.cursor()).isEqualTo(200);
        assertThat(offers(p)).isEqualTo(new Offers(false, false, false, true));
    }

    @Test
    void aRunOfNoStepsHasNothingToDraw() {
        Playback p = shown(0, false);
        assertThat(p.start()).isFalse();
        assertThat(p.phase()).isEqualTo(Phase.DONE);
        assertThat(offers(p)).isEqualTo(new Offers(false, false, false, false));
    }

    @Test
    void skipToEndShowsTheWholeRunWhenItCannotBeStreamed() {
        Playback p = running(30);
        p.skipToEnd();
        assertThat(p.phase()).isEqualTo(Phase.DONE);
        assertThat(p.cursor()).isEqualTo(30);
    }

    @Test
    void actionsTheButtonsDoNotOfferAreRefused() {
        Playback done = shown(30, false);
        assertThatThrownBy(done::pause).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(done::resume).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(done::step).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> done.advanceTo(3)).isInstanceOf(IllegalStateException.class);
        Playback ready = shown(30, false);
        ready.rewind();
        assertThatThrownBy(ready::rewind).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(ready::resume).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> running(30).advanceTo(31)).isInstanceOf(IllegalArgumentException.class);
    }
}
