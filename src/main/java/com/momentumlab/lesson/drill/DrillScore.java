package com.momentumlab.lesson.drill;

import java.util.HashSet;
import java.util.Set;

/**
 * The learner's progress on one drill, as an immutable value: which questions are solved and which
 * had a wrong answer first. A question counts once; answers to a solved question change nothing, and
 * text that is not a number is a typo, not a mistake.
 *
 * @param total  the number of questions
 * @param solved ids of the questions answered correctly
 * @param missed ids of the questions that got at least one wrong answer while unsolved
 */
public record DrillScore(int total, Set<String> solved, Set<String> missed) {

    public DrillScore {
        solved = Set.copyOf(solved);
        missed = Set.copyOf(missed);
    }

    /** Nothing answered yet. */
    public static DrillScore start(HandDrill drill) {
        return new DrillScore(drill.questions().size(), Set.of(), Set.of());
    }

    /** The score after this result for this question. */
    public DrillScore after(DrillQuestion question, AnswerResult result) {
        String id = question.id();
        if (solved.contains(id)) {
            return this;
        }
        return switch (result.verdict()) {
            case CORRECT -> new DrillScore(total, with(solved, id), missed);
            case WRONG -> new DrillScore(total, solved, with(missed, id));
            case NOT_A_NUMBER -> this;
        };
    }

    /** Solved without a wrong answer first. */
    public int solvedFirstTime() {
        return (int) solved.stream().filter(id -> !missed.contains(id)).count();
    }

    public boolean isComplete() {
        return solved.size() == total;
    }

    /** "{0} of {1} solved, {2} of them at the first attempt." */
    public DrillMessage message() {
        return DrillMessage.of("drill.score",
                Integer.toString(solved.size()), Integer.toString(total), Integer.toString(solvedFirstTime()));
    }

    private static Set<String> with(Set<String> ids, String id) {
        Set<String> copy = new HashSet<>(ids);
        copy.add(id);
        return copy;
    }
}
