package com.momentumlab.base.error;

import com.momentumlab.base.i18n.TranslationProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An address that is no page of the app gets a translated "page not found" page with HTTP 404, before Vaadin:
 * Vaadin would answer 200, create a session and a tab, and only then show its not-found view.
 */
public class UnknownPageNotFound extends OncePerRequestFilter {

    private final TranslationProvider i18n;
    /** Where the app's pages are; everything else a browser asks for is not found. */
    private final Set<String> pages;

    /** Paths that are not pages: the framework's and the app's resources, data, probes and error answers. */
    private static final List<String> NOT_PAGES = List.of("/VAADIN/", "/contours/", "/actuator", "/livez", "/readyz",
            "/error", "/favicon.ico");

    public UnknownPageNotFound(TranslationProvider i18n, Set<String> pages) {
        this.i18n = i18n;
        this.pages = Set.copyOf(pages);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || request.getParameter("v-r") != null || pages.contains(path)
                || NOT_PAGES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        String page = StaticPage.render(i18n, StaticPage.language(request), "error.notFound.title",
                "error.notFound.text", "error.home", request.getContextPath() + "/", "");
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }
}
