package com.momentumlab.rooms;

import io.lettuce.core.ClientOptions;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.StringUtils;

/**
 * The study rooms, in memory on one machine, or in Redis when one is configured ({@code MOMENTUMLAB_ROOMS_REDIS_URL},
 * or Spring's own {@code spring.data.redis.url} / {@code .host}); and the minute-by-minute sweep that closes idle ones.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoomLimits.class)
@EnableScheduling
class RoomsConfiguration {

    /** Properties that, when set, point the rooms at Redis ({@link RoomsRedisUrl} sets the first from ours). */
    static final List<String> REDIS_PROPERTIES = List.of("spring.data.redis.url", "spring.data.redis.host");

    static final class RedisConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return REDIS_PROPERTIES.stream().anyMatch(name -> StringUtils.hasText(context.getEnvironment().getProperty(name)));
        }
    }

    static final class NoRedis implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new RedisConfigured().matches(context, metadata);
        }
    }

    @Bean
    @Conditional(NoRedis.class)
    MemoryRoomStore memoryRoomStore() {
        return new MemoryRoomStore();
    }

    @Bean
    @Conditional(RedisConfigured.class)
    RedisRoomStore redisRoomStore(RedisConnectionFactory connections, RoomLimits limits) {
        return new RedisRoomStore(connections, limits.idleTimeout());
    }

    /** While Redis is away, a command fails at once (the page says so) instead of waiting for it to return. */
    @Bean
    @Conditional(RedisConfigured.class)
    LettuceClientOptionsBuilderCustomizer failFastWhileRedisIsAway() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    @Bean
    Rooms rooms(RoomStore store, RoomLimits limits) {
        return new Rooms(store, limits, Clock.systemUTC());
    }

    @Bean
    IdleRoomSweep idleRoomSweep(Rooms rooms) {
        return new IdleRoomSweep(rooms);
    }

    record IdleRoomSweep(Rooms rooms) {
        @Scheduled(fixedDelayString = "PT1M")
        void closeIdleRooms() {
            try {
                rooms.closeIdleRooms();
            } catch (RoomsUnavailable away) {
                // Redis is restarting: the next sweep catches up (and its keys expire on their own).
            }
        }
    }
}
