package com.momentumlab.lesson.drill;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DrillScoreTest {

    private final HandDrill drill = HandDrillTest.lessonDrill();

    private DrillScore answer(DrillScore score, String id, String text) {
        DrillQuestion question = drill.question(id).orElseThrow();
        return score.after(question, DrillAnswerChecker.check(question, text));
    }

    @Test
    void startsAtNothingOfTwelve() {
        DrillScore score = DrillScore.start(drill);
        assertThat(score.total()).isEqualTo(12);
        assertThat(score.solved()).isEmpty();
        assertThat(score.isComplete()).isFalse();
        assertThat(score.message()).isEqualTo(DrillMessage.of("drill.score", "0", "12", "0"));
    }

    @Test
    void countsSolvedQuestionsAndThoseSolvedAtTheFirstAttempt() {
        DrillScore score = DrillScore.start(drill);
        score = answer(score, "g1.x", "-0.7");
        score = answer(score, "g1.y", "abc"); // a typo, not a mistake
        score = answer(score, "g1.y", "4");
        score = answer(score, "v1.x", "-0.07"); // wrong first
        score = answer(score, "v1.x", "0.07");
        score = answer(score, "v1.x", "0.07"); // solved questions count once
        score = answer(score, "g1.x", "5"); // and a later slip does not undo them

        assertThat(score.solved()).containsExactlyInAnyOrder("g1.x", "g1.y", "v1.x");
        assertThat(score.missed()).containsExactly("v1.x");
        assertThat(score.solvedFirstTime()).isEqualTo(2);
        assertThat(score.message()).isEqualTo(DrillMessage.of("drill.score", "3", "12", "2"));
    }

    @Test
    void isCompleteWhenEveryQuestionIsSolved() {
        DrillScore score = DrillScore.start(drill);
        for (DrillQuestion q : drill.questions()) {
            score = score.after(q, DrillAnswerChecker.check(q, q.reference().toPlainString()));
        }
        assertThat(score.isComplete()).isTrue();
        assertThat(score.solvedFirstTime()).isEqualTo(12);
    }
}
