package com.momentumlab.base.error;

import com.momentumlab.base.i18n.TranslationProvider;
import com.momentumlab.base.security.SecurityHeaders;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own answer to a request it refuses before the application sees it (a path it cannot decode such as
 * {@code /%}, a malformed request line, headers too large): our translated page with our security headers, instead of
 * Tomcat's bare report. Tomcat creates this valve by its class name, so it makes its own {@link TranslationProvider}
 * (which needs nothing else).
 */
public class TranslatedErrorReportValve extends ErrorReportValve {

    private final TranslationProvider i18n = new TranslationProvider();

    public TranslatedErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        AtomicBoolean ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (status < 400 || response.getContentWritten() > 0 || !ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String kind = ErrorPages.kind(known == null ? HttpStatus.BAD_REQUEST : known);
        String page = StaticPage.render(i18n, language(request), "error." + kind + ".title", "error." + kind + ".text",
                "error.home", "/", "");
        try {
            SecurityHeaders.apply(response, false);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/html;charset=UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException clientGoneOrCommitted) {
            // Nothing more can be said to this client.
        }
    }

    /** The request's language as for any page; a request Tomcat could not parse may not even have parameters. */
    private static Locale language(Request request) {
        try {
            return StaticPage.language(request);
        } catch (RuntimeException unreadable) {
            return TranslationProvider.ENGLISH;
        }
    }
}
