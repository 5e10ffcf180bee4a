package com.momentumlab.rooms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.playground.LabState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rooms as a facilitator and learners use them, and as a stranger tries to abuse them: one behaviour, whichever store
 * holds the rooms ({@link InMemoryRoomsTest}, {@link RedisRoomsTest}). Events may arrive on another thread (Redis
 * delivers them), so what listeners hear is awaited.
 */
abstract class RoomsTest {

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
    private Rooms rooms;

    /** A fresh, empty store for each test. */
    protected abstract RoomStore store();

    @BeforeEach
    void openRooms() {
        rooms = new Rooms(store(), new RoomLimits(3, 2, 10, Duration.ofHours(3)), clock);
    }

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
        List<RoomEvent> heard = new CopyOnWriteArrayList<>();
        Runnable stop = rooms.listen(opened.code(), heard::add).orElseThrow();
        Rooms.Lead lead = rooms.lead(opened.code().value(), opened.key().value()).orElseThrow();

        JoinResult.Joined aiko = (JoinResult.Joined) rooms.join(opened.code().value(), "Aiko", "a");
        LabState slow = VALLEY.withHypers(com.momentumlab.playground.OptimizerKind.MOMENTUM, com.momentumlab.playground.Hyperparameters.momentum(0.05, 0.5));
        lead.show(slow, true);
        lead.followMe(false);
        lead.show(VALLEY, false); // not followed: nobody hears it
        lead.followMe(true); // followers get the latest state at once
        lead.remove(aiko.participantId());

        await().untilAsserted(() -> assertThat(heard).containsExactly(new RoomEvent.People(1),
                new RoomEvent.Shown(slow, true), new RoomEvent.FollowOff(), new RoomEvent.Shown(VALLEY, false),
                new RoomEvent.Removed(aiko.participantId()), new RoomEvent.People(0)));
        assertThat(rooms.comeBack(opened.code(), aiko.participantId())).isEmpty(); // removed: not one of the room's
        assertThat(rooms.snapshot(opened.code()).orElseThrow().shown()).contains(VALLEY);

