package com.momentumlab.rooms;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** This server's study rooms, in memory, and the minute-by-minute sweep that closes idle ones. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoomLimits.class)
@EnableScheduling
class RoomsConfiguration {

    @Bean
    Rooms rooms(RoomLimits limits) {
        return new Rooms(limits, Clock.systemUTC());
    }

    @Bean
    IdleRoomSweep idleRoomSweep(Rooms rooms) {
        return new IdleRoomSweep(rooms);
    }

    record IdleRoomSweep(Rooms rooms) {
        @Scheduled(fixedDelayString = "PT1M")
        void closeIdleRooms() {
            rooms.closeIdleRooms();
        }
    }
}
