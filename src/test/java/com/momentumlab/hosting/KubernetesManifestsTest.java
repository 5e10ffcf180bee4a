package com.momentumlab.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The manifests in deploy/kubernetes parse, and agree with the application: probe paths and ports, the shutdown
 * timing, the request-size cap, and the selectors that tie Service and PodDisruptionBudget to the pods. (No
 * cluster here: {@code kubectl apply --dry-run=client} needs one; {@code kubectl kustomize deploy/kubernetes}
 * also works offline.)
 */
class KubernetesManifestsTest {

    private static final Path DIR = Path.of("deploy", "kubernetes");
    /** The application's manifests, and Redis's (redis.yaml), each by kind. */
    private static Map<String, Map<String, Object>> byKind;
    private static Map<String, Map<String, Object>> redis;
    private static Properties app;

    @BeforeAll
    static void load() throws IOException {
        byKind = new java.util.HashMap<>();
        redis = new java.util.HashMap<>();
        try (var files = Files.list(DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                for (Object document : new Yaml().loadAll(Files.readString(file))) {
                    Map<String, Object> manifest = map(document);
                    assertThat(manifest).as(file.toString()).containsKeys("apiVersion", "kind");
                    boolean ofRedis = file.getFileName().toString().equals("redis.yaml");
                    (ofRedis ? redis : byKind).put((String) manifest.get("kind"), manifest);
                }
            }
        }
        app = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            app.load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        return (Map<String, Object>) yaml;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object yaml) {
        return (List<Object>) yaml;
    }

    private static Object at(Object root, String... path) {
        Object node = root;
        for (String step : path) {
            node = step.matches("\\d+") ? list(node).get(Integer.parseInt(step)) : map(node).get(step);
            assertThat(node).as(String.join(".", path)).isNotNull();
        }
        return node;
    }

    private static Map<String, Object> container() {
        return map(at(byKind.get("Deployment"), "spec", "template", "spec", "containers", "0"));
    }

