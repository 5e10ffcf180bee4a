package com.momentumlab.base.error;

import com.momentumlab.base.i18n.TranslationProvider;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class ErrorConfiguration {

    @Bean
    FilterRegistrationBean<UnknownPageNotFound> unknownPageNotFound(TranslationProvider i18n) {
        FilterRegistrationBean<UnknownPageNotFound> registration =
                new FilterRegistrationBean<>(new UnknownPageNotFound(i18n));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PageMethods> pageMethods(TranslationProvider i18n) {
        FilterRegistrationBean<PageMethods> registration = new FilterRegistrationBean<>(new PageMethods(i18n));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
