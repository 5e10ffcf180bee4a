package com.momentumlab.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.testsupport.RedisServer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/** The rooms of many replicas, in a real Redis started for this test. */
class RedisRoomsTest extends RoomsTest {

    private static RedisServer redis;
    private static LettuceConnectionFactory connections;
    private RedisRoomStore store;

    @BeforeAll
    static void startRedis() {
        redis = RedisServer.start();
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", redis.port()));
        connections.afterPropertiesSet();
        connections.start();
    }

    @AfterAll
    static void stopRedis() {
        connections.destroy();
        redis.stop();
    }

    @Override
    protected RoomStore store() {
        try (var connection = connections.getConnection()) {
            connection.serverCommands().flushAll();
        }
        store = new RedisRoomStore(connections, Duration.ofHours(3));
        return store;
    }

    @Test
    void aRoomsKeysLiveTheIdleTimeoutFromItsLastActivity() throws Exception {
        store.close(); // the suite's store, made with a 3-hour timeout
        store = new RedisRoomStore(connections, Duration.ofMinutes(10));
        Rooms rooms = new Rooms(store, new RoomLimits(3, 2, 10, 3, 6, Duration.ofMinutes(10)), Clock.systemUTC());
        Rooms.Opened opened = rooms.open().orElseThrow();
        RoomCode code = opened.code();
        JoinResult.Joined aiko = (JoinResult.Joined) rooms.join(code.value(), "Aiko", "a");
        JoinResult.Joined ben = (JoinResult.Joined) rooms.join(code.value(), "Ben", "b");
        rooms.leave(code, ben.participantId()); // among those who may come back
        Rooms.Lead lead = rooms.lead(code.value(), opened.key().value()).orElseThrow();
        lead.ask("valley", 3);
        rooms.answer(code, aiko.participantId(), rooms.snapshot(code).orElseThrow().poll().orElseThrow().poll().id(), 1);
        lead.startChallenge(RoomsTest.VALLEY_GOAL);
        rooms.submit(code, aiko.participantId(), 0.1, 0.9);

        try (var connection = connections.getConnection()) {
            for (String key : List.of("momentumlab:room:" + code.value(), "momentumlab:room:" + code.value() + ":people",
                    "momentumlab:room:" + code.value() + ":away", "momentumlab:room:" + code.value() + ":answers",
                    "momentumlab:room:" + code.value() + ":submissions", "momentumlab:room:" + code.value() + ":nicknames")) {
                assertThat(connection.keyCommands().ttl(key.getBytes(StandardCharsets.UTF_8)))
                        .as(key).isBetween(590L, 600L);
            }
        }
    }

    @AfterEach
    void closeStore() throws Exception {
        store.close();
    }
}
