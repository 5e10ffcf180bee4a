package com.momentumlab.base.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code maxBytes} (HTTP 413) before anyone reads it. Vaadin reads a whole
 * message into memory and Tomcat's form limit does not apply to its JSON, so this is the cap for every body.
 * A body of unknown length (chunked) is refused too (HTTP 411): browsers always send the length.
 */
public class RequestBodyLimit extends OncePerRequestFilter {

    private final long maxBytes;

    public RequestBodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (length > maxBytes) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        } else if (chunked) {
            refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void refuse(HttpServletResponse response, int status) throws IOException {
        // Tomcat drops the connection rather than read a large unread body (server.tomcat.max-swallow-size).
        response.setHeader("Connection", "close");
        response.sendError(status);
    }
}
