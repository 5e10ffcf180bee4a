package com.momentumlab.lesson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * One practice test: a few questions drawn at random from the quiz, in a random order, the learner's choice for
 * each, and the score. It keeps positions in the quiz's list and choice numbers only, so the same test can be shown
 * in any language, and a tab holds a few dozen integers, not rendered questions.
 */
public final class QuizPractice {

    /** How many questions a practice test asks. */
    public static final int SIZE = 10;

    private final int[] order;
    private final OptionalInt[] answers;

    private QuizPractice(int[] order) {
        this.order = order;
        this.answers = new OptionalInt[order.length];
        Arrays.fill(answers, OptionalInt.empty());
    }

    /**
     * {@code size} different questions out of {@code bankSize} (all of them if the bank is smaller), each set and
     * each order equally likely: the first steps of a Fisher–Yates shuffle driven by {@code random}.
     */
    public static QuizPractice draw(int bankSize, int size, RandomGenerator random) {
        if (bankSize < 1 || size < 1) {
            throw new IllegalArgumentException("need at least one question: bank " + bankSize + ", size " + size);
        }
        int[] all = new int[bankSize];
        Arrays.setAll(all, i -> i);
        int n = Math.min(size, bankSize);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(bankSize - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return new QuizPractice(Arrays.copyOf(all, n));
    }

    /** The number of questions in this test. */
    public int size() {
        return order.length;
    }

    /** The position in the quiz's item list of the test's question {@code position} (from 0). */
    public int itemIndex(int position) {
        return order[position];
    }

    /** The learner's choice for question {@code position}, if any. */
    public OptionalInt answer(int position) {
        return answers[position];
    }

    public void answer(int position, int choice) {
        answers[position] = OptionalInt.of(choice);
    }

    /** How many questions have a choice. */
    public int answered() {
        return (int) Arrays.stream(answers).filter(OptionalInt::isPresent).count();
    }

    /** How many questions are answered right; {@code items} is the quiz in any language. */
    public int correct(List<QuizItem> items) {
        return size() - mistakes(items).size();
    }

    /** The positions (from 0, in test order) answered wrong or not at all. */
    public List<Integer> mistakes(List<QuizItem> items) {
        List<Integer> mistakes = new ArrayList<>();
        for (int p = 0; p < order.length; p++) {
            QuizItem item = items.get(order[p]);
            if (answers[p].isEmpty() || !item.isCorrect(answers[p].getAsInt())) {
                mistakes.add(p);
            }
        }
        return mistakes;
    }
}
