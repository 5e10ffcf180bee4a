package com.momentumlab.base.error;

import com.momentumlab.base.i18n.TranslationProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Pages, Vaadin's requests and static files are read with GET and HEAD, and Vaadin's messages sent with POST; any other
 * method (PUT, DELETE, PATCH, OPTIONS, anything made up) gets HTTP 405 and our translated page. Without this Vaadin
 * answered {@code PUT /} with the page itself (and a new session). The data endpoints are Spring MVC's, which answers
 * them with its own 405.
 */
public class PageMethods extends OncePerRequestFilter {

    private static final Set<String> ALLOWED = Set.of("GET", "HEAD", "POST");
    private static final List<String> SPRING_ENDPOINTS = List.of("/contours/", "/actuator", "/livez", "/readyz");

    private final TranslationProvider i18n;

    public PageMethods(TranslationProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = StaticPage.path(request);
        return ALLOWED.contains(request.getMethod()) || SPRING_ENDPOINTS.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Allow", String.join(", ", "GET", "HEAD", "POST"));
        StaticPage.sendError(request, response, i18n, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "badRequest");
    }
}
