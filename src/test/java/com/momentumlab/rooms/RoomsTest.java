package com.momentumlab.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.playground.LabState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Rooms as a facilitator and learners use them, and as a stranger tries to abuse them. */
class RoomsTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-12-07T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final HandClock clock = new HandClock();
    private final Rooms rooms = new Rooms(new RoomLimits(3, 2, 10, Duration.ofHours(3)), clock);

    private static final LabState VALLEY = LabState.defaults(Catalogue.all().get(0));

    @Test
    void aLearnerJoinsWithTheCodeAsTypedAndANickname() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        String typed = " " + opened.code().value().substring(0, 3).toLowerCase() + "-" + opened.code().value().substring(3);

        JoinResult result = rooms.join(typed, "  Aiko  ", "client-1");

        assertThat(result).isInstanceOf(JoinResult.Joined.class);
        assertThat(((JoinResult.Joined) result).nickname().value()).isEqualTo("Aiko");
        assertThat(rooms.snapshot(opened.code()).orElseThrow().people()).containsExactly(new Nickname("Aiko"));
    }

    @Test
    void everyRefusalSaysWhy() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        String code = opened.code().value();
        assertThat(rooms.join("ZZZZZZ", "Aiko", "a")).isEqualTo(new JoinResult.NoSuchRoom()); // Z is not in the alphabet
        assertThat(rooms.join(otherCode(opened.code()), "Aiko", "b")).isEqualTo(new JoinResult.NoSuchRoom());
        assertThat(rooms.join(code, "   ", "c")).isEqualTo(new JoinResult.BadNickname(Nickname.Problem.EMPTY));
        assertThat(rooms.join(code, "x".repeat(25), "d")).isEqualTo(new JoinResult.BadNickname(Nickname.Problem.TOO_LONG));
        assertThat(rooms.join(code, "a\u0000b", "e"))
                .isEqualTo(new JoinResult.BadNickname(Nickname.Problem.CONTROL_CHARACTERS));

        Rooms.Lead lead = rooms.lead(code, opened.key().value()).orElseThrow();
        lead.lock(true);
        assertThat(rooms.join(code, "Aiko", "f")).isEqualTo(new JoinResult.Locked());
        lead.lock(false);
        for (int i = 0; i < 3; i++) {
            assertThat(rooms.join(code, "P" + i, "g" + i)).isInstanceOf(JoinResult.Joined.class);
        }
        assertThat(rooms.join(code, "Late", "h")).isEqualTo(new JoinResult.Full());

        lead.close();
        assertThat(rooms.join(code, "Aiko", "i")).isEqualTo(new JoinResult.NoSuchRoom());
    }

    @Test
    void guessingCodesIsCutOffPerClientAndAllowedAgainAMinuteLater() {
        rooms.open().orElseThrow();
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 10; i++) {
            assertThat(rooms.join(RoomCode.random(random).value(), "G", "guesser"))
                    .isNotInstanceOf(JoinResult.TooManyAttempts.class);
        }
        assertThat(rooms.join("ACEFHJ", "G", "guesser")).isEqualTo(new JoinResult.TooManyAttempts());
        assertThat(rooms.join("ACEFHJ", "G", "someone-else")).isNotEqualTo(new JoinResult.TooManyAttempts());
        clock.advance(Duration.ofSeconds(61));
        assertThat(rooms.join("ACEFHJ", "G", "guesser")).isNotEqualTo(new JoinResult.TooManyAttempts());
    }

    @Test
    void onlyTheRightKeyLeadsTheRoom() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        String code = opened.code().value();
        String key = opened.key().value();
        assertThat(rooms.lead(code, key)).isPresent();
        assertThat(rooms.lead(code, null)).isEmpty();
        assertThat(rooms.lead(code, "")).isEmpty();
        assertThat(rooms.lead(code, key.substring(1))).isEmpty();
        assertThat(rooms.lead(code, key + "x")).isEmpty();
        assertThat(rooms.lead(code, (key.charAt(0) == 'A' ? "B" : "A") + key.substring(1))).isEmpty();
        Rooms.Opened other = rooms.open().orElseThrow();
        assertThat(rooms.lead(code, other.key().value())).isEmpty(); // an old or another room's key
    }

    @Test
    void theKeyHoldsAtLeast128RandomBits() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            FacilitatorKey key = FacilitatorKey.random();
            assertThat(Base64.getUrlDecoder().decode(key.value())).hasSizeGreaterThanOrEqualTo(16);
            keys.add(key.value());
        }
        assertThat(keys).hasSize(1000);
        assertThat(FacilitatorKey.random().toString()).doesNotContain(FacilitatorKey.random().value());
    }

    @Test
    void followersHearTheFacilitatorsLabAndTheRoomsChanges() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        List<RoomEvent> heard = new ArrayList<>();
        Runnable stop = rooms.listen(opened.code(), heard::add).orElseThrow();
        Rooms.Lead lead = rooms.lead(opened.code().value(), opened.key().value()).orElseThrow();

        JoinResult.Joined aiko = (JoinResult.Joined) rooms.join(opened.code().value(), "Aiko", "a");
        LabState slow = VALLEY.withHypers(com.momentumlab.playground.OptimizerKind.MOMENTUM, com.momentumlab.playground.Hyperparameters.momentum(0.05, 0.5));
        lead.show(slow, true);
        lead.followMe(false);
        lead.show(VALLEY, false); // not followed: nobody hears it
        lead.followMe(true); // followers get the latest state at once
        lead.remove(aiko.participantId());
        stop.run();
        lead.close(); // no longer listening

        assertThat(heard).containsExactly(new RoomEvent.People(1), new RoomEvent.Shown(slow, true),
                new RoomEvent.FollowOff(), new RoomEvent.Shown(VALLEY, false),
                new RoomEvent.Removed(aiko.participantId()), new RoomEvent.People(0));
        assertThat(rooms.isIn(opened.code(), aiko.participantId())).isFalse();
    }

    @Test
    void aRoomClosesItselfAfterThreeIdleHoursAndActivityKeepsItOpen() {
        Rooms.Opened busy = rooms.open().orElseThrow();
        Rooms.Opened idle = rooms.open().orElseThrow();
        List<RoomEvent> heard = new ArrayList<>();
        rooms.listen(idle.code(), heard::add);

        clock.advance(Duration.ofHours(2));
        rooms.lead(busy.code().value(), busy.key().value()).orElseThrow().show(VALLEY, false);
        clock.advance(Duration.ofMinutes(61));
        rooms.closeIdleRooms();

        assertThat(rooms.snapshot(busy.code())).isPresent();
        assertThat(rooms.snapshot(idle.code())).isEmpty();
        assertThat(heard).containsExactly(new RoomEvent.Closed());
    }

    @Test
    void aServerOpensOnlyAsManyRoomsAsItMay() {
        assertThat(rooms.open()).isPresent();
        assertThat(rooms.open()).isPresent();
        assertThat(rooms.open()).isEmpty();
    }

    private static String otherCode(RoomCode code) {
        char first = code.value().charAt(0) == 'A' ? 'C' : 'A';
        return first + code.value().substring(1);
    }
}
