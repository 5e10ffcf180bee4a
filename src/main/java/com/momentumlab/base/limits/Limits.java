package com.momentumlab.base.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The capacity caps ({@code momentumlab.limits.*}); the figures they come from are in docs/PERFORMANCE.md,
 * section "Capacity".
 *
 * @param maxOpenUis     open tabs beyond which a new visitor gets the "busy" page
 * @param maxStreams     runs drawn at once beyond which Run answers "busy, try again" (read by the stream scheduler)
 * @param maxRequestBody the largest request body accepted
 * @param maxTabsWithoutPagePerClient tabs one client (address) may hold whose page never opened its push connection
 *                       (tabs asked for by plain HTTP requests); a real page's tab counts only for the moment
 *                       between its creation and its push connection
 */
@ConfigurationProperties("momentumlab.limits")
public record Limits(int maxOpenUis, int maxStreams, DataSize maxRequestBody, int maxTabsWithoutPagePerClient) {

    public Limits {
        if (maxOpenUis < 1 || maxStreams < 1 || maxRequestBody == null || maxRequestBody.toBytes() < 1
                || maxTabsWithoutPagePerClient < 1) {
            throw new IllegalArgumentException("momentumlab.limits.* must all be positive");
        }
    }
}
