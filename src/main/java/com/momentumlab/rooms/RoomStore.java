package com.momentumlab.rooms;

import com.momentumlab.playground.LabState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * Where rooms live and how their events travel: this server's memory ({@link MemoryRoomStore}), or Redis shared by
 * every replica ({@link RedisRoomStore}). {@link Rooms} holds the rules; a store only keeps and carries. Each call
 * is atomic for its room; a store that cannot be reached throws {@link RoomsUnavailable}.
 */
public interface RoomStore {

    /** What the facilitator decides about a room. */
    record Settings(boolean locked, boolean followMe, Optional<LabState> shown, Optional<Poll> poll,
                    Optional<Challenge> challenge) {

        static final Settings NEW = new Settings(false, true, Optional.empty(), Optional.empty(), Optional.empty());

        Settings withLocked(boolean value) {
            return new Settings(value, followMe, shown, poll, challenge);
        }

        Settings withFollowMe(boolean value) {
            return new Settings(locked, value, shown, poll, challenge);
        }

        Settings withShown(LabState state) {
            return new Settings(locked, followMe, Optional.of(state), poll, challenge);
        }

        Settings withPoll(Optional<Poll> value) {
            return new Settings(locked, followMe, shown, value, challenge);
        }

        Settings withChallenge(Optional<Challenge> value) {
            return new Settings(locked, followMe, shown, poll, value);
        }
    }

    /**
     * A participant's answer to the poll {@code pollId}: the index of their choice, or for the drill their result
     * per value ({@code fields}; empty for a quiz item).
     */
    record Answer(String pollId, int choice, List<DrillParameters.Result> fields) {

        public Answer {
            fields = List.copyOf(fields);
        }

        Answer(String pollId, int choice) {
            this(pollId, choice, List.of());
        }
    }

    /**
     * A room as stored: its key, settings, people (participant id → nickname), those who stepped out and may come
     * back (participant id → nickname), the latest answers of those in it (participant id → answer, possibly to an
     * earlier poll) and its last activity.
     */
    record Stored(FacilitatorKey key, Settings settings, Map<String, Nickname> people, Map<String, Nickname> away,
                  Map<String, Answer> answers, Instant lastActivity) {}

    /** Stores a new room; false if the code is taken. */
    boolean create(RoomCode code, FacilitatorKey key, Instant now);

    Optional<Stored> find(RoomCode code);

    /** A newcomer in the room: the nickname they got, and how many are in it now. */
    record Added(Nickname nickname, int people) {}

    /**
     * Adds a newcomer under the first of {@code wanted}'s {@link Nickname#candidate candidates} that nobody in the
     * room, or stepped out of it, holds (compared by {@link Nickname#key}), in one atomic step whichever replica
     * calls, and marks the room active; empty if there is no such room.
     */
    Optional<Added> addNewcomer(RoomCode code, String participantId, Nickname wanted, Instant now);

    /**
     * Adds a participant back under the nickname they hold (they had stepped out) and marks the room active; how
     * many are in it now, or empty if there is no such room.
     */
    OptionalInt addPerson(RoomCode code, String participantId, Nickname nickname, Instant now);

    /**
     * Forgets a participant (their answer, and their hold on the nickname), also one who stepped out, and marks the room active; how many are
     * left, or empty if they were not in it.
     */
    OptionalInt removePerson(RoomCode code, String participantId, Instant now);

    /**
     * Moves a participant out of the room, among those who may come back under the same id and nickname (their
     * answer is forgotten), and marks the room active; how many are left, or empty if they were not in it.
     */
    OptionalInt stepOut(RoomCode code, String participantId, Instant now);

    /** Keeps {@code answer} as the participant's (replacing theirs) and marks the room active; false if there is no such room. */
    boolean putAnswer(RoomCode code, String participantId, Answer answer, Instant now);

    /** Changes the settings and marks the room active; the new settings, or empty if there is no such room. */
    Optional<Settings> update(RoomCode code, UnaryOperator<Settings> change, Instant now);

    /**
     * Appends {@code submission} to the room's submissions, in one atomic step whichever replica calls, and marks the
     * room active; the index it got (0, 1, …), or empty if the room is gone or already holds {@code cap} submissions.
     */
    OptionalInt addSubmission(RoomCode code, Submission submission, int cap, Instant now);

    /** The room's stored submissions in the order they were added (empty if there is no such room). */
    List<Submission> submissions(RoomCode code);

    /** Forgets the room's submissions (a new challenge starts). */
    void clearSubmissions(RoomCode code);

    /** Forgets the room; false if it was already gone. */
    boolean delete(RoomCode code);

    /** Tells every replica's {@link #onEvents} sink, this one's included. */
    void publish(RoomCode code, RoomEvent event);

    /** Where this replica hears every room's events, in the order each room published them. Set once. */
    void onEvents(BiConsumer<RoomCode, RoomEvent> sink);
}
