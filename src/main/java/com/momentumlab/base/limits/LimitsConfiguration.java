package com.momentumlab.base.limits;

import com.momentumlab.base.i18n.TranslationProvider;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The request body cap, the link length cap and the open-tab cap, as servlet filters in front of Vaadin and Spring MVC. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Limits.class)
class LimitsConfiguration {

    /** Static: Spring creates post-processors before other beans, and this one needs none of them. */
    @Bean
    static PushServletSettings pushServletSettings() {
        return new PushServletSettings();
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(Limits limits) {
        FilterRegistrationBean<RequestBodyLimit> registration =
                new FilterRegistrationBean<>(new RequestBodyLimit(limits.maxRequestBody().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    FilterRegistrationBean<LinkLengthLimit> linkLengthLimit(TranslationProvider i18n) {
        FilterRegistrationBean<LinkLengthLimit> registration = new FilterRegistrationBean<>(new LinkLengthLimit(i18n));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BusyGate> busyGate(Limits limits, OpenUis openUis, TranslationProvider i18n,
                                              MeterRegistry registry) {
        Counter turnedAway = Counter.builder("momentumlab.busy.turned.away")
                .description("Visitors shown the busy page because max-open-uis was reached")
                .register(registry);
        FilterRegistrationBean<BusyGate> registration =
                new FilterRegistrationBean<>(new BusyGate(openUis, limits, i18n, turnedAway));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
