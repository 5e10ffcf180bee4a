package com.momentumlab.base.limits;

import com.vaadin.flow.spring.SpringServlet;
import org.atmosphere.cpr.ApplicationConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * A bound on the threads Atmosphere (Vaadin's push) uses to deliver pushes. Left to itself, its pool grew to
 * about 200 threads on 2 cores with 300 tabs streaming, each with its own buffers (about 1 MB of heap in all,
 * besides their stacks). Pushes are short writes to a socket, so a few threads keep up; docs/PERFORMANCE.md
 * has the figures.
 *
 * <p>Atmosphere reads these settings once, from the Vaadin servlet's init parameters, when it starts with the
 * servlet context; that is why they are set on the servlet's registration and not later.
 */
public class PushThreads implements BeanPostProcessor {

    /**
     * Threads that hand each push to its socket, and threads that write it. A write waits while the socket's
     * previous one is unsent, so a learner on a stalled connection holds a writer for a while; 32 leaves room
     * for many of those (each thread costs a few KB of heap).
     */
    public static final int THREADS = 32;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof ServletRegistrationBean<?> registration
                && registration.getServlet() instanceof SpringServlet) {
            String threads = Integer.toString(THREADS);
            registration.addInitParameter(ApplicationConfig.BROADCASTER_MESSAGE_PROCESSING_THREADPOOL_MAXSIZE, threads);
            registration.addInitParameter(ApplicationConfig.BROADCASTER_ASYNC_WRITE_THREADPOOL_MAXSIZE, threads);
        }
        return bean;
    }
}
