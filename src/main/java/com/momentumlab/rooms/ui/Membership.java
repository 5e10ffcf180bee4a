package com.momentumlab.rooms.ui;

import com.momentumlab.rooms.RoomCode;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * This browser's place in a room, never in the address (which a learner may share): in its session, and in a
 * cookie holding the participant id (128 random bits, checked against the room each time), so that a reload, a
 * second tab, or a new session on another replica after this one stopped, comes back as the same participant.
 *
 * @param removed the facilitator removed this learner: a reload in this session must not bring them back in
 */
record Membership(RoomCode code, String participantId, boolean removed) {

    private static final Pattern PARTICIPANT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private static String attribute(RoomCode code) {
        return Membership.class.getName() + "." + code.value();
    }

    /** The cookie's name: one per room, so a learner may be in two rooms. */
    static String cookie(RoomCode code) {
        return "momentumlab-room-" + code.value();
    }

    /** This session's membership, or else the one its cookie claims (still to be checked against the room). */
    static Optional<Membership> in(RoomCode code) {
        Membership saved = (Membership) VaadinSession.getCurrent().getAttribute(attribute(code));
        if (saved != null) {
            return Optional.of(saved);
        }
        Cookie[] cookies = VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getCookies();
        return Arrays.stream(cookies == null ? new Cookie[0] : cookies)
                .filter(c -> c.getName().equals(cookie(code)) && PARTICIPANT_ID.matcher(c.getValue()).matches())
                .findFirst().map(c -> new Membership(code, c.getValue(), false));
    }

    /** Keeps it in this session and, for a later session, in a cookie only our own pages send (never script). */
    void save() {
        VaadinSession.getCurrent().setAttribute(attribute(code), this);
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (request != null && response != null && !removed) {
            Cookie member = new Cookie(cookie(code), participantId);
            member.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            member.setHttpOnly(true);
            member.setSecure(request.isSecure());
            member.setAttribute("SameSite", "Lax");
            response.addCookie(member);
        }
    }

    Membership asRemoved() {
        return new Membership(code, participantId, true);
    }
}
