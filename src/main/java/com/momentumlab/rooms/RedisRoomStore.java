package com.momentumlab.rooms;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.HashOperations;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Rooms in Redis, shared by every replica. A room is five hashes, its settings, its people, those who stepped out
 * and may come back, their answers to the poll (each tagged with the poll it answers), and the nicknames held by
 * either (by {@link Nickname#key}, so that a newcomer takes a free one in one atomic step), and a list of challenge
 * submissions (appended by one script that also enforces the room's cap, so submissions from every replica land
 * whole and in one order); their time to live
 * is the idle timeout, renewed on every activity: a room nobody uses disappears even if every replica is gone.
 * Events travel on one pub/sub channel that every replica hears; a single thread hands them on, in order.
 */
public final class RedisRoomStore implements RoomStore, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisRoomStore.class);
    private static final ChannelTopic EVENTS = new ChannelTopic("momentumlab:rooms:events");
    private static final String KEY = "key";
    private static final String LOCKED = "locked";
    private static final String FOLLOW_ME = "followMe";
    private static final String SHOWN = "shown";
    private static final String POLL = "poll";
    private static final String CHALLENGE = "challenge";
    private static final String ACTIVE = "active";
    /**
     * KEYS: the room, its submissions, people, answers; ARGV: cap, submission, now (ms), idle timeout (ms). Returns
     * the submission's index, -1 if the room holds the cap already, -2 if there is no such room.
     */
    private static final RedisScript<Long> ADD_SUBMISSION = new DefaultRedisScript<>("""
            if redis.call('EXISTS', KEYS[1]) == 0 then return -2 end
            local count = redis.call('LLEN', KEYS[2])
            if count >= tonumber(ARGV[1]) then return -1 end
            redis.call('RPUSH', KEYS[2], ARGV[2])
            redis.call('HSET', KEYS[1], 'active', ARGV[3])
            for i = 1, #KEYS do redis.call('PEXPIRE', KEYS[i], ARGV[4]) end
            return count
            """, Long.class);

    /**
     * KEYS: {@link #keys}; ARGV: participant id, nickname, its key, now (ms), idle timeout (ms). Adds the newcomer if
     * nobody holds the nickname: how many are in the room now, -1 if the nickname is held, -2 if there is no such room.
     */
    private static final RedisScript<Long> ADD_NEWCOMER = new DefaultRedisScript<>("""
            if redis.call('EXISTS', KEYS[1]) == 0 then return -2 end
            if redis.call('HSETNX', KEYS[6], ARGV[3], ARGV[1]) == 0 then return -1 end
            redis.call('HSET', KEYS[3], ARGV[1], ARGV[2])
            redis.call('HDEL', KEYS[4], ARGV[1])
            redis.call('HSET', KEYS[1], 'active', ARGV[4])
            for i = 1, #KEYS do redis.call('PEXPIRE', KEYS[i], ARGV[5]) end
            return redis.call('HLEN', KEYS[3])
            """, Long.class);
    /** KEYS: the room's nicknames; ARGV: a nickname's key, participant id. Frees the nickname if they hold it. */
    private static final RedisScript<Long> RELEASE_NICKNAME = new DefaultRedisScript<>("""
            if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then return redis.call('HDEL', KEYS[1], ARGV[1]) end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;
    private final HashOperations<String, String, String> hashes;
    private final Duration idleTimeout;
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("room-events").daemon().factory());
    private final RedisMessageListenerContainer listeners = new RedisMessageListenerContainer();
    /** Set on shutdown: the tabs Tomcat closes last find the rooms away, quietly. */
    private volatile boolean closed;

    public RedisRoomStore(RedisConnectionFactory connections, Duration idleTimeout) {
        this.redis = new StringRedisTemplate(connections);
        this.hashes = redis.opsForHash();
        this.idleTimeout = idleTimeout;
        listeners.setConnectionFactory(connections);
        listeners.setTaskExecutor(delivery::execute);
        listeners.setRecoveryInterval(1000); // back soon after a Redis restart
        listeners.afterPropertiesSet();
    }

    private static String room(RoomCode code) {
        return "momentumlab:room:" + code.value();
    }

    private static String people(RoomCode code) {
        return room(code) + ":people";
    }

    private static String away(RoomCode code) {
        return room(code) + ":away";
    }

    private static String answers(RoomCode code) {
        return room(code) + ":answers";
    }

    private static String nicknames(RoomCode code) {
        return room(code) + ":nicknames";
    }

    private static String submissionList(RoomCode code) {
        return room(code) + ":submissions";
    }

    private static List<String> keys(RoomCode code) {
        return List.of(room(code), submissionList(code), people(code), away(code), answers(code), nicknames(code));
    }

    @Override
    public boolean create(RoomCode code, FacilitatorKey key, Instant now) {
        return reach(() -> {
            if (!hashes.putIfAbsent(room(code), KEY, key.value())) {
                return false;
            }
            write(code, Settings.NEW, now);
            return true;
        });
    }

    @Override
    public Optional<Stored> find(RoomCode code) {
        return reach(() -> {
            Map<String, String> fields = hashes.entries(room(code));
            if (!fields.containsKey(KEY)) {
                return Optional.empty();
            }
            Settings settings = new Settings(Boolean.parseBoolean(fields.get(LOCKED)),
                    !"false".equals(fields.get(FOLLOW_ME)),
                    Optional.ofNullable(fields.get(SHOWN)).filter(s -> !s.isEmpty()).map(RoomWire::state),
                    Optional.ofNullable(fields.get(POLL)).filter(s -> !s.isEmpty()).map(RoomWire::poll),
                    Optional.ofNullable(fields.get(CHALLENGE)).filter(s -> !s.isEmpty()).map(RoomWire::challenge));
            Map<String, Nickname> people = new LinkedHashMap<>();
            hashes.entries(people(code)).forEach((id, name) -> people.put(id, new Nickname(name)));
            Map<String, Nickname> away = new LinkedHashMap<>();
            hashes.entries(away(code)).forEach((id, name) -> away.put(id, new Nickname(name)));
            Map<String, Answer> answers = new LinkedHashMap<>();
            hashes.entries(answers(code)).forEach((id, answer) -> answers.put(id, RoomWire.answer(answer)));
            Instant active = Instant.ofEpochMilli(Long.parseLong(fields.getOrDefault(ACTIVE, "0")));
            return Optional.of(new Stored(new FacilitatorKey(fields.get(KEY)), settings, people, away, answers, active));
        });
    }

    @Override
    public Optional<Added> addNewcomer(RoomCode code, String participantId, Nickname wanted, Instant now) {
        return reach(() -> {
            for (int n = 1; ; n++) {
                Nickname nickname = wanted.candidate(n);
                Long people = redis.execute(ADD_NEWCOMER, keys(code), participantId, nickname.value(), nickname.key(),
                        Long.toString(now.toEpochMilli()), Long.toString(idleTimeout.toMillis()));
                if (people == null || people == -2) {
                    return Optional.<Added>empty();
                }
                if (people >= 0) {
                    return Optional.of(new Added(nickname, people.intValue()));
                }
            }
        });
    }

    @Override
    public OptionalInt addPerson(RoomCode code, String participantId, Nickname nickname, Instant now) {
        return reach(() -> {
            if (!hashes.hasKey(room(code), KEY)) {
                return OptionalInt.empty();
            }
            hashes.put(people(code), participantId, nickname.value());
            hashes.delete(away(code), participantId);
            touch(code, now);
            return OptionalInt.of(hashes.size(people(code)).intValue());
        });
    }

    @Override
    public OptionalInt removePerson(RoomCode code, String participantId, Instant now) {
        return reach(() -> {
            String held = hashes.get(people(code), participantId);
            if (held == null) {
                held = hashes.get(away(code), participantId);
            }
            hashes.delete(away(code), participantId);
            OptionalInt left = takeOut(code, participantId, now);
            if (held != null) {
                redis.execute(RELEASE_NICKNAME, List.of(nicknames(code)), new Nickname(held).key(), participantId);
            }
            return left;
        });
    }

    @Override
    public OptionalInt stepOut(RoomCode code, String participantId, Instant now) {
        return reach(() -> {
            String nickname = hashes.get(people(code), participantId);
            if (nickname != null) {
                hashes.put(away(code), participantId, nickname);
            }
            return takeOut(code, participantId, now);
        });
    }

    private OptionalInt takeOut(RoomCode code, String participantId, Instant now) {
        if (hashes.delete(people(code), participantId) == 0) {
            return OptionalInt.empty();
        }
        hashes.delete(answers(code), participantId);
        touch(code, now);
        return OptionalInt.of(hashes.size(people(code)).intValue());
    }

    @Override
    public boolean putAnswer(RoomCode code, String participantId, Answer answer, Instant now) {
        return reach(() -> {
            if (!hashes.hasKey(room(code), KEY)) {
                return false;
            }
            hashes.put(answers(code), participantId, RoomWire.answer(answer));
            touch(code, now);
            return true;
        });
    }

    @Override
    public Optional<Settings> update(RoomCode code, UnaryOperator<Settings> change, Instant now) {
        return reach(() -> find(code).map(stored -> {
            Settings changed = change.apply(stored.settings());
            write(code, changed, now);
            return changed;
        }));
    }

    @Override
    public OptionalInt addSubmission(RoomCode code, Submission submission, int cap, Instant now) {
        return reach(() -> {
            Long index = redis.execute(ADD_SUBMISSION, keys(code), Integer.toString(cap),
                    RoomWire.submission(submission), Long.toString(now.toEpochMilli()),
                    Long.toString(idleTimeout.toMillis()));
            return index == null || index < 0 ? OptionalInt.empty() : OptionalInt.of(index.intValue());
        });
    }

    @Override
    public List<Submission> submissions(RoomCode code) {
        return reach(() -> {
            List<String> lines = redis.opsForList().range(submissionList(code), 0, -1);
            return lines == null ? List.<Submission>of() : lines.stream().map(RoomWire::submission).toList();
        });
    }

    @Override
    public void clearSubmissions(RoomCode code) {
        reach(() -> redis.delete(submissionList(code)));
    }

    @Override
    public boolean delete(RoomCode code) {
        return reach(() -> redis.delete(keys(code)) > 0);
    }

    @Override
    public void publish(RoomCode code, RoomEvent event) {
        reach(() -> redis.convertAndSend(EVENTS.getTopic(), RoomWire.event(code, event)));
    }

    @Override
    public void onEvents(BiConsumer<RoomCode, RoomEvent> sink) {
        listeners.addMessageListener((message, pattern) -> {
            String line = new String(message.getBody(), java.nio.charset.StandardCharsets.UTF_8);
            try {
                RoomWire.Addressed addressed = RoomWire.event(line);
                sink.accept(addressed.code(), addressed.event());
            } catch (IllegalArgumentException foreign) {
                LOG.warn("Ignored a message on {} that no replica wrote: {}", EVENTS.getTopic(), foreign.getMessage());
            }
        }, EVENTS);
        listeners.start();
    }

    private void write(RoomCode code, Settings settings, Instant now) {
        hashes.putAll(room(code), Map.of(LOCKED, Boolean.toString(settings.locked()),
                FOLLOW_ME, Boolean.toString(settings.followMe()),
                SHOWN, settings.shown().map(RoomWire::state).orElse(""),
                POLL, settings.poll().map(RoomWire::poll).orElse(""),
                CHALLENGE, settings.challenge().map(RoomWire::challenge).orElse("")));
        touch(code, now);
    }

    /** Activity: the room lives another idle timeout from now. */
    private void touch(RoomCode code, Instant now) {
        hashes.put(room(code), ACTIVE, Long.toString(now.toEpochMilli()));
        keys(code).forEach(key -> redis.expire(key, idleTimeout));
    }

    private <T> T reach(Supplier<T> call) {
        if (closed) {
            throw new RoomsUnavailable("this replica is shutting down");
        }
        try {
            return call.get();
        } catch (DataAccessException unreachable) {
            LOG.warn("Rooms cannot reach Redis: {}", unreachable.getMostSpecificCause().getMessage());
            throw new RoomsUnavailable(unreachable.getMessage());
        }
    }

    @Override
    public void close() throws Exception {
        closed = true;
        listeners.destroy();
        delivery.shutdown();
    }
}
