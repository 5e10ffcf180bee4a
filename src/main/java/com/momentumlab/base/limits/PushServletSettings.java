package com.momentumlab.base.limits;

import com.vaadin.flow.spring.SpringServlet;
import org.atmosphere.cpr.ApplicationConfig;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * Settings of Atmosphere (Vaadin's push) that it reads once, from the Vaadin servlet's init parameters, when it
 * starts with the servlet context; that is why they are set on the servlet's registration and not later.
 *
 * <ul>
 *   <li>A bound on the threads that deliver pushes. Left to itself, the pool grew to about 200 threads on 2 cores
 *       with 300 tabs streaming, each with its own buffers (about 1 MB of heap in all, besides their stacks).
 *       Pushes are short writes to a socket, so a few threads keep up; docs/PERFORMANCE.md has the figures.</li>
 *   <li>The broadcaster that writes the pushes: {@link ClosingSocketBroadcaster}, so that a tab closed mid-run is
 *       cleaned up once, quietly.</li>
 *   <li>Pushes handed on by several threads instead of one. Every tab's push goes through the same broadcaster,
 *       which by default hands them to the writers one at a time, in one global order: a study room's 300 pushes
 *       after a facilitator's change then queue behind each other for most of a second. Each socket's writes stay
 *       one at a time (Atmosphere writes under the resource's lock), and Vaadin's client puts a tab's messages
 *       back in order by their sync id, so no tab needs the global order.</li>
 * </ul>
 */
public class PushServletSettings implements BeanPostProcessor {

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
            registration.addInitParameter(ApplicationConfig.BROADCASTER_CLASS, ClosingSocketBroadcaster.class.getName());
            registration.addInitParameter(ApplicationConfig.OUT_OF_ORDER_BROADCAST, "true");
        }
        return bean;
    }
}
