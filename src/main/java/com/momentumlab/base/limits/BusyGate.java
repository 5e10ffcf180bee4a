package com.momentumlab.base.limits;

import com.momentumlab.base.error.StaticPage;
import com.momentumlab.base.i18n.TranslationProvider;
import io.micrometer.core.instrument.Counter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the server already has {@code maxOpenUis} open tabs, a browser opening a page gets a small translated
 * "busy, try again in a moment" page (HTTP 503, {@code Retry-After}) that retries by itself, instead of a new
 * tab that would slow every learner down. The check happens before Vaadin: a turned-away visitor costs no
 * session and no UI, and neither does a client that asks Vaadin for a UI directly. Tabs already open, and
 * everything they request, are never turned away.
 *
 * <p>A client that asks Vaadin for tabs directly and never opens their pages (no push connection) holds server state no
 * learner sees: beyond {@code maxTabsWithoutPagePerClient} such tabs, its next request for a tab is turned away the
 * same way.
 */
public class BusyGate extends OncePerRequestFilter {

    /** Seconds after which the busy page reloads itself (also sent as Retry-After). */
    static final int RETRY_SECONDS = 20;

    private final OpenUis openUis;
    private final int maxOpenUis;
    private final int maxTabsWithoutPagePerClient;
    private final TranslationProvider i18n;
    private final Counter turnedAway;

    public BusyGate(OpenUis openUis, Limits limits, TranslationProvider i18n, Counter turnedAway) {
        this.openUis = openUis;
        this.maxOpenUis = limits.maxOpenUis();
        this.maxTabsWithoutPagePerClient = limits.maxTabsWithoutPagePerClient();
        this.i18n = i18n;
        this.turnedAway = turnedAway;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean createsATab = createsATab(request);
        if ((opensAPage(request) || createsATab) && openUis.count() >= maxOpenUis
                || createsATab && openUis.withoutPage(request.getRemoteAddr()) >= maxTabsWithoutPagePerClient) {
            turnedAway.increment();
            response.setHeader("Retry-After", Integer.toString(RETRY_SECONDS));
            StaticPage.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, StaticPage.render(i18n,
                    StaticPage.language(request), "busy.title", "busy.text", "busy.retry", requestedAddress(request),
                    "<meta http-equiv=\"refresh\" content=\"" + RETRY_SECONDS + "\">\n"));
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A browser navigating to a page (which would create a new tab's UI), as opposed to a running tab's
     * requests (they carry Vaadin's {@code v-r}), static files and data.
     */
    static boolean opensAPage(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getParameter("v-r") != null) {
            return false;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || !accept.contains("text/html")) {
            return false;
        }
        String path = StaticPage.path(request);
        return !StaticPage.isNotAPage(path);
    }

    /**
     * Vaadin's request that creates a tab's UI ({@code v-r=init}), which the page sends once it has loaded; a
     * client can also send it without the page. Either way it makes a tab, so it counts against the cap.
     */
    static boolean createsATab(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && "init".equals(request.getParameter("v-r"));
    }

    /** The same address again (path and query), for the "try again" link. */
    private static String requestedAddress(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
