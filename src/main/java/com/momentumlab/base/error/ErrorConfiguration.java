package com.momentumlab.base.error;

import com.momentumlab.base.RequestFilters;
import com.momentumlab.base.i18n.TranslationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ErrorConfiguration {

    @Bean
    FilterRegistrationBean<UnknownPageNotFound> unknownPageNotFound(TranslationProvider i18n) {
        return RequestFilters.onArrival(new UnknownPageNotFound(i18n), 12);
    }

    @Bean
    FilterRegistrationBean<PageMethods> pageMethods(TranslationProvider i18n) {
        return RequestFilters.onArrival(new PageMethods(i18n), 11);
    }
}
