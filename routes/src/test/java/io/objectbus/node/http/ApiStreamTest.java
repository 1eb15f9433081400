// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/stream} read by a real HTTP client against a real node: filters, live changes, limits. */
class ApiStreamTest {

    private static final Duration LONG = Duration.ofSeconds(60);
    private static final int MAX_STREAMS = 3;

    @TempDir
    static Path dir;

    static TestNode node;
    static ApiStream streams;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start(
                "node-s",
                dir,
                Map.of("rooms.camel.yaml", ROOMS, "gone.camel.yaml", GONE),
                Map.of(
                        "objectbus.http.max-streams",
                        String.valueOf(MAX_STREAMS),
                        "objectbus.http.stream-buffer",
                        "500"));
        streams = node.main.getCamelContext().hasService(ApiStream.class);
        await().atMost(LONG)
                .until(() ->
                        RestApiTest.json(node.get("/api/objects?type=room")).size() == 2);
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aStreamGivesTheSelectedObjectsThenTheirValuesAsTheyChange() throws Exception {
        try (SseClient stream = SseClient.open(node.url() + "/api/stream?type=room")) {
            assertThat(stream.response.statusCode()).isEqualTo(200);
            assertThat(stream.response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            await().atMost(LONG).until(() -> !stream.named("ready").isEmpty());
            assertThat(stream.named("object").stream()
                            .map(e -> e.data().at("/descriptor/id").asText()))
                    .containsExactlyInAnyOrder("room-a", "room-b");
            assertThat(stream.named("ready").get(0).data().path("objects").asInt())
                    .isEqualTo(2);
            double first = lastTemperature(stream).path("v").asDouble();
            await().atMost(LONG).until(() -> lastTemperature(stream).path("v").asDouble() != first);
            JsonNode value = lastTemperature(stream);
            assertThat(value.path("node").asText()).isEqualTo("node-s");
            assertThat(value.path("u").asText()).isEqualTo("Cel");
            assertThat(value.path("q").asText()).isEqualTo("good");
            assertThat(value.path("ts").asText()).isNotBlank();
            assertThat(stream.has("object", "node", "node-s")).isTrue();
            assertThat(stream.events)
                    .noneMatch(e -> e.data().path("object").asText().equals("gone-1"));
        }
    }

    @Test
    void aWriteShowsOnTheStreamAndTheResourceFilterKeepsToOneResource() throws Exception {
        try (SseClient stream = SseClient.open(node.url() + "/api/stream?object=room-*&resource=setpoint")) {
            await().atMost(LONG).until(() -> !stream.named("ready").isEmpty());
            assertThat(RestApiTest.put(node, "/api/objects/node-s/room-b/setpoint", "{\"v\":23.5,\"p\":8}")
                            .statusCode())
                    .isEqualTo(200);
            await().atMost(LONG).until(() -> stream.named("value").stream()
                    .anyMatch(e -> e.data().path("object").asText().equals("room-b")
                            && e.data().path("v").asDouble() == 23.5));
            assertThat(stream.named("value"))
                    .allMatch(e -> e.data().path("resource").asText().equals("setpoint"));
        }
    }

    @Test
    void anObjectThatLeavesTheBusIsAnnouncedAsRemoved() throws Exception {
        try (SseClient stream = SseClient.open(node.url() + "/api/stream?object=gone-*")) {
            await().atMost(LONG).until(() -> stream.has("object", "node", "node-s"));
            Files.delete(dir.resolve("routes").resolve("gone.camel.yaml"));
            await().atMost(LONG).until(() -> stream.has("removed", "object", "gone-1"));
        }
    }

    @Test
    void streamsBeyondTheLimitAreRefusedWithAProblemUntilOneCloses() throws Exception {
        List<SseClient> open = new ArrayList<>();
        try {
            await().atMost(LONG).until(() -> streams.open() == 0);
            for (int i = 0; i < MAX_STREAMS; i++) {
                open.add(SseClient.open(node.url() + "/api/stream?type=room"));
            }
            assertThat(open).allMatch(s -> s.response.statusCode() == 200);
            try (SseClient refused = SseClient.open(node.url() + "/api/stream")) {
                assertThat(refused.response.statusCode()).isEqualTo(429);
                assertThat(refused.response.headers().firstValue("Content-Type"))
                        .hasValue("application/problem+json");
                assertThat(refused.response.headers().firstValue("Retry-After")).isPresent();
                assertThat(Json.parse(refused.body().getBytes()).path("detail").asText())
                        .contains("objectbus.http.max-streams");
            }
            open.remove(0).close();
            await().atMost(LONG).until(() -> streams.open() < MAX_STREAMS);
            open.add(SseClient.open(node.url() + "/api/stream?type=room"));
            assertThat(open.get(open.size() - 1).response.statusCode()).isEqualTo(200);
        } finally {
            for (SseClient stream : open) {
                stream.close();
            }
        }
    }

    @Test
    void theMetricsCountTheConnectedClientsAndTheEventsSentToThem() throws Exception {
        await().atMost(LONG).until(() -> streams.open() == 0);
        assertThat(metric("objectbus_stream_clients")).isZero();
        double sentBefore = metric("objectbus_stream_events_sent_total");
        try (SseClient stream = SseClient.open(node.url() + "/api/stream?type=room")) {
            await().atMost(LONG).until(() -> !stream.named("ready").isEmpty());
            assertThat(metric("objectbus_stream_clients")).isEqualTo(1);
            int received = stream.events.size();
            assertThat(metric("objectbus_stream_events_sent_total")).isGreaterThanOrEqualTo(sentBefore + received);
        }
        await().atMost(LONG).until(() -> metric("objectbus_stream_clients") == 0);
        assertThat(metric("objectbus_stream_closed_slow_total")).isEqualTo(streams.closedSlow());
    }

    private static double metric(String name) throws Exception {
        return PrometheusText.value(node.get("/metrics").body(), name, "node=\"node-s\"");
    }

    @Test
    void aClientThatStopsReadingIsDisconnectedAndTheBusGoesOn() throws Exception {
        ProducerTemplate bus = node.main.getCamelContext().createProducerTemplate();
        bus.sendBody(
                "objectbus:describe",
                "{\"id\":\"flood\",\"type\":\"log\",\"resources\":{\"text\":{\"type\":\"string\"}}}");
        await().atMost(LONG).until(() -> streams.open() == 0);
        String padding = "x".repeat(4000);
        try (Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(1024);
            stalled.connect(
                    new InetSocketAddress("127.0.0.1", URI.create(node.url()).getPort()));
            OutputStream request = stalled.getOutputStream();
            request.write(
                    "GET /api/stream?object=flood HTTP/1.1\r\nHost: test\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            request.flush();
            await().atMost(LONG).until(() -> streams.open() == 1);
            long published = 0;
            long closedBefore = streams.closedSlow();
            long deadline = System.nanoTime() + LONG.toNanos();
            while (streams.closedSlow() == closedBefore && System.nanoTime() < deadline) {
                bus.sendBody("objectbus:publish?object=flood", "{\"text\":\"" + published++ + padding + "\"}");
            }
            assertThat(streams.closedSlow()).as("after %d values", published).isEqualTo(closedBefore + 1);
            await().atMost(LONG).until(() -> streams.open() == 0);
            try (SseClient reader = SseClient.open(node.url() + "/api/stream?object=flood")) {
                await().atMost(LONG).until(() -> !reader.named("ready").isEmpty());
                bus.sendBody("objectbus:publish?object=flood", "{\"text\":\"after\"}");
                await().atMost(LONG).until(() -> reader.has("value", "v", "after"));
            }
        }
    }

    @Test
    void aPictureLargerThanTheStreamBufferIsGivenWhole() throws Exception {
        ProducerTemplate bus = node.main.getCamelContext().createProducerTemplate();
        for (int i = 0; i < 300; i++) {
            bus.sendBody(
                    "objectbus:describe",
                    "{\"id\":\"bulk-" + i + "\",\"type\":\"sensor\",\"resources\":{\"a\":{\"type\":\"number\"},"
                            + "\"b\":{\"type\":\"number\"}}}");
            bus.sendBody("objectbus:publish?object=bulk-" + i, "{\"a\":" + i + ",\"b\":" + i + "}");
        }
        long closedBefore = streams.closedSlow();
        try (SseClient stream = SseClient.open(node.url() + "/api/stream?object=bulk-*")) {
            await().atMost(LONG).until(() -> !stream.named("ready").isEmpty());
            assertThat(stream.named("ready").get(0).data().path("objects").asInt())
                    .isEqualTo(300);
            assertThat(stream.named("value")).hasSize(600);
            assertThat(streams.closedSlow()).isEqualTo(closedBefore);
        }
    }

    private static JsonNode lastTemperature(SseClient stream) {
        List<SseClient.Event> values = stream.named("value").stream()
                .filter(e -> e.data().path("object").asText().equals("room-a")
                        && e.data().path("resource").asText().equals("temperature"))
                .toList();
        return values.isEmpty()
                ? Json.MAPPER.createObjectNode()
                : values.get(values.size() - 1).data();
    }

    private static final String ROOMS =
            """
            - route:
                id: adapter-test-rooms
                from:
                  uri: timer:rooms?period=300
                  steps:
                    - setBody:
                        constant: '{"id":"room-a","type":"room","resources":{"temperature":{"type":"number","unit":"Cel"},"setpoint":{"type":"number","unit":"Cel","writable":true}}}'
                    - to: objectbus:describe
                    - setBody:
                        constant: '{"id":"room-b","type":"room","resources":{"temperature":{"type":"number","unit":"Cel"},"setpoint":{"type":"number","unit":"Cel","writable":true}}}'
                    - to: objectbus:describe
                    - setBody:
                        simple: '{"temperature": ${random(10,100000)}}'
                    - to: objectbus:publish?object=room-a
            """;

    private static final String GONE =
            """
            - route:
                id: adapter-test-gone
                from:
                  uri: timer:gone?repeatCount=1
                  steps:
                    - setBody:
                        constant: '{"id":"gone-1","type":"meter","resources":{"energy":{"type":"number","unit":"kW.h"}}}'
                    - to: objectbus:describe
            """;
}
