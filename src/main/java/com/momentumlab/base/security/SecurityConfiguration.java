package com.momentumlab.base.security;

import com.momentumlab.base.RequestFilters;
import com.momentumlab.base.error.TranslatedErrorReportValve;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the security headers first of all filters, the check of messages to Vaadin and the repair of stray
 * {@code %} in page addresses, and gives Tomcat's own error report our page.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    @Bean
    FilterRegistrationBean<VaadinMessageCheck> vaadinMessageCheck() {
        return RequestFilters.onArrival(new VaadinMessageCheck(), 25);
    }

    /** Vaadin runs handlers added here before its own: this one answers every message to a tab. */
    @Bean
    VaadinServiceInitListener quietUidlHandler() {
        return event -> event.addRequestHandler(new QuietUidlHandler());
    }

    @Bean
    FilterRegistrationBean<StrayPercentRepair> strayPercentRepair() {
        return RequestFilters.onArrival(new StrayPercentRepair(), 30);
    }

    /**
     * A request Tomcat rejects before the application sees it (a path it cannot decode, a malformed request line,
     * headers too large) is answered by the host's error report valve: ours gives the translated page and our headers.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> translatedTomcatErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                host.setErrorReportValveClass(TranslatedErrorReportValve.class.getName());
            }
        });
    }
}
