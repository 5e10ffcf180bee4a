package com.momentumlab.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.base.limits.ClosingSocketBroadcaster;
import com.momentumlab.base.limits.PushBuffers;
import com.momentumlab.base.limits.PushServletSettings;
import com.momentumlab.base.limits.SocketBuffers;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import org.apache.catalina.connector.Connector;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.util.ExecutorsFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/**
 * Every push socket gets the small receive buffers of {@link PushBuffers} (a new Vaadin version could set up
 * Atmosphere differently; this says so), and every socket the small buffers of {@link SocketBuffers} (the same
 * for a new Tomcat), and push is delivered by the few threads of {@link PushServletSettings}. That push and the page
 * still work with them, the browser tests show.
 */
class PushBuffersIT extends ServerTest {

    @Autowired
    private ServletContext context;

    @Autowired
    private ServletWebServerApplicationContext web;

    @Test
    void newPushSocketsGetSmallReceiveBuffersInAtmosphereAndTomcat() throws Exception {
        assertThat(RawHttp.get(port, "/", "Accept: text/html").status()).isEqualTo(200); // Vaadin is up
        AtmosphereConfig atmosphere = atmosphere();
        String size = Integer.toString(PushBuffers.BYTES);
        assertThat(atmosphere.getInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE)).isEqualTo(size);
        assertThat(atmosphere.getInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE)).isEqualTo(size);
        assertThat(atmosphere.getInitParameter(ApplicationConfig.WEBSOCKET_MAXBINARYSIZE)).isEqualTo(size);
        assertThat(context.getInitParameter("org.apache.tomcat.websocket.textBufferSize")).isEqualTo(size);
        assertThat(context.getInitParameter("org.apache.tomcat.websocket.binaryBufferSize")).isEqualTo(size);
    }

    @Test
    void pushIsDeliveredByABoundedNumberOfThreads() throws Exception {
        assertThat(RawHttp.get(port, "/", "Accept: text/html").status()).isEqualTo(200); // Vaadin is up
        AtmosphereConfig atmosphere = atmosphere();
        // The pools Atmosphere shares between all sockets (made here if no push has happened yet).
        ExecutorService dispatchers = ExecutorsFactory.getMessageDispatcher(atmosphere, "test");
        ExecutorService writers = ExecutorsFactory.getAsyncOperationExecutor(atmosphere, "test");
        for (ExecutorService pool : List.of(dispatchers, writers)) {
            assertThat(pool).isInstanceOfSatisfying(ThreadPoolExecutor.class,
                    threads -> assertThat(threads.getMaximumPoolSize()).isEqualTo(PushServletSettings.THREADS));
        }
    }

    @Test
    void pushesAreWrittenByTheBroadcasterThatLetsAClosingSocketCleanUpOnce() throws Exception {
        assertThat(RawHttp.get(port, "/", "Accept: text/html").status()).isEqualTo(200); // Vaadin is up
        assertThat(atmosphere().framework().getDefaultBroadcasterClassName())
                .isEqualTo(ClosingSocketBroadcaster.class.getName());
    }

    @Test
    void everySocketGetsSmallReadAndWriteBuffersAndEveryPushGoesOutWhole() throws Exception {
        Connector connector = ((TomcatWebServer) web.getWebServer()).getTomcat().getConnector();
        String size = Integer.toString(SocketBuffers.BYTES);
        assertThat(connector.getProperty("socket.appReadBufSize")).hasToString(size);
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString(size);
        // Tomcat read the system property when its WebSocket support started; a later value would change nothing.
        Field buffer = Class.forName("org.apache.tomcat.websocket.Constants").getDeclaredField("DEFAULT_BUFFER_SIZE");
        buffer.setAccessible(true);
        assertThat(buffer.getInt(null)).isEqualTo(SocketBuffers.PUSH_MESSAGE_BYTES);
    }

    /** Atmosphere as Vaadin set it up for its servlet. */
    private AtmosphereConfig atmosphere() {
        String vaadinServlet = context.getServletRegistrations().values().stream()
                .filter(registration -> registration.getClassName().equals(SpringServlet.class.getName()))
                .map(ServletRegistration::getName).findFirst().orElseThrow();
        return ((AtmosphereFramework) context
                .getAttribute(JSR356WebsocketInitializer.getAttributeName(vaadinServlet))).getAtmosphereConfig();
    }
}
