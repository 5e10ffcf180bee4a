package com.momentumlab.rooms;

/** The shared room store cannot be reached for the moment (Redis restarting): views say so and carry on. */
public final class RoomsUnavailable extends RuntimeException {

    RoomsUnavailable(String message) {
        super(message, null, false, false); // expected and passing: no stack trace to fill the log
    }
}
