// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.node.cli.ObjectbusCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An object's command ({@code $cmd}) over the REST API ({@code POST /api/objects/{node}/{object}/commands/{cmd}},
 * answered with all its replies) and with the command-line client ({@code objectbus cmd}, replies as they come).
 */
class CommandsOverRestAndCliTest {

    @TempDir
    static Path dir;

    static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        node = TestNode.start("node-c", dir, Map.of("pump.camel.yaml", PUMP));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> node.get("/api/objects/node-c/pump").statusCode() == 200);
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aCommandIsAnsweredWhenDoneWithItsResultAndEveryReply() throws Exception {
        HttpResponse<String> response = post("/api/objects/node-c/pump/commands/count", "{\"to\":3}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode json = Json.parse(response.body().getBytes());
        assertThat(json.get("status").asText()).isEqualTo("done");
        assertThat(json.at("/result/value").asText()).isEqualTo("counted 3");
        assertThat(statuses(json)).containsExactly("accepted", "done");
    }

    @Test
    void aCommandTheAdapterCannotFinishIsA502ProblemWithTheReason() throws Exception {
        HttpResponse<String> response = post("/api/objects/node-c/pump/commands/jam", "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(502);
        JsonNode json = Json.parse(response.body().getBytes());
        assertThat(json.get("detail").asText()).contains("pump jammed");
        assertThat(statuses(json)).containsExactly("accepted", "failed");
    }

    @Test
    void anUnknownCommandIsA422AndArgumentsThatAreNoObjectA400() throws Exception {
        HttpResponse<String> unknown = post("/api/objects/node-c/pump/commands/explode", "{}");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.body()).contains("unknown command explode of object pump");
        HttpResponse<String> notObject = post("/api/objects/node-c/pump/commands/count", "[1]");
        assertThat(notObject.statusCode()).as(notObject.body()).isEqualTo(400);
    }

    @Test
    void theCliPrintsEachReplyAndExitsZeroOnlyWhenTheCommandIsDone() {
        Run done = cli("cmd", "node-c/pump", "count", "to=3");
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(done.out().lines()).containsExactly("accepted", "done {\"value\":\"counted 3\"}");
        Run json = cli("--json", "cmd", "node-c/pump", "count", "to=2");
        assertThat(json.out().lines()).hasSize(2).last().asString().contains("\"status\":\"done\"");
        Run failed = cli("cmd", "node-c/pump", "jam");
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.out().lines()).containsExactly("accepted", "failed: pump jammed");
        Run rejected = cli("cmd", "node-c/pump", "explode");
        assertThat(rejected.exit()).isEqualTo(1);
        assertThat(rejected.out()).contains("rejected: unknown command explode of object pump");
        assertThat(cli("cmd", "node-c/pump", "count", "noequals").exit()).isEqualTo(2);
        assertThat(cli("--timeout", "2", "cmd", "node-x/pump", "count").exit()).isEqualTo(4);
    }

    private record Run(int exit, String out, String err) {}

    private static Run cli(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--host";
        all[1] = "127.0.0.1";
        all[2] = "--port";
        all[3] = String.valueOf(node.mqttPort);
        System.arraycopy(args, 0, all, 4, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CompletableFuture.supplyAsync(
                        () -> ObjectbusCli.run(new PrintWriter(out, true), new PrintWriter(err, true), all))
                .orTimeout(90, TimeUnit.SECONDS)
                .join();
        return new Run(exit, out.toString(), err.toString());
    }

    private static List<String> statuses(JsonNode json) {
        List<String> statuses = new ArrayList<>();
        json.get("replies").forEach(r -> statuses.add(r.get("status").asText()));
        return statuses;
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return node.send(HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static final String PUMP =
            """
            - route:
                id: adapter-test-pump
                from:
                  uri: timer:pump?repeatCount=1
                  steps:
                    - setBody:
                        constant: '{"id":"pump","type":"pump","resources":{"speed":{"type":"number"}},"commands":{"count":{"description":"counts to n"},"jam":{"description":"always fails"}}}'
                    - to: objectbus:describe?commandUri=direct:pump-commands
            - route:
                id: adapter-test-pump-commands
                from:
                  uri: direct:pump-commands
                  steps:
                    - choice:
                        when:
                          - simple: "${header.ObjectBusCommand} == 'jam'"
                            steps:
                              - throwException:
                                  exceptionType: java.lang.IllegalStateException
                                  message: pump jammed
                        otherwise:
                          steps:
                            - setBody:
                                simple: "counted ${body[to]}"
            """;
}