    @Test
    void everyKindIsThereAndKustomizeListsEveryFile() throws IOException {
        assertThat(byKind).containsKeys("Deployment", "Service", "Ingress", "PodDisruptionBudget", "NetworkPolicy",
                "Kustomization");
        List<Object> resources = list(at(byKind.get("Kustomization"), "resources"));
        List<String> files = new ArrayList<>();
        try (var listing = Files.list(DIR)) {
            listing.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml"))
                    .forEach(files::add);
        }
        assertThat(resources).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void probesUseTheSessionFreeEndpointsOnTheApplicationsPort() {
        assertThat(app.getProperty("management.endpoint.health.probes.add-additional-paths")).isEqualTo("true");
        assertThat(at(container(), "livenessProbe", "httpGet", "path")).isEqualTo("/livez");
        assertThat(at(container(), "startupProbe", "httpGet", "path")).isEqualTo("/livez");
        assertThat(at(container(), "readinessProbe", "httpGet", "path")).isEqualTo("/readyz");
        List<Object> ports = list(at(container(), "ports"));
        assertThat(ports).anySatisfy(p -> assertThat(map(p)).containsEntry("name", "http").containsEntry("containerPort", 8080));
        assertThat(ports).anySatisfy(p -> assertThat(map(p)).containsEntry("name", "management").containsEntry("containerPort", 8081));
        assertThat(app.getProperty("server.port")).isEqualTo("${PORT:8080}");
        assertThat(app.getProperty("management.server.port")).isEqualTo("${MANAGEMENT_PORT:8081}");
    }

    @Test
    void theManagementPortIsOpenToTheScraperAlone() {
        assertThat(app.getProperty("management.server.address")).isEqualTo("${MANAGEMENT_ADDRESS:127.0.0.1}");
        assertThat(list(at(container(), "env"))).anySatisfy(variable -> assertThat(map(variable))
                .containsEntry("name", "MANAGEMENT_ADDRESS").containsEntry("value", "0.0.0.0"));
        List<Object> rules = list(at(byKind.get("NetworkPolicy"), "spec", "ingress"));
        for (Object rule : rules) {
            List<Object> ports = list(at(rule, "ports"));
            boolean management = ports.stream().anyMatch(p -> "management".equals(map(p).get("port")));
            if (management) {
                assertThat(map(rule)).as("the management port's rule names who may reach it").containsKey("from");
                assertThat(ports).hasSize(1);
            }
        }
        assertThat(rules).anySatisfy(rule -> assertThat(list(at(rule, "ports")))
                .anySatisfy(p -> assertThat(map(p)).containsEntry("port", "management")));
        assertThat(at(byKind.get("NetworkPolicy"), "spec", "podSelector", "matchLabels"))
                .isEqualTo(at(byKind.get("Deployment"), "spec", "selector", "matchLabels"));
    }

    @Test
    void theServiceExposesOnlyThePublicPort() {
        List<Object> ports = list(at(byKind.get("Service"), "spec", "ports"));
        assertThat(ports).hasSize(1);
        assertThat(map(ports.get(0))).containsEntry("targetPort", "http");
    }

    @Test
    void podsHaveTimeToShutDownGracefully() {
        int grace = (Integer) at(byKind.get("Deployment"), "spec", "template", "spec", "terminationGracePeriodSeconds");
        List<Object> preStop = list(at(container(), "lifecycle", "preStop", "exec", "command"));
        int pause = Integer.parseInt((String) preStop.get(1));
        int shutdown = Integer.parseInt(app.getProperty("spring.lifecycle.timeout-per-shutdown-phase").replace("s", ""));
        assertThat(app.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(grace).isGreaterThan(pause + shutdown);
    }

    @Test
    void theIngressKeepsATabOnItsReplicaAndItsWebSocketOpen() {
        Map<String, Object> annotations = map(at(byKind.get("Ingress"), "metadata", "annotations"));
        assertThat(annotations).containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
                .containsKey("nginx.ingress.kubernetes.io/session-cookie-name");
        int heartbeat = Integer.parseInt(app.getProperty("vaadin.heartbeatInterval"));
        for (String timeout : List.of("proxy-read-timeout", "proxy-send-timeout")) {
            int seconds = Integer.parseInt((String) annotations.get("nginx.ingress.kubernetes.io/" + timeout));
            assertThat(seconds).as(timeout).isGreaterThan(3 * heartbeat);
        }
        assertThat(annotations.get("nginx.ingress.kubernetes.io/proxy-body-size").toString().toUpperCase())
                .isEqualTo(app.getProperty("momentumlab.limits.max-request-body").replace("KB", "K"));
    }

    @Test
    void serviceAndDisruptionBudgetSelectTheDeploymentsPods() {
        Map<String, Object> podLabels = map(at(byKind.get("Deployment"), "spec", "template", "metadata", "labels"));
        assertThat(podLabels).containsAllEntriesOf(map(at(byKind.get("Service"), "spec", "selector")));
        assertThat(podLabels).containsAllEntriesOf(
                map(at(byKind.get("PodDisruptionBudget"), "spec", "selector", "matchLabels")));
        assertThat(map(at(byKind.get("Deployment"), "spec", "selector", "matchLabels"))).isEqualTo(
                map(at(byKind.get("PodDisruptionBudget"), "spec", "selector", "matchLabels")));
    }

    @Test
    void replicasShareTheirStudyRoomsThroughTheRedisServiceAlone() {
        assertThat(redis).containsKeys("Deployment", "Service", "NetworkPolicy");
        Map<String, Object> redisPods = map(at(redis.get("Deployment"), "spec", "template", "metadata", "labels"));
        assertThat(redisPods).containsAllEntriesOf(map(at(redis.get("Service"), "spec", "selector")));
        assertThat(map(at(redis.get("NetworkPolicy"), "spec", "podSelector", "matchLabels"))).isEqualTo(redisPods);
        assertThat(at(redis.get("NetworkPolicy"), "spec", "ingress", "0", "from", "0", "podSelector", "matchLabels"))
                .isEqualTo(at(byKind.get("Deployment"), "spec", "selector", "matchLabels"));
        assertThat(redisPods).doesNotContainEntry("app.kubernetes.io/name", "momentum-lab"); // not an app pod

        String service = (String) at(redis.get("Service"), "metadata", "name");
        int port = (Integer) at(redis.get("Service"), "spec", "ports", "0", "port");
        assertThat(list(at(container(), "env"))).anySatisfy(variable -> assertThat(map(variable))
                .containsEntry("name", "MOMENTUMLAB_ROOMS_REDIS_URL")
                .containsEntry("value", "redis://" + service + ":" + port));
        assertThat(app.getProperty("management.health.redis.enabled")).isEqualTo("false");
    }
}
