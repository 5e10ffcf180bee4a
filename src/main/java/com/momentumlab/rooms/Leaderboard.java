package com.momentumlab.rooms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A challenge's submissions as the board shows them, kept up to date one submission at a time: every submission in
 * order (the dots on the map), and each participant's best, ranked: reached before not reached before diverged,
 * fewer steps first, ties to the earlier submission. Adding is O(1); {@link #top} sorts only the participants' bests.
 * Not thread-safe: each screen holds its own.
 */
public final class Leaderboard {

    /** A place on the board. */
    public record Entry(int rank, Submission submission) {}

    private record Numbered(int index, Submission submission) {}

    private static final Comparator<Numbered> BEST_FIRST = Comparator
            .comparing((Numbered n) -> n.submission().outcome().kind())
            .thenComparingInt(n -> n.submission().outcome().reached() ? n.submission().outcome().steps() : 0)
            .thenComparingInt(Numbered::index);

    private final String challengeId;
    private final List<Submission> submissions = new ArrayList<>();
    private final Map<String, Numbered> best = new HashMap<>();
    /** How many of the room's stored submissions (of any challenge) this board has seen. */
    private int seen;

    private Leaderboard(String challengeId) {
        this.challengeId = challengeId;
    }

    /** The board of {@code challenge} from the room's stored submissions, in the order they were stored. */
    public static Leaderboard of(Challenge challenge, List<Submission> stored) {
        Leaderboard board = new Leaderboard(challenge.id());
        stored.forEach(submission -> board.add(board.seen, submission));
        return board;
    }

    public String challengeId() {
        return challengeId;
    }

    /**
     * Takes the room's submission number {@code index}: true if it was the next one (or one already seen); false
     * if some are missing before it (events crossed on their way), and the board should be read again.
     */
    public boolean add(int index, Submission submission) {
        if (index < seen) {
            return true;
        }
        if (index > seen) {
            return false;
        }
        seen++;
        if (submission.challengeId().equals(challengeId)) {
            Numbered numbered = new Numbered(submissions.size(), submission);
            submissions.add(submission);
            best.merge(submission.participantId(), numbered,
                    (old, candidate) -> BEST_FIRST.compare(candidate, old) < 0 ? candidate : old);
        }
        return true;
    }

    /** Every submission to this challenge, in order. */
    public List<Submission> submissions() {
        return List.copyOf(submissions);
    }

    /** The {@code count} best participants, each with their best submission. */
    public List<Entry> top(int count) {
        List<Numbered> ranked = best.values().stream().sorted(BEST_FIRST).limit(count).toList();
        List<Entry> entries = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            entries.add(new Entry(i + 1, ranked.get(i).submission()));
        }
        return entries;
    }
}
