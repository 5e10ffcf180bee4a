package com.momentumlab.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** What the kernel says each port listens on (Linux): loopback for the management port, every address for the page. */
    @Test
    void theManagementPortListensOnLoopbackOnlyAndThePublicPortOnEveryAddress() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "a Linux kernel that lists its sockets");
        assertThat(listeningOn(managementPort)).isNotEmpty().containsOnly("loopback");
        assertThat(listeningOn(port)).contains("any address");
    }

    /** 127.0.0.1, ::1 and ::ffff:127.0.0.1 as the kernel writes them. */
    private static final List<String> LOOPBACK = List.of("0100007F", "00000000000000000000000001000000",
            "0000000000000000FFFF00000100007F");

    /** Where a port listens, from the kernel's IPv4 and IPv6 socket tables: "loopback", "any address" or the hex. */
    private static List<String> listeningOn(int port) throws IOException {
        String hexPort = String.format(":%04X", port);
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            if (!Files.isReadable(Path.of(table))) {
                continue;
            }
            for (String line : Files.readAllLines(Path.of(table))) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length > 3 && fields[1].endsWith(hexPort) && fields[3].equals("0A")) { // 0A: LISTEN
                    String address = fields[1].substring(0, fields[1].indexOf(':'));
                    addresses.add(address.matches("0+") ? "any address"
                            : LOOPBACK.contains(address) ? "loopback" : address);
                }
            }
        }
        return addresses;
    }

    @Test
    void aBrowserOpeningAProbeGetsItsAnswer() throws Exception {
        for (String path : new String[] {"/livez", "/readyz"}) {
            RawHttp.Response response = RawHttp.get(port, path, "Accept: text/html,application/xhtml+xml,*/*;q=0.8");
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
        }
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
