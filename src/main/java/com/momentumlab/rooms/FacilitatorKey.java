package com.momentumlab.rooms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret in the facilitator's private link: 128 random bits, so nobody can guess it, compared in constant
 * time, so nobody can find it by timing the answers.
 */
public record FacilitatorKey(String value) {

    private static final int BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    static FacilitatorKey random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new FacilitatorKey(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether {@code candidate} (from a link, possibly forged or null) is this key. */
    public boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "FacilitatorKey[…]"; // never in a log
    }
}
