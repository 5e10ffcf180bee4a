package com.momentumlab.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Kubernetes asks "alive?" and "ready?" every few seconds, for every replica: the answers must cost no
 * session. Metrics are for the operator, on the management port only.
 */
class ProbesAndMetricsIT extends ServerTest {

    @Autowired
    private MeterRegistry registry;

    private double sessions() {
        return registry.get("tomcat.sessions.active.current").gauge().value();
    }

    @Test
    void livenessAndReadinessOnThePublicPortSetNoCookieAndCreateNoSession() throws Exception {
        double before = sessions();
        for (int i = 0; i < 25; i++) {
            for (String path : new String[] {"/livez", "/readyz"}) {
                RawHttp.Response response = RawHttp.get(port, path, "Accept: */*");
                assertThat(response.status()).as(path).isEqualTo(200);
                assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
                assertThat(response.header("Set-Cookie")).as(path).isEmpty();
            }
        }
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void theManagementPortAnswersHealthWithoutASession() throws Exception {
        double before = sessions();
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            RawHttp.Response response = RawHttp.get(managementPort, path, "Accept: application/json");
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
            assertThat(response.header("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void theLabsGaugesAreReadableOnTheManagementPort() throws Exception {
        for (String name : new String[] {"momentumlab.ui.open", "momentumlab.streams.active",
                "momentumlab.streams.overdue", "tomcat.sessions.active.current"}) {
            RawHttp.Response response = RawHttp.get(managementPort, "/actuator/metrics/" + name, "Accept: application/json");
            assertThat(response.status()).as(name).isEqualTo(200);
            assertThat(response.body()).as(name).contains("\"name\":\"" + name + "\"").contains("\"statistic\":\"VALUE\"");
        }
    }

    @Test
    void thePublicPortDoesNotServeMetrics() throws Exception {
        for (String path : new String[] {"/actuator/metrics", "/actuator/metrics/momentumlab.ui.open", "/actuator/env",
                "/actuator"}) {
            RawHttp.Response response = RawHttp.get(port, path, "Accept: application/json");
            assertThat(response.body()).as(path).doesNotContain("momentumlab.").doesNotContain("\"names\"")
                    .doesNotContain("_links");
            assertThat(response.status()).as(path).isEqualTo(404);
        }
    }
}
