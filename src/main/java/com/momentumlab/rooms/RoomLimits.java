package com.momentumlab.rooms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one replica allows ({@code momentumlab.rooms.*}; the defaults fit one 2-core replica).
 *
 * @param participantsPerRoom learners in one room
 * @param roomsPerReplica     open rooms at once
 * @param joinsPerMinute      join attempts with a code that names no room one client may make per minute, so codes
 *                            cannot be guessed (joins into a real room never count: a class behind one address joins)
 * @param submissionsPerMinute challenge submissions one learner may make per minute
 * @param submissionsPerRoom   challenge submissions one room stores (the board and the map show them all)
 * @param idleTimeout         a room without activity this long closes itself
 */
@ConfigurationProperties("momentumlab.rooms")
public record RoomLimits(int participantsPerRoom, int roomsPerReplica, int joinsPerMinute, int submissionsPerMinute,
                         int submissionsPerRoom, Duration idleTimeout) {

    public static final RoomLimits DEFAULTS = new RoomLimits(300, 50, 10, 10, 2000, Duration.ofHours(3));

    public RoomLimits {
        if (participantsPerRoom < 1 || roomsPerReplica < 1 || joinsPerMinute < 1 || submissionsPerMinute < 1
                || submissionsPerRoom < 1 || !idleTimeout.isPositive()) {
            throw new IllegalArgumentException("room limits must be positive");
        }
    }
}
