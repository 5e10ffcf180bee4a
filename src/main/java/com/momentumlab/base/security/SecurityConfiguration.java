package com.momentumlab.base.security;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the security headers first of all filters, the check of messages to Vaadin and the repair of stray
 * {@code %} in page addresses, and silences Tomcat's own error report.
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
        FilterRegistrationBean<VaadinMessageCheck> registration = new FilterRegistrationBean<>(new VaadinMessageCheck());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    FilterRegistrationBean<StrayPercentRepair> strayPercentRepair() {
        FilterRegistrationBean<StrayPercentRepair> registration = new FilterRegistrationBean<>(new StrayPercentRepair());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /**
     * A request Tomcat rejects before the application sees it (malformed request line, headers too large) is
     * answered by Tomcat's error report valve: without this it names the server and its version.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> quietTomcatErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                host.setErrorReportValveClass(QuietErrorReportValve.class.getName());
            }
        });
    }

    /** Tomcat's error report without the report and without the server's name and version. */
    public static class QuietErrorReportValve extends ErrorReportValve {
        public QuietErrorReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }
    }
}
