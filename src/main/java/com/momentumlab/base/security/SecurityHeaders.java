package com.momentumlab.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response, set before anything is written (so error pages get them too).
 *
 * <p>Pages get a Content-Security-Policy that Vaadin Flow 24 works with: Vaadin starts its client engine with
 * an inline script and runs the server's {@code executeJs} expressions as constructed functions, so
 * {@code script-src} needs {@code 'unsafe-inline' 'unsafe-eval'}; Vaadin components and KaTeX set inline styles,
 * so {@code style-src} needs {@code 'unsafe-inline'}. Everything else is locked to our own origin, and nothing may
 * frame the page. Data responses (contour JSON, health) get a policy that allows nothing at all.
 */
public class SecurityHeaders extends OncePerRequestFilter {

    /** For HTML pages. {@code 'self'} also covers the same-origin WebSocket of Vaadin's push. */
    public static final String PAGE_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** A function's contour JSON; anything else under /contours/ is an unknown page (Vaadin's "not found"). */
    private static final Pattern CONTOUR_DATA = Pattern.compile("/contours/[^/]+");

    /** For JSON and other data: it is never a document, so it may load and run nothing. */
    public static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        apply(response, isData(request));
        chain.doFilter(request, response);
    }

    /** Sets the headers on {@code response}: the data policy if it answers data, else the page policy. */
    public static void apply(HttpServletResponse response, boolean data) {
        response.setHeader("Content-Security-Policy", data ? DATA_POLICY : PAGE_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    }

    /** The error page is a second dispatch of the same response: it must carry the headers too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** Paths that answer data, not a page (for an error dispatch: the path that failed). */
    static boolean isData(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String failedUri ? failedUri : request.getRequestURI();
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return CONTOUR_DATA.matcher(path).matches() || path.startsWith("/actuator/") || path.equals("/livez")
                || path.equals("/readyz");
    }
}
