package com.momentumlab.base.limits;

import com.momentumlab.base.error.StaticPage;
import com.momentumlab.base.i18n.TranslationProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page address whose query is longer than any link the lab writes gets a translated "link too long" page (HTTP 414)
 * at once. Without this, the page loaded and then Vaadin's first request, which repeats the address twice and
 * percent-encodes it again, went past the server's header limit: the learner saw "Connection lost", or the servlet
 * container's bare error page.
 */
public class LinkLengthLimit extends OncePerRequestFilter {

    /**
     * Characters of a page's query. A link the lab writes is a few hundred; Vaadin's first request carries it twice,
     * re-encoded (at most three times as long each), and must stay within {@code server.max-http-request-header-size}.
     */
    public static final int MAX_QUERY_LENGTH = 4096;

    private final TranslationProvider i18n;

    public LinkLengthLimit(TranslationProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null || query.length() <= MAX_QUERY_LENGTH || !"GET".equals(request.getMethod())
                || query.startsWith("v-r=") || query.contains("&v-r=");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        StaticPage.sendError(request, response, i18n, HttpServletResponse.SC_REQUEST_URI_TOO_LONG, "linkTooLong");
    }
}
