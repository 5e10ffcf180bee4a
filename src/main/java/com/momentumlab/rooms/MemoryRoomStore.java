package com.momentumlab.rooms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/** Rooms in this server's memory: one machine, no extra service. Events reach the sink on the publishing thread. */
public final class MemoryRoomStore implements RoomStore {

    private static final class Room {
        final FacilitatorKey key;
        final Map<String, Nickname> people = new LinkedHashMap<>();
        final Map<String, Nickname> away = new HashMap<>();
        final Map<String, Answer> answers = new HashMap<>();
        final List<Submission> submissions = new ArrayList<>();
        Settings settings = Settings.NEW;
        Instant lastActivity;

        Room(FacilitatorKey key, Instant now) {
            this.key = key;
            this.lastActivity = now;
        }
    }

    private final Map<RoomCode, Room> rooms = new HashMap<>();
    private volatile BiConsumer<RoomCode, RoomEvent> sink = (code, event) -> {};

    @Override
    public synchronized boolean create(RoomCode code, FacilitatorKey key, Instant now) {
        return rooms.putIfAbsent(code, new Room(key, now)) == null;
    }

    @Override
    public synchronized Optional<Stored> find(RoomCode code) {
        Room room = rooms.get(code);
        return room == null ? Optional.empty()
                : Optional.of(new Stored(room.key, room.settings, Map.copyOf(room.people), Map.copyOf(room.away),
                        Map.copyOf(room.answers), room.lastActivity));
    }

    @Override
    public synchronized Optional<Added> addNewcomer(RoomCode code, String participantId, Nickname wanted, Instant now) {
        Room room = rooms.get(code);
        if (room == null) {
            return Optional.empty();
        }
        Set<String> taken = new HashSet<>();
        room.people.values().forEach(held -> taken.add(held.key()));
        room.away.values().forEach(held -> taken.add(held.key()));
        Nickname nickname = wanted;
        for (int n = 2; taken.contains(nickname.key()); n++) {
            nickname = wanted.candidate(n);
        }
        addPerson(code, participantId, nickname, now);
        return Optional.of(new Added(nickname, room.people.size()));
    }

    @Override
    public synchronized OptionalInt addPerson(RoomCode code, String participantId, Nickname nickname, Instant now) {
        Room room = rooms.get(code);
        if (room == null) {
            return OptionalInt.empty();
        }
        room.people.put(participantId, nickname);
        room.away.remove(participantId);
        room.lastActivity = now;
        return OptionalInt.of(room.people.size());
    }

    @Override
    public synchronized OptionalInt removePerson(RoomCode code, String participantId, Instant now) {
        Room room = rooms.get(code);
        if (room != null) {
            room.away.remove(participantId);
        }
        return takeOut(room, participantId, now);
    }

    @Override
    public synchronized OptionalInt stepOut(RoomCode code, String participantId, Instant now) {
        Room room = rooms.get(code);
        Nickname nickname = room == null ? null : room.people.get(participantId);
        if (nickname != null) {
            room.away.put(participantId, nickname);
        }
        return takeOut(room, participantId, now);
    }

    private static OptionalInt takeOut(Room room, String participantId, Instant now) {
        if (room == null || room.people.remove(participantId) == null) {
            return OptionalInt.empty();
        }
        room.answers.remove(participantId);
        room.lastActivity = now;
        return OptionalInt.of(room.people.size());
    }

    @Override
    public synchronized boolean putAnswer(RoomCode code, String participantId, Answer answer, Instant now) {
        Room room = rooms.get(code);
        if (room == null) {
            return false;
        }
        room.answers.put(participantId, answer);
        room.lastActivity = now;
        return true;
    }

    @Override
    public synchronized Optional<Settings> update(RoomCode code, UnaryOperator<Settings> change, Instant now) {
        Room room = rooms.get(code);
        if (room == null) {
            return Optional.empty();
        }
        room.settings = change.apply(room.settings);
        room.lastActivity = now;
        return Optional.of(room.settings);
    }

    @Override
    public synchronized OptionalInt addSubmission(RoomCode code, Submission submission, int cap, Instant now) {
        Room room = rooms.get(code);
        if (room == null || room.submissions.size() >= cap) {
            return OptionalInt.empty();
        }
        room.submissions.add(submission);
        room.lastActivity = now;
        return OptionalInt.of(room.submissions.size() - 1);
    }

    @Override
    public synchronized List<Submission> submissions(RoomCode code) {
        Room room = rooms.get(code);
        return room == null ? List.of() : List.copyOf(room.submissions);
    }

    @Override
    public synchronized void clearSubmissions(RoomCode code) {
        Room room = rooms.get(code);
        if (room != null) {
            room.submissions.clear();
        }
    }

    @Override
    public synchronized boolean delete(RoomCode code) {
        return rooms.remove(code) != null;
    }

    @Override
    public void publish(RoomCode code, RoomEvent event) {
        sink.accept(code, event); // outside the lock, so a listener may call back in
    }

    @Override
    public void onEvents(BiConsumer<RoomCode, RoomEvent> sink) {
        this.sink = sink;
    }
}
