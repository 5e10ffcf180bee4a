package com.momentumlab.base.monitoring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The probes ({@code /livez}, {@code /readyz}) answer their JSON to whoever asks. The actuator offers JSON only, so a
 * browser opening a probe (it asks for {@code text/html}) got 406 Not Acceptable instead of the answer.
 */
public class ProbesAnswerJson extends OncePerRequestFilter {

    static final Set<String> PROBES = Set.of("/livez", "/readyz");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PROBES.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? MediaType.APPLICATION_JSON_VALUE : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
                        ? Collections.enumeration(Set.of(MediaType.APPLICATION_JSON_VALUE)) : super.getHeaders(name);
            }
        }, response);
    }
}
