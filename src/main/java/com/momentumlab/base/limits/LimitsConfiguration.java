package com.momentumlab.base.limits;

import com.momentumlab.base.RequestFilters;
import com.momentumlab.base.i18n.TranslationProvider;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
        return RequestFilters.onArrival(new RequestBodyLimit(limits.maxRequestBody().toBytes()), 10);
    }

    @Bean
    FilterRegistrationBean<LinkLengthLimit> linkLengthLimit(TranslationProvider i18n) {
        return RequestFilters.onArrival(new LinkLengthLimit(i18n), 15);
    }

    @Bean
    FilterRegistrationBean<BusyGate> busyGate(Limits limits, OpenUis openUis, TranslationProvider i18n,
                                              MeterRegistry registry) {
        Counter turnedAway = Counter.builder("momentumlab.busy.turned.away")
                .description("Visitors shown the busy page: max-open-uis reached, or their client holds its tabs without a page")
                .register(registry);
        return RequestFilters.onArrival(new BusyGate(openUis, limits, i18n, turnedAway), 20);
    }
}
