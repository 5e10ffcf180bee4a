package com.momentumlab.base.error;

import com.momentumlab.base.i18n.TranslationProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A small self-contained HTML page (no script, no Vaadin, no session) for answers the application gives
 * before or instead of its real page: the error pages and the "busy" page. Text comes from the translation
 * bundles in the request's language, and every text is HTML-escaped.
 */
public final class StaticPage {

    private static final String STYLE = """
            body{margin:0;font-family:system-ui,-apple-system,"Hiragino Sans","Noto Sans JP",sans-serif;\
            color:#1a1a1a;background:#f7f7f5;line-height:1.6}\
            main{max-width:36rem;margin:12vh auto;padding:2rem;background:#fff;border-radius:12px;\
            box-shadow:0 1px 4px rgba(0,0,0,.12)}\
            h1{font-size:1.5rem;margin:0 0 1rem}\
            a{color:#0b57d0;font-weight:600}""";

    private StaticPage() {
    }

    /**
     * The language of a request: {@code ?lang=ja|en} if given, else the first of the browser's languages that
     * we offer, else English.
     */
    public static Locale language(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if (lang != null) {
            var fromUrl = TranslationProvider.fromCode(lang);
            if (fromUrl.isPresent()) {
                return fromUrl.get();
            }
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            if (TranslationProvider.fromCode(locale.getLanguage()).isPresent()) {
                return TranslationProvider.supported(locale);
            }
        }
        return TranslationProvider.ENGLISH;
    }

    /**
     * The page: a heading, one paragraph and a link.
     *
     * @param headHtml extra trusted markup for the head (for example a refresh), or ""
     */
    public static String render(TranslationProvider i18n, Locale locale, String titleKey, String textKey,
                                String linkKey, String linkHref, String headHtml) {
        String title = escape(i18n.getTranslation(titleKey, locale));
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + headHtml
                + "<title>" + title + " – " + escape(i18n.getTranslation("app.title", locale)) + "</title>\n"
                + "<style>" + STYLE + "</style>\n</head>\n<body>\n<main>\n"
                + "<h1 id=\"error-title\">" + title + "</h1>\n"
                + "<p>" + escape(i18n.getTranslation(textKey, locale)) + "</p>\n"
                + "<p><a href=\"" + escape(linkHref) + "\">" + escape(i18n.getTranslation(linkKey, locale))
                + "</a></p>\n</main>\n</body>\n</html>\n";
    }

    /** Answers with a page of {@link #render}'s, not to be cached, and {@code status}. */
    public static void send(HttpServletResponse response, int status, String page) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Answers with the error page of {@code kind} ({@code notFound}, {@code badRequest}, {@code linkTooLong}, …: the
     * {@code error.<kind>.*} texts) in the request's language, and {@code status}.
     */
    public static void sendError(HttpServletRequest request, HttpServletResponse response, TranslationProvider i18n,
                                 int status, String kind) throws IOException {
        send(response, status, render(i18n, language(request), "error." + kind + ".title", "error." + kind + ".text",
                "error.home", request.getContextPath() + "/", ""));
    }

    /** The request's path within the application (without the context path and the query). */
    public static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Paths of the app that are no page: resources, data, probes, the actuator and error answers. */
    private static final List<String> NOT_PAGES = List.of("/VAADIN/", "/contours/", "/actuator", "/livez", "/readyz",
            "/error", "/favicon.ico");

    /** Whether {@code path} is one of {@link #NOT_PAGES}. */
    public static boolean isNotAPage(String path) {
        return NOT_PAGES.stream().anyMatch(path::startsWith);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
