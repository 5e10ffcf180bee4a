package com.momentumlab.rooms.ui;

import com.momentumlab.rooms.Nickname;
import com.momentumlab.rooms.RoomCode;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/**
 * This browser's place in a room, kept in its session (never in the address, which a learner may share): a
 * reload or a second tab of the same learner stays in the room under the same nickname.
 *
 * @param removed the facilitator removed this learner: a reload must not bring them back in
 */
record Membership(RoomCode code, String participantId, Nickname nickname, boolean removed) {

    private static String attribute(RoomCode code) {
        return Membership.class.getName() + "." + code.value();
    }

    static Optional<Membership> in(RoomCode code) {
        return Optional.ofNullable((Membership) VaadinSession.getCurrent().getAttribute(attribute(code)));
    }

    void save() {
        VaadinSession.getCurrent().setAttribute(attribute(code), this);
    }

    Membership asRemoved() {
        return new Membership(code, participantId, nickname, true);
    }

    Membership withParticipant(String id) {
        return new Membership(code, id, nickname, removed);
    }
}
