// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node's REST API with a real HTTP client: reads, writes with their outcomes, and bad requests. */
class RestApiTest {

    private static final Duration LONG = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start("node-r", dir, Map.of("rooms.camel.yaml", ROOMS, "broken.camel.yaml", REFUSING));
        await().atMost(LONG)
                .until(() -> json(node.get("/api/objects?type=room")).size() == 2);
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void objectsAreListedWithTheFiltersOfDiscovery() throws Exception {
        assertThat(json(node.get("/api/objects?object=room-*")).findValuesAsText("id"))
                .containsExactlyInAnyOrder("room-a", "room-b");
        assertThat(json(node.get("/api/objects?tag=south")).findValuesAsText("id"))
                .containsExactly("room-a");
        assertThat(json(node.get("/api/objects?node=elsewhere")))
                .as("a filter that matches nothing")
                .isEmpty();
        assertThat(json(node.get("/api/objects?type=room&limit=1"))).hasSize(1);
        JsonNode nodes = json(node.get("/api/nodes"));
        assertThat(nodes.get(0).path("id").asText()).isEqualTo("node-r");
        assertThat(nodes.get(0).path("self").asBoolean()).isTrue();
    }

    @Test
    void anObjectComesWithItsDescriptorAndCurrentValues() throws Exception {
        JsonNode room = await().atMost(LONG)
                .until(() -> json(node.get("/api/objects/node-r/room-a")), r -> r.at("/values/temperature/v")
                        .isNumber());
        assertThat(room.at("/descriptor/resources/setpoint/writable").asBoolean())
                .isTrue();
        assertThat(room.at("/values/temperature/u").asText()).isEqualTo("Cel");
        assertThat(room.at("/values/temperature/q").asText()).isEqualTo("good");
        assertThat(json(node.get("/api/objects/node-r/room-a/values"))
                        .at("/temperature/v")
                        .asDouble())
                .isEqualTo(21.0);
    }

    @Test
    void aWriteIsAnsweredWithItsOutcomeAndShowsInThePriorityArray() throws Exception {
        HttpResponse<String> applied =
                put("/api/objects/node-r/room-b/setpoint", "{\"v\":22.5,\"p\":8,\"owner\":\"ops\"}");
        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(Json.parse(applied.body().getBytes()).path("status").asText())
                .isEqualTo("applied");
        HttpResponse<String> stored = put("/api/objects/node-r/room-b/setpoint", "{\"v\":19,\"p\":12}");
        assertThat(Json.parse(stored.body().getBytes()).path("status").asText()).isEqualTo("stored");
        JsonNode priorities = json(node.get("/api/objects/node-r/room-b/setpoint/priorities"));
        assertThat(priorities.path("levels")).hasSize(16);
        assertThat(priorities.at("/levels/7/v").asDouble()).isEqualTo(22.5);
        assertThat(priorities.at("/levels/7/owner").asText()).isEqualTo("ops");
        assertThat(priorities.at("/levels/11/v").asDouble()).isEqualTo(19.0);
        assertThat(put("/api/objects/node-r/room-b/setpoint", "{\"v\":null,\"p\":8}")
                        .statusCode())
                .as("relinquished")
                .isEqualTo(200);
    }

    @Test
    void aWriteTheAdapterRefusesIsA502ProblemWithTheReply() throws Exception {
        HttpResponse<String> failed = put("/api/objects/node-r/valve/position", "{\"v\":40}");
        assertThat(failed.statusCode()).isEqualTo(502);
        assertThat(failed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Json.parse(failed.body().getBytes());
        assertThat(problem.path("status").asInt()).isEqualTo(502);
        assertThat(problem.at("/reply/status").asText()).isEqualTo("failed");
        assertThat(problem.path("detail").asText()).contains("valve stuck");
    }

    @Test
    void badRequestsAreAnsweredWithProblemDetailsAndLandOnErrorsWhereTheBusRejectsThem() throws Exception {
        assertProblem(put("/api/objects/node-r/room-b/setpoint", "{not json"), 400, "not JSON");
        assertProblem(put("/api/objects/node-r/room-b/setpoint", "{\"p\":8}"), 400, "with v");
        assertProblem(put("/api/objects/node-r/room-b/setpoint", "{\"v\":1,\"p\":17}"), 400, "priority");
        assertProblem(put("/api/objects/node-r/room-a/temperature", "{\"v\":30}"), 422, "");
        assertProblem(node.get("/api/objects/node-r/no-such-room"), 404, "no-such-room");
        assertProblem(node.get("/api/objects?limit=0"), 400, "limit");
        assertProblem(node.get("/api/objects/node-r/room-a/temperature/priorities"), 404, "not a writable");
        assertThat(put("/api/objects/node-r/room-b/setpoint", "{\"v\":\"" + "x".repeat(70_000) + "\"}")
                        .statusCode())
                .as("a body over objectbus.http.max-body-bytes")
                .isEqualTo(413);
        assertThat(node.get("/api/nothing-here").statusCode()).isEqualTo(404);
        assertThat(json(node.get("/api/errors")).findValuesAsText("source"))
                .as("the refused write of a read-only resource is on $errors")
                .anyMatch(source -> source.contains("room-a/temperature/$set"));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Json.parse(response.body().getBytes());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).contains(detail);
    }

    static HttpResponse<String> put(String path, String body) throws Exception {
        return put(node, path, body);
    }

    static HttpResponse<String> put(TestNode node, String path, String body) throws Exception {
        return node.send(HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body().getBytes());
    }

    private static final String ROOMS =
            """
            - route:
                id: adapter-test-rooms
                from:
                  uri: timer:rooms?period=200
                  steps:
                    - setBody:
                        constant: '{"id":"room-a","type":"room","tags":["south"],"resources":{"temperature":{"type":"number","unit":"Cel"},"setpoint":{"type":"number","unit":"Cel","writable":true}}}'
                    - to: objectbus:describe
                    - setBody:
                        constant: '{"id":"room-b","type":"room","resources":{"temperature":{"type":"number","unit":"Cel"},"setpoint":{"type":"number","unit":"Cel","writable":true}}}'
                    - to: objectbus:describe
                    - setBody:
                        constant: '{"temperature": 21.0}'
                    - to: objectbus:publish?object=room-a
            """;

    private static final String REFUSING =
            """
            - route:
                id: adapter-test-valve
                from:
                  uri: timer:valve?repeatCount=1
                  steps:
                    - setBody:
                        constant: '{"id":"valve","type":"valve","resources":{"position":{"type":"number","unit":"%","writable":true}}}'
                    - to: objectbus:describe
            - route:
                id: adapter-test-valve-writes
                from:
                  uri: objectbus:set?object=valve
                  steps:
                    - throwException:
                        exceptionType: java.lang.IllegalStateException
                        message: valve stuck
            """;
}
