package com.momentumlab.base;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;

/** Registers the app's servlet filters, which run in front of Vaadin and Spring MVC in a fixed order. */
public final class RequestFilters {

    private RequestFilters() {
    }

    /**
     * {@code filter} on every request as it arrives (not on error pages, includes or async dispatches), as the
     * {@code place}-th after the first filter of all (the security headers, place 0).
     */
    public static <F extends Filter> FilterRegistrationBean<F> onArrival(F filter, int place) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + place);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
