package com.momentumlab.rooms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.momentumlab.numerics.Vec2;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The words a poll and an answer travel as between replicas: every bit back, and a forged line refused. */
class RoomWireTest {

    private static final RoomCode CODE = RoomCode.parse("ACEFHJ").orElseThrow();

    @Test
    void aDrillPollAndItsResultsComeBackExactly() {
        Poll drill = new Poll("p-1", Poll.DRILL_ITEM, 12, true,
                Optional.of(new DrillParameters("rosenbrock", 0.1 + 0.2, Math.nextDown(1.0), new Vec2(-1e-300, 7))));
        assertThat(RoomWire.event(RoomWire.event(CODE, new RoomEvent.Polled(drill))))
                .isEqualTo(new RoomWire.Addressed(CODE, new RoomEvent.Polled(drill)));

        List<DrillParameters.Result> results = List.of(DrillParameters.Result.RIGHT, DrillParameters.Result.WRONG,
                DrillParameters.Result.NOT_YET);
        RoomStore.Answer answer = new RoomStore.Answer("p-1", 0, results);
        assertThat(RoomWire.answer(answer)).isEqualTo("p-1 0 RW-");
        assertThat(RoomWire.answer(RoomWire.answer(answer))).isEqualTo(answer);
        // A quiz item's poll and answer keep the words they always had.
        assertThat(RoomWire.poll(new Poll("p-2", "valley", 4, false))).isEqualTo("p-2 4 false valley");
        assertThat(RoomWire.answer(new RoomStore.Answer("p-2", 3))).isEqualTo("p-2 3");
    }

    @Test
    void aForgedDrillIsRefusedAsNoReplicasWords() {
        for (String line : List.of(
                "ACEFHJ poll p 12 false hand-drill valley NaN 0.9 1 2", // not a number a lab could hold
                "ACEFHJ poll p 12 false hand-drill valley 0.1 0.9 1", // a coordinate missing
                "ACEFHJ poll p 12 false valley valley 0.1 0.9 1 2", // a quiz item with a drill's parameters
                "ACEFHJ poll p 12 false hand-drill")) { // a drill without them
            assertThatThrownBy(() -> RoomWire.event(line)).as(line).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> RoomWire.answer("p 0 RX-")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoomWire.answer("p 0 RW- extra")).isInstanceOf(IllegalArgumentException.class);
    }
}