        stop.run();
        lead.close(); // no longer listening
        Rooms.Opened other = rooms.open().orElseThrow();
        List<RoomEvent> otherHeard = new CopyOnWriteArrayList<>();
        rooms.listen(other.code(), otherHeard::add);
        rooms.join(other.code().value(), "Ben", "b");
        await().untilAsserted(() -> assertThat(otherHeard).containsExactly(new RoomEvent.People(1)));
        assertThat(heard).hasSize(6); // events of the closed room, or of another, never reached the stopped listener
    }

    @Test
    void aRoomClosesItselfAfterThreeIdleHoursAndActivityKeepsItOpen() {
        Rooms.Opened busy = rooms.open().orElseThrow();
        Rooms.Opened idle = rooms.open().orElseThrow();
        List<RoomEvent> heard = new CopyOnWriteArrayList<>();
        rooms.listen(idle.code(), heard::add);

        clock.advance(Duration.ofHours(2));
        rooms.lead(busy.code().value(), busy.key().value()).orElseThrow().show(VALLEY, false);
        clock.advance(Duration.ofMinutes(61));
        rooms.closeIdleRooms();

        assertThat(rooms.snapshot(busy.code())).isPresent();
        assertThat(rooms.snapshot(idle.code())).isEmpty();
        await().untilAsserted(() -> assertThat(heard).containsExactly(new RoomEvent.Closed()));
        rooms.closeIdleRooms();
        assertThat(heard).containsExactly(new RoomEvent.Closed()); // told once
    }

    @Test
    void everyoneInTheRoomIsListedByNicknameAndLeavingIsHeard() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        String code = opened.code().value();
        List<RoomEvent> heard = new CopyOnWriteArrayList<>(); // from the start: Redis may deliver the joins' news late
        rooms.listen(opened.code(), heard::add);
        JoinResult.Joined zoe = (JoinResult.Joined) rooms.join(code, "Zoe", "z");
        rooms.join(code, "Aiko", "a");

        rooms.leave(opened.code(), zoe.participantId());
        rooms.leave(opened.code(), zoe.participantId()); // a second tab closing: nothing more to tell

        assertThat(rooms.snapshot(opened.code()).orElseThrow().people()).containsExactly(new Nickname("Aiko"));
        await().untilAsserted(() -> assertThat(heard).containsExactly(new RoomEvent.People(1), new RoomEvent.People(2),
                new RoomEvent.People(1)));
    }

    @Test
    void aClosedRoomFreesItsPlaceOnThisServer() {
        Rooms.Opened first = rooms.open().orElseThrow();
        rooms.open().orElseThrow();
        rooms.lead(first.code().value(), first.key().value()).orElseThrow().close();

        assertThat(rooms.openRooms()).isEqualTo(1);
        assertThat(rooms.open()).isPresent();
        assertThat(rooms.lead(first.code().value(), first.key().value())).isEmpty();
    }

    @Test
    void aServerOpensOnlyAsManyRoomsAsItMay() {
        assertThat(rooms.open()).isPresent();
        assertThat(rooms.open()).isPresent();
        assertThat(rooms.open()).isEmpty();
    }

    @Test
    void theRoomAnswersAPollOneAnswerEachAndSeesOnlyTheCounts() {
        PollRoom room = roomOfTwo();
        Rooms.Opened opened = room.opened();
        Rooms.Lead lead = room.lead();
        JoinResult.Joined aiko = room.aiko();
        JoinResult.Joined ben = room.ben();
        List<RoomEvent> heard = new CopyOnWriteArrayList<>();
        rooms.listen(opened.code(), heard::add);

        lead.ask("valley", 4);
        Poll poll = rooms.snapshot(opened.code()).orElseThrow().poll().orElseThrow().poll();
        assertThat(poll.itemId()).isEqualTo("valley");
        assertThat(tally(opened.code()).counts()).containsExactly(0, 0, 0, 0);

        assertThat(rooms.answer(opened.code(), aiko.participantId(), poll.id(), 2)).isTrue();
        assertThat(rooms.answer(opened.code(), ben.participantId(), poll.id(), 2)).isTrue();
        assertThat(rooms.answer(opened.code(), ben.participantId(), poll.id(), 0)).isTrue(); // a change replaces it
        assertThat(tally(opened.code()).counts()).containsExactly(1, 0, 1, 0);

        lead.reveal();
        assertThat(rooms.answer(opened.code(), aiko.participantId(), poll.id(), 1)).isFalse(); // answers are closed
        assertThat(tally(opened.code()).poll().revealed()).isTrue();
        assertThat(tally(opened.code()).counts()).containsExactly(1, 0, 1, 0);
        lead.closePoll();
        assertThat(rooms.snapshot(opened.code()).orElseThrow().poll()).isEmpty();

        Poll revealed = new Poll(poll.id(), poll.itemId(), poll.choices(), true);
        await().untilAsserted(() -> assertThat(heard).containsExactly(new RoomEvent.Polled(poll),
                new RoomEvent.Answered(poll.id()), new RoomEvent.Answered(poll.id()), new RoomEvent.Answered(poll.id()),
                new RoomEvent.Polled(revealed), new RoomEvent.PollClosed()));
    }

    @Test
    void aForgedAnswerIsIgnoredWithoutAnError() {
        PollRoom room = roomOfTwo();
        Rooms.Opened opened = room.opened();
        Rooms.Lead lead = room.lead();
        JoinResult.Joined aiko = room.aiko();
        JoinResult.Joined ben = room.ben();
        assertThat(rooms.answer(opened.code(), aiko.participantId(), "no-poll-yet", 0)).isFalse();

        lead.ask("update-rule", 3);
        String first = tally(opened.code()).poll().id();
        assertThat(rooms.answer(opened.code(), ben.participantId(), first, 1)).isTrue();
        lead.ask("valley", 3); // a new poll: answers to the first no longer count
        String second = tally(opened.code()).poll().id();
        assertThat(tally(opened.code()).counts()).containsExactly(0, 0, 0);

        assertThat(rooms.answer(opened.code(), aiko.participantId(), first, 0)).isFalse(); // an earlier poll
        assertThat(rooms.answer(opened.code(), aiko.participantId(), "forged", 0)).isFalse(); // an unknown poll
        assertThat(rooms.answer(opened.code(), aiko.participantId(), second, 3)).isFalse(); // no such choice
        assertThat(rooms.answer(opened.code(), aiko.participantId(), second, -1)).isFalse();
        assertThat(rooms.answer(opened.code(), "stranger", second, 0)).isFalse(); // never joined
        assertThat(rooms.answer(opened.code(), aiko.participantId(), second, 1)).isTrue();
        assertThat(rooms.answer(opened.code(), ben.participantId(), second, 1)).isTrue();
        lead.remove(aiko.participantId());
        assertThat(rooms.answer(opened.code(), aiko.participantId(), second, 2)).isFalse(); // removed
        assertThat(tally(opened.code()).counts()).containsExactly(0, 1, 0); // and their answer no longer counts

        lead.close();
        assertThat(rooms.answer(opened.code(), ben.participantId(), second, 0)).isFalse(); // a closed room
    }

    @Test
    void aLearnerWhoLeftComesBackAsTheSameParticipantEvenIntoALockedRoom() {
        PollRoom room = roomOfTwo();
        RoomCode code = room.opened().code();
        String aiko = room.aiko().participantId();
        List<RoomEvent> heard = new CopyOnWriteArrayList<>();
        rooms.listen(code, heard::add);
        room.lead().lock(true);

        rooms.leave(code, aiko); // the tab closed, or its replica stopped
        assertThat(rooms.snapshot(code).orElseThrow().people()).containsExactly(new Nickname("Ben"));
        assertThat(rooms.comeBack(code, aiko)).contains(new JoinResult.Joined(code, aiko, new Nickname("Aiko")));
        assertThat(rooms.comeBack(code, aiko)).contains(new JoinResult.Joined(code, aiko, new Nickname("Aiko"))); // a second tab

        assertThat(rooms.snapshot(code).orElseThrow().people()).containsExactly(new Nickname("Aiko"), new Nickname("Ben"));
        await().untilAsserted(() -> assertThat(heard).containsExactly(new RoomEvent.People(1), new RoomEvent.People(2)));
        room.lead().ask("valley", 3);
        assertThat(rooms.answer(code, aiko, tally(code).poll().id(), 2)).isTrue();
    }

    @Test
    void onlyTheRoomsOwnParticipantsComeBackAndOnlyWhileThereIsAPlace() {
        PollRoom room = roomOfTwo();
        RoomCode code = room.opened().code();
        String aiko = room.aiko().participantId();
        String ben = room.ben().participantId();
        assertThat(rooms.comeBack(code, "forged")).isEmpty();
        assertThat(rooms.comeBack(room.opened().code(), aiko.substring(1))).isEmpty();

        rooms.leave(code, ben);
        room.lead().remove(ben); // removed while away: gone for good
        assertThat(rooms.comeBack(code, ben)).isEmpty();
        room.lead().remove(aiko);
        assertThat(rooms.comeBack(code, aiko)).isEmpty();

        JoinResult.Joined cleo = (JoinResult.Joined) rooms.join(code.value(), "Cleo", "c");
        rooms.leave(code, cleo.participantId());
        for (int i = 0; i < 3; i++) {
            rooms.join(code.value(), "P" + i, "p" + i);
        }
        assertThat(rooms.comeBack(code, cleo.participantId())).contains(new JoinResult.Full());
        room.lead().close();
        assertThat(rooms.comeBack(code, cleo.participantId())).contains(new JoinResult.NoSuchRoom());
    }

    @Test
    void aParticipantIdHoldsAtLeast128RandomBits() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            JoinResult.Joined joined = (JoinResult.Joined) rooms.join(opened.code().value(), "P", "client-" + i);
            assertThat(Base64.getUrlDecoder().decode(joined.participantId())).hasSizeGreaterThanOrEqualTo(16);
            ids.add(joined.participantId());
            rooms.leave(opened.code(), joined.participantId());
        }
        assertThat(ids).hasSize(20);
    }

    /** A room its facilitator leads, with two learners in it. */
    private record PollRoom(Rooms.Opened opened, Rooms.Lead lead, JoinResult.Joined aiko, JoinResult.Joined ben) {}

    private PollRoom roomOfTwo() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        String code = opened.code().value();
        return new PollRoom(opened, rooms.lead(code, opened.key().value()).orElseThrow(),
                (JoinResult.Joined) rooms.join(code, "Aiko", "a"), (JoinResult.Joined) rooms.join(code, "Ben", "b"));
    }

    private Rooms.Tally tally(RoomCode code) {
        return rooms.snapshot(code).orElseThrow().poll().orElseThrow();
    }

    private static String otherCode(RoomCode code) {
        char first = code.value().charAt(0) == 'A' ? 'C' : 'A';
        return first + code.value().substring(1);
    }
}
