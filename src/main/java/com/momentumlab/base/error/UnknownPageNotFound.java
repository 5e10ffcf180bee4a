package com.momentumlab.base.error;

import com.momentumlab.base.i18n.TranslationProvider;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An address that is no page of the app (no Vaadin route) gets a translated "page not found" page with HTTP 404,
 * before Vaadin: Vaadin would answer 200, create a session and a tab, and only then show its not-found view.
 */
public class UnknownPageNotFound extends OncePerRequestFilter {

    private final TranslationProvider i18n;

    public UnknownPageNotFound(TranslationProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = StaticPage.path(request);
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || request.getParameter("v-r") != null || StaticPage.isNotAPage(path)
                || isRoute(request, path);
    }

    /** Whether Vaadin has a view at {@code path} (the start page's is the empty route). */
    private static boolean isRoute(HttpServletRequest request, String path) {
        String route;
        try {
            route = URLDecoder.decode(path.startsWith("/") ? path.substring(1) : path, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        if (!route.equals(route.strip()) || route.chars().anyMatch(Character::isISOControl)) {
            return false; // Vaadin's registry trims a route: "/%0a" would be the start page
        }
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()))
                .getNavigationTarget(route).isPresent();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        StaticPage.sendError(request, response, i18n, HttpServletResponse.SC_NOT_FOUND, "notFound");
    }
}
