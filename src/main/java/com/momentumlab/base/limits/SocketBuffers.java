package com.momentumlab.base.limits;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Smaller socket buffers: each tab keeps two sockets open (its push WebSocket and the browser's keep-alive
 * connection for the XHRs), and Tomcat gives each an 8-KB read and an 8-KB write buffer. Our messages are small
 * (the XHRs the browser sends are a few hundred bytes); a larger one still goes through, in more socket writes.
 * Measured in docs/PERFORMANCE.md ("Memory per open tab"); {@code PushBuffers} shrinks Atmosphere's receive
 * buffers.
 *
 * <p>The WebSocket's own buffers keep Tomcat's 8 KB ({@link #PUSH_MESSAGE_BYTES}), so that a push is written
 * whole: a larger one goes out in parts, and a socket the browser closes between two parts is left unusable (see
 * {@link ClosingSocketBroadcaster}). A streamed step is about 2 KB; with every optimizer at the fastest speed a push
 * can exceed 8 KB.
 */
@Component
public class SocketBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    public static final int BYTES = 1024;

    /** Tomcat's default: four times a streamed step. */
    public static final int PUSH_MESSAGE_BYTES = 8 * 1024;

    /** Tomcat reads this system property once, when its WebSocket support starts (after this customizer). */
    static final String WEBSOCKET_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        System.getProperties().putIfAbsent(WEBSOCKET_BUFFER_PROPERTY, Integer.toString(PUSH_MESSAGE_BYTES));
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", Integer.toString(BYTES));
            connector.setProperty("socket.appWriteBufSize", Integer.toString(BYTES));
        });
    }
}
