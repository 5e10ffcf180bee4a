package com.momentumlab.base.security;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;

/**
 * Counts something a stranger can repeat at will (a refused message) and logs it as one short INFO line a minute at
 * most, with the count since start: the log shows that it happens without growing with every request.
 */
final class RateLimitedNote {

    private static final long INTERVAL_MILLIS = 60_000;

    private final Logger log;
    private final String message;
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong lastLogged = new AtomicLong();

    /** @param message an SLF4J message with one placeholder, for the count */
    RateLimitedNote(Logger log, String message) {
        this.log = log;
        this.message = message;
    }

    void note() {
        long total = count.incrementAndGet();
        long now = System.currentTimeMillis();
        long last = lastLogged.get();
        if (now - last >= INTERVAL_MILLIS && lastLogged.compareAndSet(last, now)) {
            log.info(message, total);
        }
    }
}
