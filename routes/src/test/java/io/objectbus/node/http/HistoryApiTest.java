// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.history.HistoryStore;
import io.objectbus.history.ResourceMatch;
import io.objectbus.history.Sample;
import io.objectbus.node.NodeMain;
import io.objectbus.testing.FreePorts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history's REST query on a real node with history on (DuckDB), with a real HTTP client. */
class HistoryApiTest {

    private static final Duration LONG = Duration.ofSeconds(60);
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
    private static final String URL = "/api/history/node-h/room-a/";

    @TempDir
    static Path dir;

    private static Main node;
    private static HistoryStore store;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path routes = Files.createDirectories(dir.resolve("routes"));
        Files.writeString(routes.resolve("rooms.camel.yaml"), ROOM);
        Map<String, String> settings = TestNode.settings("node-h", FreePorts.next(), dir, routes);
        settings.put("objectbus.history.enabled", "true");
        settings.put(
                "objectbus.history.file", dir.resolve("data/history.duckdb").toString());
        node = NodeMain.create(settings);
        node.start();
        store = node.getCamelContext()
                .getRegistry()
                .lookupByNameAndType(HistoryStore.REGISTRY_NAME, HistoryStore.class);
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.stop();
        }
    }

    @Test
    void aValuePublishedOnTheBusComesBackAsAPointOfItsHistory() throws Exception {
        JsonNode points =
                await().atMost(LONG).until(() -> json(get(URL + "temperature")).path("points"), p -> p.size() >= 3);
        assertThat(points.get(0).path("t").asText())
                .startsWith(String.valueOf(
                        Instant.now().atZone(java.time.ZoneOffset.UTC).getYear()));
        assertThat(points.findValues("value")).allMatch(JsonNode::isNumber);
        assertThat(get("/metrics").body())
                .contains("objectbus_history_recorded_total")
                .contains("objectbus_history_dropped_total")
                .contains("objectbus_history_waiting");
    }

    @Test
    void aRangeGivesItsValuesInTimeOrderAndAnIntervalItsBuckets() throws Exception {
        List<Sample> twoHours = new ArrayList<>();
        for (int minute = 0; minute < 120; minute++) {
            twoHours.add(new Sample(
                    "node-h", "room-a", "setpoint", T0.plusSeconds(60L * minute), (double) minute, null, "good"));
        }
        store.append(twoHours);
        JsonNode points = json(get(URL + "setpoint?from=2026-12-01T00:00:00Z&to=2026-12-01T00:03:00Z"));
        assertThat(points.toString())
                .isEqualTo("{\"points\":[{\"t\":\"2026-12-01T00:00:00Z\",\"value\":0.0},"
                        + "{\"t\":\"2026-12-01T00:01:00Z\",\"value\":1.0},"
                        + "{\"t\":\"2026-12-01T00:02:00Z\",\"value\":2.0}],\"truncated\":false}");
        JsonNode buckets = json(get(URL + "setpoint?from=2026-12-01T00:00:00Z&to=2026-12-01T02:00:00Z&interval=PT1H"))
                .path("buckets");
        assertThat(buckets.toString())
                .isEqualTo("[{\"t\":\"2026-12-01T00:00:00Z\",\"min\":0.0,\"max\":59.0,\"avg\":29.5,\"last\":59.0,"
                        + "\"count\":60},{\"t\":\"2026-12-01T01:00:00Z\",\"min\":60.0,\"max\":119.0,\"avg\":89.5,"
                        + "\"last\":119.0,\"count\":60}]");
        store.downsample(ResourceMatch.of("setpoint"), T0.plus(Duration.ofHours(2)), Duration.ofMinutes(30));
        assertThat(json(get(URL + "setpoint?from=2026-12-01T00:00:00Z&to=2026-12-01T02:00:00Z&interval=PT1H"))
                        .path("buckets"))
                .as("the same once downsampled")
                .isEqualTo(buckets);
    }

    @Test
    void noMoreThanTenThousandPointsComeBackAndTheAnswerSaysSo() throws Exception {
        List<Sample> many = new ArrayList<>();
        Instant start = T0.plus(Duration.ofDays(1));
        for (int i = 0; i < ApiHistory.MAX_POINTS + 5; i++) {
            many.add(new Sample("node-h", "room-a", "flow", start.plusMillis(i), (double) i, null, "good"));
        }
        store.append(many);
        JsonNode answer = json(get(URL + "flow?from=2026-12-02T00:00:00Z&to=2026-12-03T00:00:00Z"));
        assertThat(answer.path("points")).hasSize(ApiHistory.MAX_POINTS);
        assertThat(answer.path("truncated").asBoolean()).isTrue();
    }

    @Test
    void badParametersAreAnsweredWithAProblemThatSaysWhich() throws Exception {
        assertProblem(get(URL + "t?from=yesterday"), 400, "from must be an ISO-8601 time");
        assertProblem(get(URL + "t?from=2026-12-01T01:00:00Z&to=2026-12-01T00:00:00Z"), 400, "must be before to");
        assertProblem(get(URL + "t?interval=1m"), 400, "interval must be an ISO-8601 duration");
        assertProblem(
                get(URL + "t?from=2026-01-01T00:00:00Z&to=2026-12-01T00:00:00Z&interval=PT1S"), 400, "more than 10000");
    }

    @Test
    void aNodeWithoutHistoryAnswersNotFound() throws Exception {
        Path plainDir = dir.resolve("plain");
        Map<String, String> settings =
                TestNode.settings("node-p", FreePorts.next(), plainDir, Files.createDirectories(plainDir.resolve("r")));
        settings.put("objectbus.history.enabled", "false");
        Main plain = NodeMain.create(settings);
        plain.start();
        try {
            String url =
                    plain.getCamelContext().hasService(HttpServerService.class).url();
            HttpResponse<String> response = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(url + "/api/history/node-p/room-a/temperature"))
                            .timeout(LONG)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertProblem(response, 404, "objectbus.history.enabled");
        } finally {
            plain.stop();
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Json.parse(response.body().getBytes()).path("detail").asText())
                .contains(detail);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        String url = node.getCamelContext().hasService(HttpServerService.class).url();
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(url + path)).timeout(LONG).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body().getBytes());
    }

    private static final String ROOM =
            """
            - route:
                id: adapter-test-room
                from:
                  uri: timer:room?period=200
                  steps:
                    - setBody:
                        constant: '{"id":"room-a","type":"room","resources":{"temperature":{"type":"number","unit":"Cel"}}}'
                    - to: objectbus:describe
                    - setBody:
                        simple: '{"temperature": ${random(1000)}}'
                    - to: objectbus:publish?object=room-a
            """;
}
