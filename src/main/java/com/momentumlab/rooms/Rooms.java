package com.momentumlab.rooms;

import com.momentumlab.base.input.InputProblem;
import com.momentumlab.base.input.Numbers;
import com.momentumlab.playground.LabRules;
import com.momentumlab.playground.LabState;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * The study rooms: open, join, lead, listen. The rules live here; the rooms themselves live in a {@link RoomStore}
 * (this server's memory, or Redis shared by every replica), which carries every change to every replica; each
 * replica tells its own listeners (the open tabs in a room). Every method may throw {@link RoomsUnavailable} while
 * a shared store is out of reach.
 */
public final class Rooms {

    /** A room as everyone may see it: its code, the nicknames in it (alphabetical), what it shows and asks. */
    public record Snapshot(RoomCode code, List<Nickname> people, boolean locked, boolean followMe,
                           Optional<LabState> shown, Optional<Tally> poll, Optional<Challenge> challenge) {}

    /**
     * The poll on show and how many of those in the room chose each choice: aggregates only, never who chose what.
     * For the drill, {@code counts} are how many got each value right and {@code wrong} how many got it wrong so far
     * (empty for a quiz item), of the {@code people} in the room.
     */
    public record Tally(Poll poll, List<Integer> counts, List<Integer> wrong, int people) {

        public Tally {
            counts = List.copyOf(counts);
            wrong = List.copyOf(wrong);
        }
    }

    /** A room just opened: its code for everyone, its key for the facilitator only. */
    public record Opened(RoomCode code, FacilitatorKey key) {}

    private static final Duration ATTEMPT_WINDOW = Duration.ofMinutes(1);
    private static final Comparator<Map.Entry<String, Nickname>> BY_NICKNAME =
            Comparator.comparing((Map.Entry<String, Nickname> person) -> person.getValue().value())
                    .thenComparing(Map.Entry::getKey);

    private final RoomStore store;
    private final RoomLimits limits;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();
    /** The rooms this replica opened and may still hold: what counts against its cap. */
    private final Set<RoomCode> openedHere = ConcurrentHashMap.newKeySet();
    private final Map<RoomCode, List<Consumer<RoomEvent>>> listeners = new ConcurrentHashMap<>();
    /** Join attempts with a code that names no room, per client, on this replica (a sticky proxy keeps a client on one). */
    private final Map<String, Deque<Instant>> wrongCodes = new HashMap<>();
    /** Challenge submissions per participant, on this replica (their tab stays on it). */
    private final Map<String, Deque<Instant>> submitted = new HashMap<>();

    public Rooms(RoomStore store, RoomLimits limits, Clock clock) {
        this.store = store;
        this.limits = limits;
        this.clock = clock;
        store.onEvents(this::tellHere);
    }

    /** A new room, or empty if this replica holds as many as it may. */
    public Optional<Opened> open() {
        synchronized (openedHere) {
            openedHere.removeIf(code -> store.find(code).isEmpty());
            if (openedHere.size() >= limits.roomsPerReplica()) {
                return Optional.empty();
            }
            FacilitatorKey key = FacilitatorKey.random();
            RoomCode code;
            do {
                code = RoomCode.random(random);
            } while (!store.create(code, key, clock.instant()));
            openedHere.add(code);
            return Optional.of(new Opened(code, key));
        }
    }

    /**
     * A newcomer joins under their nickname, or under "Aiko 2", "Aiko 3", … if someone in the room (or stepped out of
     * it) holds it. Only codes that name no room count against the client's cap ({@link RoomLimits#joinsPerMinute}):
     * that is what guessing takes, while a whole class behind one address joining, or retrying a nickname, is not.
     */
    public JoinResult join(String typedCode, String typedName, String clientId) {
        // Counted first and given back if the code names a room, so that parallel guesses cannot pass the cap.
        Optional<Instant> attempt = record(wrongCodes, clientId, limits.joinsPerMinute());
        if (attempt.isEmpty()) {
            return new JoinResult.TooManyAttempts();
        }
        Optional<RoomCode> code = RoomCode.parse(typedCode);
        Optional<RoomStore.Stored> room = code.flatMap(store::find);
        if (room.isEmpty()) {
            return new JoinResult.NoSuchRoom();
        }
        giveBack(wrongCodes, clientId, attempt.get());
        Optional<Nickname.Problem> problem = Nickname.problem(typedName);
        if (problem.isPresent()) {
            return new JoinResult.BadNickname(problem.get());
        }
        if (room.get().settings().locked()) {
            return new JoinResult.Locked();
        }
        if (room.get().people().size() >= limits.participantsPerRoom()) {
            return new JoinResult.Full();
        }
        String id = newParticipantId();
        Optional<RoomStore.Added> added = store.addNewcomer(code.get(), id, Nickname.of(typedName), clock.instant());
        if (added.isEmpty()) {
            return new JoinResult.NoSuchRoom(); // closed meanwhile
        }
        if (added.get().people() > limits.participantsPerRoom()) {
            store.removePerson(code.get(), id, clock.instant()); // others joined meanwhile, on this or another replica
            return new JoinResult.Full();
        }
        store.publish(code.get(), new RoomEvent.People(added.get().people()));
        return new JoinResult.Joined(code.get(), id, added.get().nickname());
    }

    /**
     * Someone who joined comes back (a reload, a lost connection, another replica): into the same room under the same
     * participant id and nickname, even if the room is locked meanwhile, as long as there is a place. Empty if
     * {@code participantId} is not one of the room's (never was, or the facilitator removed them).
     */
    public Optional<JoinResult> comeBack(RoomCode code, String participantId) {
        Optional<RoomStore.Stored> room = store.find(code);
        if (room.isEmpty()) {
            return Optional.of(new JoinResult.NoSuchRoom());
        }
        Nickname inRoom = room.get().people().get(participantId);
        if (inRoom != null) {
            return Optional.of(new JoinResult.Joined(code, participantId, inRoom));
        }
        Nickname away = room.get().away().get(participantId);
        if (away == null) {
            return Optional.empty();
        }
        if (room.get().people().size() >= limits.participantsPerRoom()) {
            return Optional.of(new JoinResult.Full());
        }
        OptionalInt count = store.addPerson(code, participantId, away, clock.instant());
        if (count.isEmpty()) {
            return Optional.of(new JoinResult.NoSuchRoom()); // closed meanwhile
        }
        if (count.getAsInt() > limits.participantsPerRoom()) {
            store.stepOut(code, participantId, clock.instant()); // others came in meanwhile
            return Optional.of(new JoinResult.Full());
        }
        store.publish(code, new RoomEvent.People(count.getAsInt()));
        return Optional.of(new JoinResult.Joined(code, participantId, away));
    }

    /** A participant left (closed the tab, or lost the connection): they may {@link #comeBack} later. */
    public void leave(RoomCode code, String participantId) {
        store.stepOut(code, participantId, clock.instant())
                .ifPresent(left -> store.publish(code, new RoomEvent.People(left)));
    }

    /** The facilitator's controls, if {@code key} is the room's key and the room is open. */
    public Optional<Lead> lead(String typedCode, String key) {
        return RoomCode.parse(typedCode)
                .filter(code -> store.find(code).filter(room -> room.key().matches(key)).isPresent())
                .map(Lead::new);
    }

    public Optional<Snapshot> snapshot(RoomCode code) {
        return store.find(code).map(room -> new Snapshot(code,
                sorted(room.people()).values().stream().toList(), room.settings().locked(),
                room.settings().followMe(), room.settings().shown(), room.settings().poll().map(poll -> tally(poll, room)),
                room.settings().challenge()));
    }

    /**
     * Runs a participant's α and β against the open challenge and puts the outcome on the board. Refused, each with
     * its reason: someone not in the room, no open challenge, values outside the lab's ranges, too many submissions
     * from this participant in the last minute, a full board.
     */
    public SubmitResult submit(RoomCode code, String participantId, double alpha, double beta) {
        Optional<RoomStore.Stored> room = store.find(code);
        if (room.isEmpty() || !room.get().people().containsKey(participantId)) {
            return new SubmitResult.NotInRoom();
        }
        Optional<Challenge> challenge = room.get().settings().challenge().filter(Challenge::open);
        if (challenge.isEmpty()) {
            return new SubmitResult.NoChallenge();
        }
        if (!(alpha > 0 && alpha <= LabRules.MAX_LEARNING_RATE)) {
            return new SubmitResult.OutOfRange(InputProblem.of("error.lr.range", Numbers.exact(LabRules.MAX_LEARNING_RATE)));
        }
        if (!(beta >= 0 && beta < 1)) {
            return new SubmitResult.OutOfRange(InputProblem.of("error.beta.range"));
        }
        if (!allow(submitted, participantId, limits.submissionsPerMinute())) {
            return new SubmitResult.TooMany();
        }
        Submission submission = new Submission(challenge.get().id(), participantId,
                room.get().people().get(participantId), alpha, beta, challenge.get().goal().score(alpha, beta));
        OptionalInt index = store.addSubmission(code, submission, limits.submissionsPerRoom(), clock.instant());
        if (index.isEmpty()) {
            return store.find(code).isPresent() ? new SubmitResult.BoardFull() : new SubmitResult.NotInRoom();
        }
        store.publish(code, new RoomEvent.Submitted(index.getAsInt(), submission));
        return new SubmitResult.Scored(submission);
    }

    /** The board of the room's challenge (the latest, open or ended), or empty if it has none. */
    public Optional<Leaderboard> leaderboard(RoomCode code) {
        return store.find(code).flatMap(room -> room.settings().challenge())
                .map(challenge -> Leaderboard.of(challenge, store.submissions(code)));
    }

    /**
     * Takes a participant's answer to the poll on show, replacing any earlier one of theirs. Anything else is
     * ignored, without an error, and returns false: a closed or revealed poll, an earlier poll, a choice the item does
     * not have, someone not (or no longer) in the room.
     */
    public boolean answer(RoomCode code, String participantId, String pollId, int choice) {
        Optional<RoomStore.Stored> room = store.find(code);
        Optional<Poll> poll = room.flatMap(r -> r.settings().poll())
                .filter(p -> p.drill().isEmpty() && choice >= 0 && choice < p.choices());
        return put(code, room, poll, participantId, new RoomStore.Answer(pollId, choice));
    }

    /**
     * Takes a participant's results on the drill on show, one per value in the drill's order, replacing their
     * earlier ones. Ignored as {@link #answer} is, and also when the poll is no drill or the results do not match
     * its values one for one.
     */
    public boolean answerDrill(RoomCode code, String participantId, String pollId, List<DrillParameters.Result> results) {
        Optional<RoomStore.Stored> room = store.find(code);
        Optional<Poll> poll = room.flatMap(r -> r.settings().poll())
                .filter(p -> p.drill().isPresent() && results.size() == p.choices()
                        && results.stream().allMatch(Objects::nonNull));
        return put(code, room, poll, participantId, new RoomStore.Answer(pollId, 0, results));
    }

    /** Keeps {@code answer} if {@code poll} is the open poll it answers and the participant is in the room. */
    private boolean put(RoomCode code, Optional<RoomStore.Stored> room, Optional<Poll> poll, String participantId,
                        RoomStore.Answer answer) {
        if (poll.filter(p -> !p.revealed() && p.id().equals(answer.pollId())).isEmpty()
                || !room.get().people().containsKey(participantId)
                || !store.putAnswer(code, participantId, answer, clock.instant())) {
            return false;
        }
        store.publish(code, new RoomEvent.Answered(answer.pollId()));
        return true;
    }

    /**
     * Tells {@code listener} every event of the room from now on; empty if there is no such room. The listener
     * runs on the thread that delivers the event: a view hands it to its own UI.
     */
    public Optional<Runnable> listen(RoomCode code, Consumer<RoomEvent> listener) {
        if (store.find(code).isEmpty()) {
            return Optional.empty();
        }
        List<Consumer<RoomEvent>> room = listeners.computeIfAbsent(code, c -> new CopyOnWriteArrayList<>());
        room.add(listener);
        return Optional.of(() -> room.remove(listener));
    }

    /**
     * Closes the rooms this replica knows of (opened or listened to here) that were idle for longer than the
     * limit, and tells its listeners of rooms that vanished meanwhile (expired in a shared store). The server
     * calls it every minute.
     */
    public void closeIdleRooms() {
        Instant cutoff = clock.instant().minus(limits.idleTimeout());
        Set<RoomCode> known = new HashSet<>(openedHere);
        known.addAll(listeners.keySet());
        for (RoomCode code : known) {
            Optional<RoomStore.Stored> room = store.find(code);
            if (room.isEmpty()) {
                tellHere(code, new RoomEvent.Closed());
            } else if (room.get().lastActivity().isBefore(cutoff) && store.delete(code)) {
                store.publish(code, new RoomEvent.Closed());
            }
        }
        for (Map<String, Deque<Instant>> log : List.of(wrongCodes, submitted)) {
            synchronized (log) {
                log.values().removeIf(times -> forget(times, clock.instant()).isEmpty());
            }
        }
    }

    /** The rooms this replica opened that are still open. */
    public int openRooms() {
        return (int) openedHere.stream().filter(code -> store.find(code).isPresent()).count();
    }

    private void tellHere(RoomCode code, RoomEvent event) {
        if (event instanceof RoomEvent.Closed) {
            openedHere.remove(code);
            listeners.getOrDefault(code, List.of()).forEach(listener -> listener.accept(event));
            listeners.remove(code);
        } else {
            listeners.getOrDefault(code, List.of()).forEach(listener -> listener.accept(event));
        }
    }

    /** 128 random bits: a returning learner's only proof of who they are, so nobody can guess it. */
    private String newParticipantId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code who} may act once more, at most {@code perMinute} times in any minute; counts the act if so. */
    private boolean allow(Map<String, Deque<Instant>> log, String who, int perMinute) {
        return record(log, who, perMinute).isPresent();
    }

    /** Counts an act of {@code who} if they made fewer than {@code perMinute} in the last minute: when, if so. */
    private Optional<Instant> record(Map<String, Deque<Instant>> log, String who, int perMinute) {
        synchronized (log) {
            Instant now = clock.instant();
            Deque<Instant> times = forget(log.computeIfAbsent(who, id -> new ArrayDeque<>()), now);
            if (times.size() >= perMinute) {
                return Optional.empty();
            }
            times.addLast(now);
            return Optional.of(now);
        }
    }

    /** Uncounts the act {@link #record} counted at {@code when}. */
    private static void giveBack(Map<String, Deque<Instant>> log, String who, Instant when) {
        synchronized (log) {
            Deque<Instant> times = log.get(who);
            if (times != null) {
                times.removeLastOccurrence(when);
            }
        }
    }

    private static Deque<Instant> forget(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(ATTEMPT_WINDOW))) {
            times.removeFirst();
        }
        return times;
    }

    /** Counts only the answers to this poll of those still in the room (one removed meanwhile no longer counts). */
    private static Tally tally(Poll poll, RoomStore.Stored room) {
        int[] counts = new int[poll.choices()];
        int[] wrong = new int[poll.drill().isPresent() ? poll.choices() : 0];
        room.answers().forEach((participantId, answer) -> {
            if (!answer.pollId().equals(poll.id()) || !room.people().containsKey(participantId)) {
                return;
            }
            if (poll.drill().isEmpty() && answer.choice() >= 0 && answer.choice() < counts.length) {
                counts[answer.choice()]++;
            }
            for (int field = 0; field < Math.min(wrong.length, answer.fields().size()); field++) {
                switch (answer.fields().get(field)) {
                    case RIGHT -> counts[field]++;
                    case WRONG -> wrong[field]++;
                    case NOT_YET -> { }
                }
            }
        });
        return new Tally(poll, Arrays.stream(counts).boxed().toList(), Arrays.stream(wrong).boxed().toList(),
                room.people().size());
    }

    private static Map<String, Nickname> sorted(Map<String, Nickname> people) {
        Map<String, Nickname> sorted = new LinkedHashMap<>();
        people.entrySet().stream().sorted(BY_NICKNAME).forEach(person -> sorted.put(person.getKey(), person.getValue()));
        return sorted;
    }

    /** The facilitator's hold on one room: every action checks the room is still open. */
    public final class Lead {

        private final RoomCode code;

        private Lead(RoomCode code) {
            this.code = code;
        }

        public RoomCode code() {
            return code;
        }

        /** Everyone following sees {@code state}; with {@code run}, their lab draws it step by step. */
        public void show(LabState state, boolean run) {
            update(settings -> settings.withShown(state),
                    settings -> settings.followMe() ? List.of(new RoomEvent.Shown(state, run)) : List.of());
        }

        public void followMe(boolean on) {
            update(settings -> settings.withFollowMe(on), settings -> List.of(on && settings.shown().isPresent()
                    ? new RoomEvent.Shown(settings.shown().get(), false) : new RoomEvent.FollowOff()));
        }

        public void lock(boolean locked) {
            update(settings -> settings.withLocked(locked), settings -> List.of());
        }

        /**
         * Puts the quiz item {@code itemId}, which has {@code choices} choices, to everyone: a new poll, with no
         * answers yet, in place of any earlier one.
         */
        public void ask(String itemId, int choices) {
            pose(new Poll(UUID.randomUUID().toString(), itemId, choices, false));
        }

        /**
         * Puts the hand-computation drill with these parameters, which asks {@code values} values, to everyone: a new
         * poll in place of any earlier one.
         */
        public void askDrill(DrillParameters drill, int values) {
            pose(new Poll(UUID.randomUUID().toString(), Poll.DRILL_ITEM, values, false, Optional.of(drill)));
        }

        private void pose(Poll poll) {
            update(settings -> settings.withPoll(Optional.of(poll)), settings -> List.of(new RoomEvent.Polled(poll)));
        }

        /** Shows everyone the poll's right answer and its explanation; answers are closed from now on. */
        public void reveal() {
            update(settings -> settings.withPoll(settings.poll().map(Poll::asRevealed)),
                    settings -> settings.poll().<List<RoomEvent>>map(poll -> List.of(new RoomEvent.Polled(poll)))
                            .orElse(List.of()));
        }

        public void closePoll() {
            update(settings -> settings.withPoll(Optional.empty()), settings -> List.of(new RoomEvent.PollClosed()));
        }

        /**
         * Sets everyone {@code goal}: a new challenge, with an empty board, in place of any earlier one. The board
         * holds only this challenge's submissions (one racing in for the earlier one never counts).
         */
        public void startChallenge(Challenge.Goal goal) {
            Challenge challenge = new Challenge(UUID.randomUUID().toString(), goal, true);
            store.clearSubmissions(code);
            update(settings -> settings.withChallenge(Optional.of(challenge)),
                    settings -> List.of(new RoomEvent.Challenged(challenge)));
        }

        /** Takes no more submissions; the board stays on show. */
        public void endChallenge() {
            update(settings -> settings.withChallenge(settings.challenge().map(Challenge::asEnded)),
                    settings -> settings.challenge().<List<RoomEvent>>map(c -> List.of(new RoomEvent.Challenged(c)))
                            .orElse(List.of()));
        }

        public void remove(String participantId) {
            store.removePerson(code, participantId, clock.instant()).ifPresent(left -> {
                store.publish(code, new RoomEvent.Removed(participantId));
                store.publish(code, new RoomEvent.People(left));
            });
        }

        public void close() {
            if (store.delete(code)) {
                store.publish(code, new RoomEvent.Closed());
            }
        }

        /** The room as everyone sees it; empty once it is closed. */
        public Optional<Snapshot> snapshot() {
            return Rooms.this.snapshot(code);
        }

        /** Who is in the room (alphabetical), by participant id: for the facilitator only (to remove someone). */
        public Map<String, Nickname> people() {
            return store.find(code).map(room -> sorted(room.people())).orElse(Map.of());
        }

        /** Changes the room (if still open), then tells everyone the events the new settings call for. */
        private void update(UnaryOperator<RoomStore.Settings> change,
                            Function<RoomStore.Settings, List<RoomEvent>> events) {
            store.update(code, change, clock.instant())
                    .ifPresent(settings -> events.apply(settings).forEach(event -> store.publish(code, event)));
        }
    }
}
