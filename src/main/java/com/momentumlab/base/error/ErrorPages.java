package com.momentumlab.base.error;

import com.momentumlab.base.i18n.TranslationProvider;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Spring Boot's error page (the "Whitelabel" page with its details): a short translated page for
 * browsers, a small JSON object for everything else and for every data path (a failed contour request answers
 * JSON even when a browser opens it). Neither ever contains an exception, a message or a stack trace.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    private final TranslationProvider i18n;

    ErrorPages(TranslationProvider i18n) {
        this.i18n = i18n;
    }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(HttpServletRequest request) {
        HttpStatus status = status(request);
        if (isDataPath(request)) {
            return json(request);
        }
        Locale locale = StaticPage.language(request);
        String kind = kind(status);
        String html = StaticPage.render(i18n, locale, "error." + kind + ".title", "error." + kind + ".text",
                "error.home", request.getContextPath() + "/", "");
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).body(html);
    }

    @RequestMapping
    ResponseEntity<String> json(HttpServletRequest request) {
        // Built by hand: both values are fixed words of HttpStatus, nothing from the request.
        HttpStatus status = status(request);
        String json = "{\"status\":" + status.value() + ",\"error\":\"" + status.getReasonPhrase() + "\"}";
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore()).body(json);
    }

    /** Which text to show: every 4xx but 404 is a request we could not read; every 5xx is our fault. */
    static String kind(HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND) {
            return "notFound";
        }
        return status.is4xxClientError() ? "badRequest" : "server";
    }

    /**
     * The status of the error being shown. A request for the error path itself (no error behind it, as a stranger
     * may send) is a page that does not exist: 404, not a server error.
     */
    private static HttpStatus status(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            return HttpStatus.NOT_FOUND;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static boolean isDataPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String s ? s.substring(Math.min(s.length(), request.getContextPath().length())) : "";
        return path.startsWith("/contours/") || path.startsWith("/actuator/");
    }
}
