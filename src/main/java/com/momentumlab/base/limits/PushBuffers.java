package com.momentumlab.base.limits;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletConfig;
import org.atmosphere.cpr.ApplicationConfig;
import java.util.Optional;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Small receive buffers for each tab's push WebSocket (at Vaadin's sizes they were once the largest share of a
 * tab's memory).
 *
 * <p>Vaadin sizes them at 16 KB for messages the browser sends over the socket (in Atmosphere, and again in
 * Tomcat, which reallocates its own to the same size). With {@code @Push}'s transport, WEBSOCKET_XHR, the
 * browser sends everything by XHR; the socket only carries the server's pushes, which are written without
 * these buffers. Atmosphere reads the sizes when a socket opens, so changing them here, after Vaadin set up
 * Atmosphere, applies to every tab. Tomcat's first allocation, before Atmosphere's, is set by
 * {@code server.servlet.context-parameters.org.apache.tomcat.websocket.*BufferSize} in application.properties.
 * Measured in docs/PERFORMANCE.md ("Memory per open tab").
 */
@Component
public class PushBuffers implements VaadinServiceInitListener {

    /**
     * Far above what the browser sends over the socket with WEBSOCKET_XHR: in a recorded session (page, a run,
     * a language switch, a field change, then 70 s idle) it sent no frame at all; a keep-alive is a few bytes.
     * A larger message would close the socket, and the browser would open a new one.
     */
    public static final int BYTES = 512;

    private static final Logger LOG = LoggerFactory.getLogger(PushBuffers.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        atmosphere(event).ifPresentOrElse(framework -> {
            String size = Integer.toString(BYTES);
            framework.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, size);
            framework.addInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE, size);
            framework.addInitParameter(ApplicationConfig.WEBSOCKET_MAXBINARYSIZE, size);
        }, () -> LOG.info("Push left as Vaadin set it up: no Atmosphere (no servlet container)"));
    }

    /** Atmosphere as Vaadin set it up for its servlet; none without a servlet container (browserless tests). */
    static Optional<AtmosphereFramework> atmosphere(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service)) {
            return Optional.empty();
        }
        ServletConfig servlet = service.getServlet().getServletConfig();
        Object atmosphere = servlet.getServletContext()
                .getAttribute(JSR356WebsocketInitializer.getAttributeName(servlet.getServletName()));
        return atmosphere instanceof AtmosphereFramework framework ? Optional.of(framework) : Optional.empty();
    }
}
