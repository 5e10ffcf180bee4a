package com.momentumlab.rooms;

import com.momentumlab.playground.LabState;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The study rooms of this server, in memory: open, join, lead, listen. Every change is told to the room's
 * listeners (the open tabs in it) after the lock is released, so a listener may call back in.
 */
public final class Rooms {

    /** A room as everyone may see it: its code, how many are in it, their nicknames, and what it shows. */
    public record Snapshot(RoomCode code, List<Nickname> people, boolean locked, boolean followMe,
                           Optional<LabState> shown) {}

    /** A room just opened: its code for everyone, its key for the facilitator only. */
    public record Opened(RoomCode code, FacilitatorKey key) {}

    private static final Duration ATTEMPT_WINDOW = Duration.ofMinutes(1);

    private final RoomLimits limits;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();
    private final Map<RoomCode, Room> rooms = new HashMap<>();
    private final Map<String, Deque<Instant>> attempts = new HashMap<>();

    public Rooms(RoomLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** A new room, or empty if this server holds as many as it may. */
    public Optional<Opened> open() {
        synchronized (this) {
            if (rooms.size() >= limits.roomsPerReplica()) {
                return Optional.empty();
            }
            RoomCode code;
            do {
                code = RoomCode.random(random);
            } while (rooms.containsKey(code));
            Room room = new Room(code, FacilitatorKey.random(), clock.instant());
            rooms.put(code, room);
            return Optional.of(new Opened(code, room.key));
        }
    }

    public JoinResult join(String typedCode, String typedName, String clientId) {
        Room room;
        JoinResult.Joined joined;
        int count;
        synchronized (this) {
            if (!allowAttempt(clientId)) {
                return new JoinResult.TooManyAttempts();
            }
            Optional<RoomCode> code = RoomCode.parse(typedCode);
            room = code.map(rooms::get).orElse(null);
            if (room == null) {
                return new JoinResult.NoSuchRoom();
            }
            Optional<Nickname.Problem> problem = Nickname.problem(typedName);
            if (problem.isPresent()) {
                return new JoinResult.BadNickname(problem.get());
            }
            if (room.locked) {
                return new JoinResult.Locked();
            }
            if (room.people.size() >= limits.participantsPerRoom()) {
                return new JoinResult.Full();
            }
            String id = UUID.randomUUID().toString();
            Nickname nickname = Nickname.of(typedName);
            room.people.put(id, nickname);
            room.touch(clock.instant());
            joined = new JoinResult.Joined(room.code, id, nickname);
            count = room.people.size();
        }
        room.tell(new RoomEvent.People(count));
        return joined;
    }

    /** A participant left (closed the tab, or pressed leave). */
    public void leave(RoomCode code, String participantId) {
        Room room;
        int count;
        synchronized (this) {
            room = rooms.get(code);
            if (room == null || room.people.remove(participantId) == null) {
                return;
            }
            count = room.people.size();
        }
        room.tell(new RoomEvent.People(count));
    }

    /** The facilitator's controls, if {@code key} is the room's key and the room is open. */
    public Optional<Lead> lead(String typedCode, String key) {
        synchronized (this) {
            return RoomCode.parse(typedCode).map(rooms::get).filter(room -> room.key.matches(key)).map(Lead::new);
        }
    }

    public Optional<Snapshot> snapshot(RoomCode code) {
        synchronized (this) {
            Room room = rooms.get(code);
            return room == null ? Optional.empty() : Optional.of(room.snapshot());
        }
    }

    /** Whether {@code participantId} is still in the room (not removed, room not closed). */
    public boolean isIn(RoomCode code, String participantId) {
        synchronized (this) {
            Room room = rooms.get(code);
            return room != null && room.people.containsKey(participantId);
        }
    }

    /**
     * Tells {@code listener} every event of the room from now on; empty if there is no such room. The listener
     * runs on the thread that caused the event: a view hands it to its own UI.
     */
    public Optional<Runnable> listen(RoomCode code, Consumer<RoomEvent> listener) {
        synchronized (this) {
            Room room = rooms.get(code);
            if (room == null) {
                return Optional.empty();
            }
            room.listeners.add(listener);
            return Optional.of(() -> room.listeners.remove(listener));
        }
    }

    /** Closes the rooms idle for longer than the limit; the server calls it every minute. */
    public void closeIdleRooms() {
        Instant cutoff = clock.instant().minus(limits.idleTimeout());
        List<Room> idle = new ArrayList<>();
        synchronized (this) {
            rooms.values().stream().filter(room -> room.lastActivity.isBefore(cutoff)).forEach(idle::add);
            idle.forEach(room -> rooms.remove(room.code));
            attempts.values().removeIf(times -> forget(times, clock.instant()).isEmpty());
        }
        idle.forEach(room -> room.tell(new RoomEvent.Closed()));
    }

    public synchronized int openRooms() {
        return rooms.size();
    }

    private boolean allowAttempt(String clientId) {
        Instant now = clock.instant();
        Deque<Instant> times = forget(attempts.computeIfAbsent(clientId, id -> new ArrayDeque<>()), now);
        if (times.size() >= limits.joinsPerMinute()) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    private static Deque<Instant> forget(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(ATTEMPT_WINDOW))) {
            times.removeFirst();
        }
        return times;
    }

