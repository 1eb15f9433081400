// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/events} after the node restarts on the same data folder. */
class EventsRestartTest {

    private static final Duration LONG = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void theRecentEventsAreStillThereAfterARestart() throws Exception {
        JsonNode before;
        try (TestNode node = TestNode.start("node-r", dir, Map.of("lamp.camel.yaml", LAMP))) {
            await().atMost(LONG).until(() -> json(node, "/api/events?limit=1000"), e -> e.size() >= 3);
            Files.delete(dir.resolve("routes").resolve("lamp.camel.yaml"));
            await().atMost(LONG)
                    .until(() -> json(node, "/api/objects?object=lamp-r").isEmpty());
            before = json(node, "/api/events?limit=1000");
        }
        try (TestNode node = TestNode.start("node-r", dir, Map.of())) {
            JsonNode after = json(node, "/api/events?limit=1000");
            assertThat(after).as("the events of the run before").isEqualTo(before);
            assertThat(json(node, "/api/events?text=lamp-failure&limit=1000")).hasSize(before.size());
        }
    }

    private static JsonNode json(TestNode node, String path) throws Exception {
        HttpResponse<String> response = node.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body().getBytes());
    }

    private static final String LAMP =
            """
            - route:
                id: adapter-test-lamp-r
                from:
                  uri: timer:lamp?period=300
                  steps:
                    - setBody:
                        constant: '{"id":"lamp-r","type":"lamp","resources":{"level":{"type":"number"}}}'
                    - to: objectbus:describe
                    - setBody:
                        constant: '{"alarm":"lamp-failure","active":true}'
                    - to: objectbus:event?object=lamp-r
            """;
}
