// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.testing.Paho5Probe;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node's health and metrics over HTTP, as a load balancer, a container runtime and Prometheus read them: a node
 * with an adapter whose gateway is away, and an adapter that publishes.
 */
class HealthAndMetricsTest {

    private static final Duration LONG = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start("node-h", dir, Map.of("outdoor.camel.yaml", PUBLISHER, "gateway.camel.yaml", AWAY));
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void readinessIsUpOnceTheRoutesRunAndShowsAnAdapterWhoseConnectionIsDownInItsDetail() {
        JsonNode ready = await().atMost(LONG)
                .until(() -> healthOf("/health/ready"), json -> json.path("checks").findValues("away-gateway").stream()
                        .anyMatch(detail -> detail.asText().equals("down (no answer from the gateway)")));
        assertThat(ready.path("status").asText()).isEqualTo("UP");
        assertThat(ready.toString()).contains("route-files", "broker", "route:adapter-test-outdoor");
    }

    @Test
    void aStoppedAdapterRouteMakesTheNodeUnreadyWith503AndItComesBackWhenTheRouteRunsAgain() throws Exception {
        await().atMost(LONG).until(() -> node.get("/health/ready").statusCode() == 200);
        node.main.getCamelContext().getRouteController().stopRoute("adapter-test-outdoor");
        try {
            HttpResponse<String> unready = node.get("/health/ready");
            assertThat(unready.statusCode()).isEqualTo(503);
            assertThat(Json.parse(unready.body().getBytes()).path("status").asText())
                    .isEqualTo("DOWN");
            assertThat(unready.body()).contains("adapter-test-outdoor");
            assertThat(node.get("/health/live").statusCode())
                    .as("alive all the same")
                    .isEqualTo(200);
        } finally {
            node.main.getCamelContext().getRouteController().startRoute("adapter-test-outdoor");
        }
        await().atMost(LONG).until(() -> node.get("/health/ready").statusCode() == 200);
    }

    @Test
    void metricsGivePrometheusTheBusTheAdaptersTheBrokerAndTheJvm() {
        String metrics = await().atMost(LONG)
                .until(
                        () -> node.get("/metrics").body(),
                        // The same temperature, again and again: change of value keeps the repeats from the bus.
                        text -> PrometheusText.value(text, "objectbus_values_out_total", "") > 2
                                && PrometheusText.value(text, "objectbus_cov_suppressed_total", "") > 0);
        assertThat(PrometheusText.value(metrics, "objectbus_values_in_total", ""))
                .isGreaterThan(2);
        assertThat(PrometheusText.value(metrics, "objectbus_cov_suppressed_total", ""))
                .as("the same temperature again and again is kept from the bus")
                .isGreaterThan(0);
        assertThat(PrometheusText.value(metrics, "objectbus_adapter_connection_up", "object=\"away-gateway\""))
                .isEqualTo(0);
        assertThat(PrometheusText.value(metrics, "objectbus_broker_connections", ""))
                .isGreaterThanOrEqualTo(0);
        assertThat(PrometheusText.value(metrics, "objectbus_broker_messages", ""))
                .isGreaterThanOrEqualTo(0);
        assertThat(PrometheusText.sum(metrics, "jvm_memory_used_bytes", "area=\"heap\""))
                .as("the heap's pools together (any one may be empty after a collection)")
                .isGreaterThan(0);
        assertThat(metrics).contains("node=\"node-h\"");
    }

    @Test
    void eachAdapterConnectionHasTheTimeItsAdapterLastReportedASample() {
        double now = System.currentTimeMillis() / 1000.0;
        String metrics = await().atMost(LONG)
                .until(
                        () -> node.get("/metrics").body(),
                        text -> text.contains("objectbus_adapter_last_seen_seconds{"));
        assertThat(PrometheusText.value(metrics, "objectbus_adapter_last_seen_seconds", "object=\"outdoor-link\""))
                .as("the outdoor sensor reports every 100 ms")
                .isBetween(now - 60, now + 60);
        assertThat(metrics)
                .as("a gateway whose adapter has reported nothing has no last seen")
                .doesNotContainPattern("objectbus_adapter_last_seen_seconds\\{[^}]*away-gateway");
    }

    @Test
    void everyRefusalOfTheBrokerIsCountedByKindInTheMetrics() throws Exception {
        assertThat(PrometheusText.value(
                        node.get("/metrics").body(), "objectbus_broker_refusals_total", "kind=\"write\""))
                .as("each kind is exported before its first refusal")
                .isZero();
        String tooDeep = "devices/" + "x/".repeat(40) + "t";
        try (Paho5Probe client = new Paho5Probe("tcp://127.0.0.1:" + node.mqttPort, "too-deep")) {
            client.publish(tooDeep, "1", 1, false);
        }
        await().atMost(LONG)
                .until(() -> PrometheusText.value(
                                node.get("/metrics").body(), "objectbus_broker_refusals_total", "kind=\"limit\"")
                        >= 1);
    }

    private static JsonNode healthOf(String path) throws Exception {
        return Json.parse(node.get(path).body().getBytes());
    }

    private static final String PUBLISHER =
            """
            - route:
                id: adapter-test-outdoor
                from:
                  uri: timer:outdoor?period=100
                  steps:
                    - setBody:
                        constant: up
                    - to: objectbus:connection?object=outdoor-link&protocol=test
                    - setBody:
                        constant: '{"id":"outdoor","type":"weather","resources":{"temperature":{"type":"number","unit":"Cel"}}}'
                    - to: objectbus:describe
                    - setBody:
                        constant: '{"temperature": 7.5}'
                    - to: objectbus:publish?object=outdoor
            """;

    private static final String AWAY =
            """
            - route:
                id: adapter-test-gateway
                from:
                  uri: timer:gateway?repeatCount=1
                  steps:
                    - setHeader:
                        name: ObjectBusReason
                        constant: no answer from the gateway
                    - setBody:
                        constant: down
                    - to: objectbus:connection?object=away-gateway&protocol=test
            """;
}
