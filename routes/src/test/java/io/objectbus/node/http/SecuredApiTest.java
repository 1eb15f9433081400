// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.broker.security.Identity;
import io.objectbus.broker.security.IdentityFile;
import io.objectbus.broker.security.PasswordHash;
import io.objectbus.broker.security.Role;
import io.objectbus.node.cli.ObjectbusCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the broker's security on, the explorer and the REST API need a login of an identity of the node: its reads one
 * that reads the bus, and a write goes through only within that identity's grant, as its {@code $set} on MQTT would.
 */
class SecuredApiTest {

    @TempDir
    static Path dir;

    static TestNode node;

    @BeforeAll
    static void start() throws Exception {
        Path identities = dir.resolve("identities.yaml");
        new IdentityFile(identities)
                .write(Map.of(
                        "alice",
                        identity("alice", "alice-secret", Role.operator, List.of("room-1-*"), 8),
                        "dashboard",
                        identity("dashboard", "dash-secret", Role.viewer, List.of(), 16),
                        "meter",
                        new Identity(
                                "meter",
                                PasswordHash.create("meter-secret".toCharArray()),
                                Role.device,
                                List.of(),
                                16,
                                List.of("devices/meter/#"),
                                null)));
        node = TestNode.start(
                "node-s",
                dir,
                Map.of("rooms.camel.yaml", ROOMS),
                Map.of("objectbus.broker.identities-file", identities.toString()));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> send("GET", "/api/objects/node-s/room-2-01", "dashboard", "dash-secret", null)
                                .statusCode()
                        == 200);
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void withoutALoginTheExplorerAndWritesAskForOne() throws Exception {
        HttpResponse<String> page = node.get("/explorer/");
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(write(null, null, "room-1-01", 8).statusCode()).isEqualTo(401);
        assertThat(write("alice", "guess", "room-1-01", 8).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/explorer/", "alice", "alice-secret", null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void readsOfTheBusNeedTheLoginOfAnIdentityThatReadsIt() throws Exception {
        List<String> reads = List.of(
                "/api/nodes",
                "/api/objects",
                "/api/objects/node-s/room-1-01",
                "/api/objects/node-s/room-1-01/values",
                "/api/objects/node-s/room-1-01/setpoint/priorities",
                "/api/errors",
                "/api/events",
                "/api/links",
                "/api/history/node-s/room-1-01/setpoint",
                "/api/stream");
        for (String path : reads) {
            HttpResponse<String> anonymous = send("GET", path, null, null, null);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                    .as(path)
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
            HttpResponse<String> device = send("GET", path, "meter", "meter-secret", null);
            assertThat(device.statusCode()).as(path).isEqualTo(403);
            assertThat(device.body()).as(path).contains("meter (role device) may not read the bus");
        }
        HttpResponse<String> viewer = send("GET", "/api/objects/node-s/room-1-01", "dashboard", "dash-secret", null);
        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(viewer.body()).contains("setpoint");
        assertThat(send("GET", "/explorer/", "meter", "meter-secret", null).statusCode())
                .isEqualTo(403);
        // The API's description stays open: it says what the API is, not what the bus holds.
        assertThat(send("GET", "/api/openapi.yaml", null, null, null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theCommandLinesRecentErrorsLogInAsItsUser() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int anonymous = ObjectbusCli.run(
                new PrintWriter(out, true), new PrintWriter(err, true), "errors", "--recent", "--url", node.url());
        assertThat(anonymous).isNotZero();
        assertThat(err.toString()).contains("401");
        int viewer = ObjectbusCli.run(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                "--user",
                "dashboard",
                "--password",
                "dash-secret",
                "errors",
                "--recent",
                "--url",
                node.url());
        assertThat(viewer).as(err.toString()).isZero();
    }

    @Test
    void aWriteWithinTheIdentitysGrantGoesThroughAndOneBeyondItIsRefusedSayingWhy() throws Exception {
        HttpResponse<String> granted = write("alice", "alice-secret", "room-1-01", 8);
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        assertThat(granted.body()).contains("\"applied\"");

        HttpResponse<String> tooHigh = write("alice", "alice-secret", "room-1-01", 3);
        assertThat(tooHigh.statusCode()).isEqualTo(403);
        assertThat(tooHigh.body()).contains("priority 3 is above the grant of priority 8");
        HttpResponse<String> otherRoom = write("alice", "alice-secret", "room-2-01", 8);
        assertThat(otherRoom.statusCode()).isEqualTo(403);
        assertThat(otherRoom.body()).contains("alice (role operator) may not write room-2-01/setpoint");
        HttpResponse<String> viewer = write("dashboard", "dash-secret", "room-1-01", 16);
        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(viewer.body()).contains("dashboard (role viewer) may not write");
    }

    @Test
    void aCommandNeedsALoginAndTheGrantToAskTheObject() throws Exception {
        String commission = "/api/objects/node-s/room-1-01/commands/commission";
        assertThat(send("POST", commission, null, null, "{}").statusCode()).isEqualTo(401);
        HttpResponse<String> viewer = send("POST", commission, "dashboard", "dash-secret", "{}");
        assertThat(viewer.statusCode()).isEqualTo(403);
        assertThat(viewer.body()).contains("dashboard (role viewer) may not ask room-1-01 to commission");
        HttpResponse<String> otherRoom =
                send("POST", "/api/objects/node-s/room-2-01/commands/commission", "alice", "alice-secret", "{}");
        assertThat(otherRoom.statusCode()).isEqualTo(403);
        // Within the grant the command reaches the bus, which answers that the room has no such command.
        HttpResponse<String> granted = send("POST", commission, "alice", "alice-secret", "{}");
        assertThat(granted.statusCode()).as(granted.body()).isNotIn(401, 403);
    }

    private static HttpResponse<String> write(String user, String password, String object, int priority)
            throws Exception {
        return send(
                "PUT",
                "/api/objects/node-s/" + object + "/setpoint",
                user,
                password,
                "{\"v\":22.5,\"p\":" + priority + "}");
    }

    private static HttpResponse<String> send(String method, String path, String user, String password, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            String credentials =
                    Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + credentials);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return node.send(request);
    }

    private static Identity identity(String name, String password, Role role, List<String> objects, int priority) {
        return new Identity(
                name, PasswordHash.create(password.toCharArray()), role, objects, priority, List.of(), null);
    }

    private static final String ROOMS =
            """
            - route:
                id: adapter-test-secured-rooms
                from:
                  uri: timer:rooms?repeatCount=1
                  steps:
                    - setBody:
                        constant: '{"id":"room-1-01","type":"room","resources":{"setpoint":{"type":"number","unit":"Cel","writable":true}}}'
                    - to: objectbus:describe
                    - setBody:
                        constant: '{"id":"room-2-01","type":"room","resources":{"setpoint":{"type":"number","unit":"Cel","writable":true}}}'
                    - to: objectbus:describe
            """;
}
