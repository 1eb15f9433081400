// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/events}: the objects' recent {@code $event}s, as a dashboard reads them, with its filters. */
class EventsApiTest {

    private static final Duration LONG = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start("node-e", dir, Map.of("lamps.camel.yaml", LAMPS));
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void theRecentEventsComeWithTheirNodeObjectAndPayloadOldestFirst() throws Exception {
        JsonNode events = await().atMost(LONG).until(() -> json("/api/events?object=lamp-*"), e -> e.size() >= 3);
        assertThat(events.get(0).path("node").asText()).isEqualTo("node-e");
        assertThat(events.findValuesAsText("object")).containsOnly("lamp-1", "lamp-2");
        assertThat(json("/api/events?object=lamp-2").get(0).at("/event/event").asText())
                .isEqualTo("search done");
        assertThat(json("/api/events?object=lamp-1").get(0).path("event").toString())
                .contains("lamp-failure");
        assertThat(Instant.parse(events.get(0).path("ts").asText()))
                .isBeforeOrEqualTo(
                        Instant.parse(events.get(events.size() - 1).path("ts").asText()));
    }

    @Test
    void theFiltersSelectByObjectTextTimeAndCount() throws Exception {
        await().atMost(LONG).until(() -> json("/api/events").size() >= 4);
        assertThat(json("/api/events?object=lamp-2").findValuesAsText("object")).containsOnly("lamp-2");
        assertThat(json("/api/events?text=lamp-failure").findValuesAsText("object"))
                .containsOnly("lamp-1");
        assertThat(json("/api/events?limit=2")).hasSize(2);
        assertThat(json("/api/events?node=elsewhere")).isEmpty();
        assertThat(json("/api/events?since=" + Instant.now().plusSeconds(3600))).isEmpty();
    }

    @Test
    void aBadFilterIsAProblemDetail() throws Exception {
        HttpResponse<String> bad = node.get("/api/events?since=yesterday");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(node.get("/api/events?limit=0").statusCode()).isEqualTo(400);
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = node.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body().getBytes());
    }

    private static final String LAMPS =
            """
            - route:
                id: adapter-test-lamps
                from:
                  uri: timer:lamps?period=300
                  steps:
                    - setBody:
                        constant: '[{"id":"lamp-1","type":"lamp","resources":{"level":{"type":"number"}}},{"id":"lamp-2","type":"lamp","resources":{"level":{"type":"number"}}}]'
                    - to: objectbus:describe
                    - setBody:
                        constant: '{"alarm":"lamp-failure","active":true}'
                    - to: objectbus:event?object=lamp-1
                    - setBody:
                        constant: 'search done'
                    - to: objectbus:event?object=lamp-2
            """;
}
