package com.momentumlab.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin receives a page's address twice: in the {@code location} and {@code query} parameters of its first
 * request ({@code ?v-r=init}), and in the {@code query} of the navigation event that follows (a UIDL message).
 * Both times it decodes the query with {@link java.net.URLDecoder}, which throws on a stray {@code %} (an
 * address like {@code /?lr=%} or {@code /?lr=%zz}, as a learner may type or paste it): an HTTP 500 and an
 * ERROR in the log instead of the page. This filter escapes every {@code %} that does not start a valid escape
 * ({@code %zz} becomes {@code %25zz}) in exactly those places, so the view sees the text that was typed
 * ({@code %zz}) and treats it like any other bad value.
 */
public class StrayPercentRepair extends OncePerRequestFilter {

    private static final Set<String> ADDRESS_PARAMETERS = Set.of("location", "query");
    private static final Pattern STRAY_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    /**
     * A "query" member of a UIDL message (the navigation events), as a JSON string. Written as an unrolled,
     * possessive loop: an alternation inside a star recurses once per character and overflows the stack on
     * a long address.
     */
    private static final Pattern QUERY_MEMBER =
            Pattern.compile("(\"query\"\\s*:\\s*\")([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"");

    /** {@code text} with every {@code %} that starts no valid escape written as {@code %25}. */
    public static String repair(String text) {
        return text == null ? null : STRAY_PERCENT.matcher(text).replaceAll("%25");
    }

    /** A UIDL message with the {@code query} of its navigation events repaired. */
    public static String repairMessage(String json) {
        if (!json.contains("navigation\"") && !json.contains("ui-navigate")) {
            return json;
        }
        Matcher m = QUERY_MEMBER.matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + repair(m.group(2)) + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null || !(query.contains("v-r=init") || query.contains("v-r=uidl"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getQueryString().contains("v-r=init")) {
            chain.doFilter(new RepairedParameters(request), response);
        } else if ("POST".equals(request.getMethod())) {
            // Bodies are small: RequestBodyLimit has already refused anything large.
            String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            chain.doFilter(new CachedBody(request, repairMessage(body).getBytes(StandardCharsets.UTF_8)), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class RepairedParameters extends HttpServletRequestWrapper {

        RepairedParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String value = super.getParameter(name);
            return ADDRESS_PARAMETERS.contains(name) ? repair(value) : value;
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            if (values == null || !ADDRESS_PARAMETERS.contains(name)) {
                return values;
            }
            String[] repaired = values.clone();
            for (int i = 0; i < repaired.length; i++) {
                repaired[i] = repair(repaired[i]);
            }
            return repaired;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new LinkedHashMap<>(super.getParameterMap());
            ADDRESS_PARAMETERS.forEach(name -> map.computeIfPresent(name, (key, values) -> getParameterValues(key)));
            return map;
        }
    }
}
