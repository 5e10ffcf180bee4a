package com.momentumlab.base.monitoring;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class MonitoringConfiguration {

    @Bean
    FilterRegistrationBean<ProbesAnswerJson> probesAnswerJson() {
        FilterRegistrationBean<ProbesAnswerJson> registration = new FilterRegistrationBean<>(new ProbesAnswerJson());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns(ProbesAnswerJson.PROBES.toArray(String[]::new));
        return registration;
    }
}
