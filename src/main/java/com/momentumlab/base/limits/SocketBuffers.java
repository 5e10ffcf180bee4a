package com.momentumlab.base.limits;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Smaller buffers for every open socket: each tab keeps two open (its push WebSocket and the browser's
 * keep-alive connection for the XHRs), and Tomcat gives each an 8-KB read and an 8-KB write buffer, plus three
 * 8-KB buffers per WebSocket (frame input, encoder and output). That was about 60 KB of every tab. Our messages are small: a streamed step pushes about 2 KB (two pieces), the XHRs the browser sends
 * are a few hundred bytes, and it sends nothing over the WebSocket. A larger message still goes through, in
 * more pieces (more writes, not an error); halving the buffers from 2 KB saved 7 KB a tab. Measured in
 * docs/PERFORMANCE.md ("Memory per open tab"); {@code PushBuffers} shrinks Atmosphere's receive buffers.
 */
@Component
public class SocketBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    public static final int BYTES = 1024;

    /** Tomcat reads this system property once, when its WebSocket support starts (after this customizer). */
    static final String WEBSOCKET_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        System.getProperties().putIfAbsent(WEBSOCKET_BUFFER_PROPERTY, Integer.toString(BYTES));
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", Integer.toString(BYTES));
            connector.setProperty("socket.appWriteBufSize", Integer.toString(BYTES));
        });
    }
}
