package com.momentumlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuizPracticeTest {

    private static final List<QuizItem> ITEMS = new Quiz().items(Locale.ENGLISH);

    private static List<Integer> order(QuizPractice practice) {
        return IntStream.range(0, practice.size()).map(practice::itemIndex).boxed().toList();
    }

    @Test
    void aTestHasTenDifferentQuestionsOfTheBank() {
        QuizPractice practice = QuizPractice.draw(ITEMS.size(), QuizPractice.SIZE, new Random(1));
        assertThat(practice.size()).isEqualTo(10);
        assertThat(order(practice)).doesNotHaveDuplicates().allSatisfy(i -> assertThat(i).isBetween(0, ITEMS.size() - 1));
        assertThat(practice.answered()).isZero();
    }

    @Test
    void theSameSeedGivesTheSameTestAndOtherSeedsOtherTests() {
        assertThat(order(QuizPractice.draw(43, 10, new Random(7)))).isEqualTo(order(QuizPractice.draw(43, 10, new Random(7))));
        Set<List<Integer>> tests = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            tests.add(order(QuizPractice.draw(43, 10, new Random(seed))));
        }
        assertThat(tests).hasSizeGreaterThan(15);
    }

    @Test
    void everyQuestionAndEveryFirstPlaceComeUp() {
        Random random = new Random(3);
        int[] seen = new int[43];
        int[] first = new int[43];
        for (int run = 0; run < 2000; run++) {
            QuizPractice practice = QuizPractice.draw(43, 10, random);
            order(practice).forEach(i -> seen[i]++);
            first[practice.itemIndex(0)]++;
        }
        // each question is drawn with probability 10/43: about 465 of 2000 tests, each first about 47 times
        assertThat(IntStream.of(seen).boxed().toList()).allSatisfy(n -> assertThat(n).isBetween(350, 580));
        assertThat(IntStream.of(first).boxed().toList()).allSatisfy(n -> assertThat(n).isBetween(15, 90));
    }

    @Test
    void theScoreCountsRightAnswersAndTheMistakesAreTheWrongAndTheUnanswered() {
        QuizPractice practice = QuizPractice.draw(ITEMS.size(), 10, new Random(5));
        QuizItem first = ITEMS.get(practice.itemIndex(0));
        QuizItem second = ITEMS.get(practice.itemIndex(1));
        practice.answer(0, first.answer());
        practice.answer(1, (second.answer() + 1) % second.choices().size());

        assertThat(practice.answered()).isEqualTo(2);
        assertThat(practice.correct(ITEMS)).isEqualTo(1);
        assertThat(practice.mistakes(ITEMS)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        practice.answer(1, second.answer()); // a changed answer counts as the new one
        assertThat(practice.correct(ITEMS)).isEqualTo(2);
    }

    @Test
    void aSmallBankGivesAllItsQuestionsAndAnEmptyOneIsRefused() {
        assertThat(order(QuizPractice.draw(4, 10, new Random(0)))).containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThatThrownBy(() -> QuizPractice.draw(0, 10, new Random(0))).isInstanceOf(IllegalArgumentException.class);
    }
}
