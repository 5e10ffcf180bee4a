package com.momentumlab.hosting;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application on random ports (public and management), for HTTP-level tests. The same
 * configuration as {@link com.momentumlab.testsupport.BrowserTest}, so both share one running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
abstract class ServerTest {

    @LocalServerPort
    protected int port;

    @LocalManagementPort
    protected int managementPort;
}
