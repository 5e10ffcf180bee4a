package com.momentumlab.rooms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.momentumlab.numerics.Vec2;
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
import java.util.function.Consumer;
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
    private RoomStore store;

    /** A fresh, empty store for each test. */
    protected abstract RoomStore store();

    @BeforeEach
    void openRooms() {
        store = store();
        rooms = new Rooms(store, new RoomLimits(3, 2, 10, 3, 6, Duration.ofHours(3)), clock);
    }

    private static final LabState VALLEY = LabState.defaults(Catalogue.all().get(0));
    /** The example: from (−7, 2) on the valley, f below 10⁻³ within 300 steps. */
    static final Challenge.Goal VALLEY_GOAL = new Challenge.Goal("valley", new Vec2(-7, 2), 1e-3, 300);

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
        Rooms.Opened opened = rooms.open().orElseThrow();
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 10; i++) {
            String guess = i % 2 == 0 ? RoomCode.random(random).value() : "not a code " + i; // malformed ones count too
            assertThat(rooms.join(guess, "G", "guesser")).isEqualTo(new JoinResult.NoSuchRoom());
        }
        assertThat(rooms.join("ACEFHJ", "G", "guesser")).isEqualTo(new JoinResult.TooManyAttempts());
        // Cut off means cut off: a right guess now would tell the guesser which code was right.
        assertThat(rooms.join(opened.code().value(), "G", "guesser")).isEqualTo(new JoinResult.TooManyAttempts());
        assertThat(rooms.join("ACEFHJ", "G", "someone-else")).isNotEqualTo(new JoinResult.TooManyAttempts());
        clock.advance(Duration.ofSeconds(61));
        assertThat(rooms.join("ACEFHJ", "G", "guesser")).isNotEqualTo(new JoinResult.TooManyAttempts());
    }

    @Test
    void aWholeClassBehindOneAddressJoinsAndOnlyWrongCodesCountAgainstIt() {
        Rooms school = new Rooms(store, new RoomLimits(50, 2, 10, 3, 6, Duration.ofHours(3)), clock);
        Rooms.Opened opened = school.open().orElseThrow();
        String code = opened.code().value();
        String nat = "203.0.113.7";
        assertThat(school.join(code, "", nat)).isEqualTo(new JoinResult.BadNickname(Nickname.Problem.EMPTY));
        for (int i = 0; i < 40; i++) {
            assertThat(school.join(code, "L" + i, nat)).as("learner %d", i).isInstanceOf(JoinResult.Joined.class);
        }
        assertThat(school.snapshot(opened.code()).orElseThrow().people()).hasSize(40);

        for (int i = 0; i < 10; i++) { // someone mistypes the code, over and over
            assertThat(school.join(otherCode(opened.code()), "Typo", nat)).isEqualTo(new JoinResult.NoSuchRoom());
        }
        assertThat(school.join(otherCode(opened.code()), "Typo", nat)).isEqualTo(new JoinResult.TooManyAttempts());
        clock.advance(Duration.ofSeconds(61));
        assertThat(school.join(code, "Late", nat)).isInstanceOf(JoinResult.Joined.class);
    }

    @Test
    void aNicknameTakenInTheRoomGetsTheNextFreeSuffix() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        Rooms big = new Rooms(store, new RoomLimits(50, 2, 100, 3, 6, Duration.ofHours(3)), clock);
        String code = opened.code().value();
        JoinResult.Joined aiko = (JoinResult.Joined) big.join(code, "Aiko", "a");
        assertThat(nickname(big.join(code, " AIKO ", "b"))).isEqualTo("AIKO 2"); // case does not tell them apart
        assertThat(nickname(big.join(code, "aiko", "c"))).isEqualTo("aiko 3");
        assertThat(nickname(big.join(code, "Jos\u00e9", "d"))).isEqualTo("Jos\u00e9");
        assertThat(nickname(big.join(code, "Jose\u0301", "e"))).isEqualTo("Jos\u00e9 2"); // NFC: the same name
        assertThat(nickname(big.join(code, "Aiko 2", "f"))).isEqualTo("Aiko 2 2");

        String longest = "x".repeat(Nickname.MAX_LENGTH);
        assertThat(nickname(big.join(code, longest, "g"))).isEqualTo(longest);
        assertThat(nickname(big.join(code, longest, "h"))).isEqualTo("x".repeat(22) + " 2"); // still 24 characters
        String spaced = "y".repeat(21) + " zz";
        assertThat(nickname(big.join(code, spaced, "i"))).isEqualTo(spaced);
        assertThat(nickname(big.join(code, spaced, "j"))).isEqualTo("y".repeat(21) + " 2"); // no space left before it

        // Who stepped away keeps theirs (they may come back); who was removed frees it.
        big.leave(opened.code(), aiko.participantId());
        JoinResult.Joined fourth = (JoinResult.Joined) big.join(code, "Aiko", "k");
        assertThat(fourth.nickname().value()).isEqualTo("Aiko 4");
        assertThat(big.comeBack(opened.code(), aiko.participantId()))
                .contains(new JoinResult.Joined(opened.code(), aiko.participantId(), new Nickname("Aiko")));
        Rooms.Lead lead = big.lead(code, opened.key().value()).orElseThrow();
        lead.remove(aiko.participantId());
        lead.remove(fourth.participantId());
        assertThat(nickname(big.join(code, "aIKO", "l"))).isEqualTo("aIKO");
        assertThat(nickname(big.join(code, "Aiko", "m"))).isEqualTo("Aiko 4");
        assertThat(big.snapshot(opened.code()).orElseThrow().people()).extracting(Nickname::value)
                .filteredOn(name -> name.toLowerCase(java.util.Locale.ROOT).startsWith("aiko"))
                .containsExactly("AIKO 2", "Aiko 2 2", "Aiko 4", "aIKO", "aiko 3");
    }

    @Test
    void learnersJoiningUnderOneNicknameAtOnceEachGetTheirOwn() throws InterruptedException {
        Rooms.Opened opened = rooms.open().orElseThrow();
        int learners = 24;
        // Two Rooms on one store: two replicas sharing the rooms, each with its own learners joining.
        List<Rooms> replicas = List.of(new Rooms(store, new RoomLimits(50, 2, 100, 3, 6, Duration.ofHours(3)), clock),
                new Rooms(store, new RoomLimits(50, 2, 100, 3, 6, Duration.ofHours(3)), clock));
        List<String> got = new CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < learners; i++) {
            Rooms replica = replicas.get(i % 2);
            String client = "c" + i;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException stopped) {
                    return;
                }
                got.add(nickname(replica.join(opened.code().value(), "Aiko", client)));
            }));
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        List<String> expected = new java.util.ArrayList<>(List.of("Aiko"));
        for (int n = 2; n <= learners; n++) {
            expected.add("Aiko " + n);
        }
        assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(rooms.snapshot(opened.code()).orElseThrow().people()).extracting(Nickname::value)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String nickname(JoinResult result) {
        assertThat(result).isInstanceOf(JoinResult.Joined.class);
        return ((JoinResult.Joined) result).nickname().value();
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
        // Listening from the start: Redis may deliver the joins' events after a later listener registers.
        List<RoomEvent> heard = new CopyOnWriteArrayList<>();
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
        rooms.listen(opened.code(), allButPeopleInto(heard));

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

    /** A drill whose numbers survive any store only if it keeps every bit (0.1 + 0.2 is not 0.3). */
    private static final DrillParameters DRILL = new DrillParameters("valley", 0.1 + 0.2, 0.9, new Vec2(-7.25, 1e-3));

    private static List<DrillParameters.Result> results(String letters) {
        return letters.chars().mapToObj(letter -> switch (letter) {
            case 'R' -> DrillParameters.Result.RIGHT;
            case 'W' -> DrillParameters.Result.WRONG;
            default -> DrillParameters.Result.NOT_YET;
        }).toList();
    }

    @Test
    void theRoomCountsTheDrillPerValueRightAndWrongOneResultEach() {
        PollRoom room = roomOfTwo();
        RoomCode code = room.opened().code();
        List<RoomEvent> heard = new CopyOnWriteArrayList<>();
        rooms.listen(code, allButPeopleInto(heard));

        room.lead().askDrill(DRILL, 12);
        Poll poll = tally(code).poll();
        assertThat(poll.drill()).contains(DRILL);
        assertThat(poll.itemId()).isEqualTo(Poll.DRILL_ITEM);
        assertThat(tally(code).counts()).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(tally(code).people()).isEqualTo(2);

        assertThat(rooms.answerDrill(code, room.aiko().participantId(), poll.id(), results("RRW---------"))).isTrue();
        assertThat(rooms.answerDrill(code, room.ben().participantId(), poll.id(), results("W-----------"))).isTrue();
        assertThat(rooms.answerDrill(code, room.ben().participantId(), poll.id(), results("RR-R--------"))).isTrue(); // replaces
        assertThat(tally(code).counts()).containsExactly(2, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(tally(code).wrong()).containsExactly(0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        room.lead().reveal();
        assertThat(rooms.answerDrill(code, room.aiko().participantId(), poll.id(), results("RRRRRRRRRRRR"))).isFalse();
        assertThat(tally(code).poll().revealed()).isTrue();
        assertThat(tally(code).poll().drill()).contains(DRILL);
        assertThat(tally(code).counts().get(0)).isEqualTo(2);
        room.lead().closePoll();
        assertThat(rooms.snapshot(code).orElseThrow().poll()).isEmpty();

        Poll revealed = new Poll(poll.id(), Poll.DRILL_ITEM, 12, true, java.util.Optional.of(DRILL));
        await().untilAsserted(() -> assertThat(heard).containsExactly(new RoomEvent.Polled(poll),
                new RoomEvent.Answered(poll.id()), new RoomEvent.Answered(poll.id()), new RoomEvent.Answered(poll.id()),
                new RoomEvent.Polled(revealed), new RoomEvent.PollClosed()));
    }

    @Test
    void aForgedDrillAnswerIsIgnoredWithoutAnError() {
        PollRoom room = roomOfTwo();
        RoomCode code = room.opened().code();
        String aiko = room.aiko().participantId();
        room.lead().ask("valley", 4);
        String quiz = tally(code).poll().id();
        assertThat(rooms.answerDrill(code, aiko, quiz, results("RRRR"))).isFalse(); // a quiz item is no drill

        room.lead().askDrill(DRILL, 12);
        String drill = tally(code).poll().id();
        assertThat(rooms.answer(code, aiko, drill, 0)).isFalse(); // nor is the drill a quiz item
        assertThat(rooms.answerDrill(code, aiko, quiz, results("RRRRRRRRRRRR"))).isFalse(); // an earlier poll
        assertThat(rooms.answerDrill(code, aiko, drill, results("RRRRRRRRRRRRR"))).isFalse(); // a 13th value
        assertThat(rooms.answerDrill(code, aiko, drill, results("RRRRRRRRRRR"))).isFalse(); // a value missing
        assertThat(rooms.answerDrill(code, aiko, drill, List.of())).isFalse();
        assertThat(rooms.answerDrill(code, "stranger", drill, results("RRRRRRRRRRRR"))).isFalse(); // never joined
        assertThat(rooms.answerDrill(code, aiko, drill, results("R-----------"))).isTrue();
        room.lead().remove(aiko);
        assertThat(rooms.answerDrill(code, aiko, drill, results("RR----------"))).isFalse(); // removed
        assertThat(tally(code).counts().get(0)).isZero(); // and their results no longer count
        assertThat(tally(code).people()).isEqualTo(1);

        room.lead().close();
        assertThat(rooms.answerDrill(code, room.ben().participantId(), drill, results("R-----------"))).isFalse();
    }

    /** Adds every event but the count of people: Redis may deliver the joins' counts after the listener registers. */
    private static Consumer<RoomEvent> allButPeopleInto(List<RoomEvent> heard) {
        return event -> {
            if (!(event instanceof RoomEvent.People)) {
                heard.add(event);
            }
        };
    }

    @Test
    void aLearnerWhoLeftComesBackAsTheSameParticipantEvenIntoALockedRoom() {
        Rooms.Opened opened = rooms.open().orElseThrow();
        RoomCode code = opened.code();
        Rooms.Lead lead = rooms.lead(code.value(), opened.key().value()).orElseThrow();
        // Listening from the start: Redis may deliver the joins' events after a later listener registers.
        List<RoomEvent> heard = new CopyOnWriteArrayList<>();
        rooms.listen(code, heard::add);
        String aiko = ((JoinResult.Joined) rooms.join(code.value(), "Aiko", "a")).participantId();
        rooms.join(code.value(), "Ben", "b");
        lead.lock(true);

        rooms.leave(code, aiko); // the tab closed, or its replica stopped
        assertThat(rooms.snapshot(code).orElseThrow().people()).containsExactly(new Nickname("Ben"));
        assertThat(rooms.comeBack(code, aiko)).contains(new JoinResult.Joined(code, aiko, new Nickname("Aiko")));
        assertThat(rooms.comeBack(code, aiko)).contains(new JoinResult.Joined(code, aiko, new Nickname("Aiko"))); // a second tab

        assertThat(rooms.snapshot(code).orElseThrow().people()).containsExactly(new Nickname("Aiko"), new Nickname("Ben"));
        await().untilAsserted(() -> assertThat(heard).containsExactly(new RoomEvent.People(1), new RoomEvent.People(2),
                new RoomEvent.People(1), new RoomEvent.People(2)));
        lead.ask("valley", 3);
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

    @Test
    void theFacilitatorSetsAChallengeEveryoneHearsItAndEndingItClosesSubmissions() {
        PollRoom room = roomOfTwo();
        RoomCode code = room.opened().code();
        List<RoomEvent> heard = new CopyOnWriteArrayList<>();
        rooms.listen(code, allButPeopleInto(heard));
        assertThat(rooms.submit(code, room.aiko().participantId(), 0.1, 0.9)).isEqualTo(new SubmitResult.NoChallenge());
        assertThat(rooms.leaderboard(code)).isEmpty();

        room.lead().startChallenge(VALLEY_GOAL);
        Challenge challenge = rooms.snapshot(code).orElseThrow().challenge().orElseThrow();
        assertThat(challenge.goal()).isEqualTo(VALLEY_GOAL);
        assertThat(challenge.open()).isTrue();
        SubmitResult scored = rooms.submit(code, room.aiko().participantId(), 0.1, 0.9);
        assertThat(scored).isInstanceOf(SubmitResult.Scored.class);

        room.lead().endChallenge();
        assertThat(rooms.snapshot(code).orElseThrow().challenge().orElseThrow().open()).isFalse();
        assertThat(rooms.submit(code, room.ben().participantId(), 0.5, 0.7)).isEqualTo(new SubmitResult.NoChallenge());
        assertThat(rooms.leaderboard(code).orElseThrow().submissions()).hasSize(1); // the board stays on show

        Submission aikos = ((SubmitResult.Scored) scored).submission();
        await().untilAsserted(() -> assertThat(heard).containsExactly(new RoomEvent.Challenged(challenge),
                new RoomEvent.Submitted(0, aikos), new RoomEvent.Challenged(new Challenge(challenge.id(), VALLEY_GOAL, false))));

        room.lead().startChallenge(new Challenge.Goal("valley", new Vec2(5, -1), 1e-2, 100)); // a new one: an empty board
        Challenge next = rooms.snapshot(code).orElseThrow().challenge().orElseThrow();
        assertThat(next.id()).isNotEqualTo(challenge.id());
        assertThat(next.goal().start()).isEqualTo(new Vec2(5, -1));
        assertThat(rooms.leaderboard(code).orElseThrow().submissions()).isEmpty();
    }

    @Test
    void theServerRunsEachSubmissionAndTheBoardRanksEachLearnersBest() {
        PollRoom room = roomOfTwo();
        RoomCode code = room.opened().code();
        JoinResult.Joined carl = (JoinResult.Joined) rooms.join(code.value(), "Carl", "c");
        room.lead().startChallenge(VALLEY_GOAL);
        List<RoomEvent> heard = new CopyOnWriteArrayList<>();
        rooms.listen(code, event -> { // only submissions: the joins' and the start's events may still be on their way
            if (event instanceof RoomEvent.Submitted) {
                heard.add(event);
            }
        });

        // Counted independently (ChallengeTest): 58, 25 and 17 steps; not within 300; diverged at step 13.
        assertThat(outcome(rooms.submit(code, room.aiko().participantId(), 0.1, 0.9)))
                .isEqualTo(new Challenge.Outcome(Challenge.Outcome.Kind.REACHED, 58));
        assertThat(outcome(rooms.submit(code, room.ben().participantId(), 0.01, 0)))
                .isEqualTo(new Challenge.Outcome(Challenge.Outcome.Kind.NOT_REACHED, 300));
        assertThat(outcome(rooms.submit(code, carl.participantId(), 2.5, 0.9)))
                .isEqualTo(new Challenge.Outcome(Challenge.Outcome.Kind.DIVERGED, 13));
        assertThat(board(code)).containsExactly("1 Aiko 58", "2 Ben NOT_REACHED", "3 Carl DIVERGED");

        rooms.submit(code, room.ben().participantId(), 0.5, 0.7); // 25: Ben's best now
        rooms.submit(code, room.aiko().participantId(), 0.5, 0.7); // 25 too, but later: Ben stays ahead
        rooms.submit(code, carl.participantId(), 0.9, 0.6); // 17
        assertThat(board(code)).containsExactly("1 Carl 17", "2 Ben 25", "3 Aiko 25");
        assertThat(rooms.leaderboard(code).orElseThrow().submissions()).hasSize(6); // every one a dot on the map

        // A screen keeps its board from the events, in any order: it sees a gap, and reads the room again.
        Leaderboard fromEvents = Leaderboard.of(rooms.snapshot(code).orElseThrow().challenge().orElseThrow(), List.of());
        await().untilAsserted(() -> assertThat(heard).hasSize(6));
        List<RoomEvent.Submitted> submitted = heard.stream().map(RoomEvent.Submitted.class::cast).toList();
        assertThat(submitted).extracting(RoomEvent.Submitted::index).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(fromEvents.add(1, submitted.get(1).submission())).isFalse();
        submitted.forEach(event -> assertThat(fromEvents.add(event.index(), event.submission())).isTrue());
        assertThat(fromEvents.top(10)).isEqualTo(rooms.leaderboard(code).orElseThrow().top(10));
        assertThat(fromEvents.top(2)).hasSize(2);
    }

    @Test
    void aLearnerMaySubmitOnlySoOftenAndOnlyValuesTheLabAllows() {
        PollRoom room = roomOfTwo();
        RoomCode code = room.opened().code();
        String aiko = room.aiko().participantId();
        room.lead().startChallenge(VALLEY_GOAL);

        assertThat(rooms.submit(code, aiko, Double.NaN, 0.9)).isEqualTo(
                new SubmitResult.OutOfRange(com.momentumlab.base.input.InputProblem.of("error.lr.range", "10")));
        assertThat(rooms.submit(code, aiko, 0, 0.9)).isInstanceOf(SubmitResult.OutOfRange.class);
        assertThat(rooms.submit(code, aiko, 10.5, 0.9)).isInstanceOf(SubmitResult.OutOfRange.class);
        assertThat(rooms.submit(code, aiko, 0.1, 1)).isEqualTo(
                new SubmitResult.OutOfRange(com.momentumlab.base.input.InputProblem.of("error.beta.range")));
        assertThat(rooms.submit(code, aiko, 0.1, Double.POSITIVE_INFINITY)).isInstanceOf(SubmitResult.OutOfRange.class);
        assertThat(rooms.submit(code, aiko, 0.1, -0.1)).isInstanceOf(SubmitResult.OutOfRange.class);

        for (int i = 0; i < 3; i++) { // the limit is 3 a minute; refused values did not count
            assertThat(rooms.submit(code, aiko, 0.1, 0.9)).isInstanceOf(SubmitResult.Scored.class);
        }
        assertThat(rooms.submit(code, aiko, 0.1, 0.9)).isEqualTo(new SubmitResult.TooMany());
        assertThat(rooms.submit(code, room.ben().participantId(), 0.1, 0.9)).isInstanceOf(SubmitResult.Scored.class);
        clock.advance(Duration.ofSeconds(61));
        assertThat(rooms.submit(code, aiko, 0.1, 0.9)).isInstanceOf(SubmitResult.Scored.class);
    }

    @Test
    void aRoomStoresOnlySoManySubmissionsAndOnlyItsLearnersSubmit() {
        PollRoom room = roomOfTwo();
        RoomCode code = room.opened().code();
        room.lead().startChallenge(VALLEY_GOAL);
        for (int i = 0; i < 3; i++) {
            rooms.submit(code, room.aiko().participantId(), 0.1, 0.9);
        }
        rooms.submit(code, room.ben().participantId(), 0.1, 0.9);
        rooms.submit(code, room.ben().participantId(), 0.1, 0.9);
        assertThat(rooms.submit(code, room.ben().participantId(), 0.5, 0.7)).isInstanceOf(SubmitResult.Scored.class);
        JoinResult.Joined carl = (JoinResult.Joined) rooms.join(code.value(), "Carl", "c");
        assertThat(rooms.submit(code, carl.participantId(), 0.5, 0.7)).isEqualTo(new SubmitResult.BoardFull()); // 6 a room
        assertThat(rooms.leaderboard(code).orElseThrow().submissions()).hasSize(6);

        assertThat(rooms.submit(code, "stranger", 0.1, 0.9)).isEqualTo(new SubmitResult.NotInRoom());
        assertThat(rooms.lead(code.value(), "forged")).isEmpty(); // only the key sets or ends a challenge
        room.lead().remove(room.ben().participantId());
        assertThat(rooms.submit(code, room.ben().participantId(), 0.1, 0.9)).isEqualTo(new SubmitResult.NotInRoom());
        room.lead().close();
        assertThat(rooms.submit(code, room.aiko().participantId(), 0.1, 0.9)).isEqualTo(new SubmitResult.NotInRoom());
        assertThat(rooms.leaderboard(code)).isEmpty();
    }

    @Test
    void manySubmissionsAtOnceAllLandOnTheBoard() throws InterruptedException {
        Rooms big = new Rooms(store, new RoomLimits(50, 2, 10, 100, 2000, Duration.ofHours(3)), clock);
        Rooms.Opened opened = big.open().orElseThrow();
        Rooms.Lead lead = big.lead(opened.code().value(), opened.key().value()).orElseThrow();
        lead.startChallenge(VALLEY_GOAL);
        List<String> learners = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            learners.add(((JoinResult.Joined) big.join(opened.code().value(), "L" + i, "c" + i)).participantId());
        }
        List<Thread> threads = learners.stream().map(id -> Thread.ofVirtual().start(() -> {
            for (int k = 0; k < 10; k++) {
                big.submit(opened.code(), id, 0.05 + 0.01 * k, 0.9);
            }
        })).toList();
        for (Thread thread : threads) {
            thread.join();
        }
        Leaderboard board = big.leaderboard(opened.code()).orElseThrow();
        assertThat(board.submissions()).hasSize(400);
        assertThat(board.top(100)).hasSize(40) // one place each, and everyone's best is α 0.09: 25 steps
                .allSatisfy(entry -> assertThat(entry.submission().outcome().steps()).isEqualTo(25));
    }

    private static Challenge.Outcome outcome(SubmitResult result) {
        return ((SubmitResult.Scored) result).submission().outcome();
    }

    private List<String> board(RoomCode code) {
        return rooms.leaderboard(code).orElseThrow().top(10).stream()
                .map(entry -> entry.rank() + " " + entry.submission().nickname().value() + " "
                        + (entry.submission().outcome().reached() ? Integer.toString(entry.submission().outcome().steps())
                                : entry.submission().outcome().kind().name()))
                .toList();
    }
}
