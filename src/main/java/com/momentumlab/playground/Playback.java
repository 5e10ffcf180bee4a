package com.momentumlab.playground;

/**
 * Where the drawing of the lab's runs stands, and which of Run, Pause/Resume, Step and Back to start make sense
 * now (Run always is). One place decides this, so the buttons and the status can never disagree: the view asks, it never keeps
 * flags of its own. Plain Java, so every transition is tested without a browser.
 */
public final class Playback {

    /** What the learner sees happening. */
    public enum Phase {
        /** Back at step 0, nothing drawn yet. */
        READY,
        /** Steps are being drawn. */
        RUNNING,
        /** Stopped part-way by the learner. */
        PAUSED,
        /** Every step is drawn, and every run stayed finite. */
        DONE,
        /** Every step is drawn, and at least one run stopped because it diverged. */
        DIVERGED
    }

    private int lastStep;
    private boolean diverges;
    private int cursor;
    private Phase phase = Phase.DONE;

    /** New runs, shown complete at once (a change of any value, a link being opened). */
    public void showComplete(int lastStep, boolean diverges) {
        if (lastStep < 0) {
            throw new IllegalArgumentException("lastStep must not be negative: " + lastStep);
        }
        this.lastStep = lastStep;
        this.diverges = diverges;
        this.cursor = lastStep;
        this.phase = endPhase();
    }

    /** Run: draw again from step 0. False if there is nothing to draw (a run of 0 steps). */
    public boolean start() {
        cursor = 0;
        phase = lastStep == 0 ? endPhase() : Phase.RUNNING;
        return phase == Phase.RUNNING;
    }

    /** The stream drew up to step {@code t}; reaching the last step ends the run. */
    public void advanceTo(int t) {
        if (phase != Phase.RUNNING) {
            throw new IllegalStateException("advancing while " + phase);
        }
        moveTo(t);
    }

    public void pause() {
        if (!canPause()) {
            throw new IllegalStateException("pause while " + phase);
        }
        phase = Phase.PAUSED;
    }

    public void resume() {
        if (!canResume()) {
            throw new IllegalStateException("resume while " + phase);
        }
        phase = Phase.RUNNING;
    }

    /** One step further; a running stream stops there. */
    public void step() {
        if (!canStep()) {
            throw new IllegalStateException("step while " + phase + " at " + cursor + " of " + lastStep);
        }
        phase = Phase.PAUSED;
        moveTo(cursor + 1);
    }

    /** Back to start: step 0, nothing drawn beyond it. */
    public void rewind() {
        if (!canRewind()) {
            throw new IllegalStateException("rewind while " + phase + " at " + cursor);
        }
        cursor = 0;
        phase = Phase.READY;
    }

    /** Shows the whole run at once when it cannot be streamed (the server's cap on streams). */
    public void skipToEnd() {
        moveTo(lastStep);
    }

    public boolean canPause() {
        return phase == Phase.RUNNING;
    }

    public boolean canResume() {
        return phase == Phase.PAUSED;
    }

    /** Whether the Pause/Resume button does anything now (its label says which of the two). */
    public boolean canPauseOrResume() {
        return canPause() || canResume();
    }

    public boolean canStep() {
        return cursor < lastStep;
    }

    public boolean canRewind() {
        return cursor > 0;
    }

    public Phase phase() {
        return phase;
    }

    public boolean isRunning() {
        return phase == Phase.RUNNING;
    }

    public boolean isFinished() {
        return phase == Phase.DONE || phase == Phase.DIVERGED;
    }

    /** The step shown: 0 … {@link #lastStep()}. */
    public int cursor() {
        return cursor;
    }

    public int lastStep() {
        return lastStep;
    }

    private void moveTo(int t) {
        if (t < 0 || t > lastStep) {
            throw new IllegalArgumentException("step " + t + " outside 0 … " + lastStep);
        }
        cursor = t;
        if (t == lastStep) {
            phase = endPhase();
        }
    }

    private Phase endPhase() {
        return diverges ? Phase.DIVERGED : Phase.DONE;
    }
}