    /** The facilitator's hold on one room: every action checks the room is still open. */
    public final class Lead {

        private final Room room;

        private Lead(Room room) {
            this.room = room;
        }

        public RoomCode code() {
            return room.code;
        }

        /** Everyone following sees {@code state}; with {@code run}, their lab draws it step by step. */
        public void show(LabState state, boolean run) {
            update(() -> {
                room.shown = state;
                return room.followMe ? List.of(new RoomEvent.Shown(state, run)) : List.of();
            });
        }

        public void followMe(boolean on) {
            update(() -> {
                room.followMe = on;
                return List.of(on && room.shown != null ? new RoomEvent.Shown(room.shown, false) : new RoomEvent.FollowOff());
            });
        }

        public void lock(boolean locked) {
            update(() -> {
                room.locked = locked;
                return List.of();
            });
        }

        public void remove(String participantId) {
            update(() -> room.people.remove(participantId) == null ? List.of()
                    : List.of(new RoomEvent.Removed(participantId), new RoomEvent.People(room.people.size())));
        }

        public void close() {
            boolean open;
            synchronized (Rooms.this) {
                open = rooms.remove(room.code, room);
            }
            if (open) {
                room.tell(new RoomEvent.Closed());
            }
        }

        public Snapshot snapshot() {
            synchronized (Rooms.this) {
                return room.snapshot();
            }
        }

        /** Who is in the room, by participant id: for the facilitator only (to remove someone). */
        public Map<String, Nickname> people() {
            synchronized (Rooms.this) {
                return Map.copyOf(room.people);
            }
        }

        /** Changes the room under the lock, then tells its listeners the events the change returned. */
        private void update(Supplier<List<RoomEvent>> change) {
            List<RoomEvent> events;
            synchronized (Rooms.this) {
                if (rooms.get(room.code) != room) {
                    return; // closed meanwhile
                }
                events = change.get();
                room.touch(clock.instant());
            }
            events.forEach(room::tell);
        }
    }

    private static final class Room {
        final RoomCode code;
        final FacilitatorKey key;
        final Map<String, Nickname> people = new LinkedHashMap<>();
        final List<Consumer<RoomEvent>> listeners = new CopyOnWriteArrayList<>();
        Instant lastActivity;
        boolean locked;
        boolean followMe = true;
        LabState shown;

        Room(RoomCode code, FacilitatorKey key, Instant now) {
            this.code = code;
            this.key = key;
            this.lastActivity = now;
        }

        void touch(Instant now) {
            lastActivity = now;
        }

        Snapshot snapshot() {
            return new Snapshot(code, List.copyOf(people.values()), locked, followMe, Optional.ofNullable(shown));
        }

        void tell(RoomEvent event) {
            listeners.forEach(listener -> listener.accept(event));
        }
    }
}
