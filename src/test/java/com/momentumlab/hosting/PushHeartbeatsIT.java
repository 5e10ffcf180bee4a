package com.momentumlab.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.momentumlab.testsupport.BrowserTest;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.atmosphere.cpr.AtmosphereConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.util.ExecutorsFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A streamed run leaves no cancelled heartbeat timers behind in Atmosphere's scheduler ({@link
 * com.momentumlab.base.limits.PushHeartbeats}): without it, each of the run's pushes left one for 60 s.
 */
class PushHeartbeatsIT extends BrowserTest {

    @Autowired
    private ServletContext servletContext;

    @Test
    void aStreamedRunLeavesNoCancelledHeartbeatsQueued() {
        open(page, "");
        PlaywrightAssertions.assertThat(page.locator("#status")).hasText("Done: 30 steps.");

        ScheduledThreadPoolExecutor scheduler = atmosphereScheduler();
        List<Runnable> queued = List.copyOf(scheduler.getQueue());
        assertThat(queued).as("the open tab's heartbeat is queued here").isNotEmpty();
        assertThat(queued).filteredOn(task -> ((Future<?>) task).isCancelled()).isEmpty();
    }

    private ScheduledThreadPoolExecutor atmosphereScheduler() {
        String vaadinServlet = servletContext.getServletRegistrations().values().stream()
                .filter(registration -> registration.getClassName().equals(SpringServlet.class.getName()))
                .map(ServletRegistration::getName).findFirst().orElseThrow();
        AtmosphereConfig atmosphere = ((AtmosphereFramework) servletContext
                .getAttribute(JSR356WebsocketInitializer.getAttributeName(vaadinServlet))).getAtmosphereConfig();
        // Shared: the same scheduler every time it is asked for, so it is the one the heartbeats use.
        assertThat(ExecutorsFactory.getScheduler(atmosphere)).isSameAs(ExecutorsFactory.getScheduler(atmosphere));
        return (ScheduledThreadPoolExecutor) ExecutorsFactory.getScheduler(atmosphere);
    }
}
