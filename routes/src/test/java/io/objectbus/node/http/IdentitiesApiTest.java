// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.objectbus.broker.security.Identity;
import io.objectbus.broker.security.IdentityFile;
import io.objectbus.broker.security.PasswordHash;
import io.objectbus.broker.security.Role;
import io.objectbus.testing.Paho5Probe;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The identities of a node managed over its REST API by an admin identity with HTTP Basic credentials, taking effect on
 * the node's broker without a restart; anyone else is refused.
 */
class IdentitiesApiTest {

    @TempDir
    static Path dir;

    static TestNode node;
    static Path identities;

    @BeforeAll
    static void start() throws Exception {
        identities = dir.resolve("identities.yaml");
        new IdentityFile(identities)
                .write(Map.of(
                        "root", identity("root", "root-secret", Role.admin),
                        "dashboard", identity("dashboard", "dash-secret", Role.viewer)));
        node = TestNode.start(
                "node-i", dir, Map.of(), Map.of("objectbus.broker.identities-file", identities.toString()));
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void withoutCredentialsWithAWrongPasswordOrAsANonAdminTheIdentitiesAreRefused() throws Exception {
        HttpResponse<String> anonymous = node.get("/api/identities");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(send("GET", "/api/identities", "root", "guess", null).statusCode())
                .isEqualTo(401);
        assertThat(send("GET", "/api/identities", "dashboard", "dash-secret", null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("DELETE", "/api/identities/root", "dashboard", "dash-secret", null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(new IdentityFile(identities).read()).containsKey("root");
    }

    @Test
    void anAdminAddsRotatesAndRevokesAnIdentityAndTheBrokerTakesEachChangeAtTheNextConnect() throws Exception {
        HttpResponse<String> added = send(
                "POST",
                "/api/identities",
                "root",
                "root-secret",
                "{\"name\":\"sensor-17\",\"role\":\"device\",\"password\":\"first\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        connect("sensor-17", "first").close();

        HttpResponse<String> listed = send("GET", "/api/identities", "root", "root-secret", null);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("\"sensor-17\"", "\"devices/sensor-17/#\"", "\"dashboard\"");
        assertThat(listed.body()).doesNotContain(PasswordHash.SCHEME, "first", "root-secret");

        HttpResponse<String> rotated =
                send("PUT", "/api/identities/sensor-17/password", "root", "root-secret", "{\"password\":\"second\"}");
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        assertThatThrownBy(() -> connect("sensor-17", "first")).isInstanceOf(MqttException.class);
        connect("sensor-17", "second").close();

        assertThat(send("DELETE", "/api/identities/sensor-17", "root", "root-secret", null)
                        .statusCode())
                .isEqualTo(204);
        assertThatThrownBy(() -> connect("sensor-17", "second")).isInstanceOf(MqttException.class);
        assertThat(send("DELETE", "/api/identities/sensor-17", "root", "root-secret", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(Files.readString(identities)).doesNotContain("sensor-17");
    }

    private static HttpResponse<String> send(String method, String path, String user, String password, String body)
            throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Authorization", "Basic " + credentials)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return node.send(request);
    }

    /**
     * A connection from another address than loopback would need a user anyway; on loopback a client that gives one is
     * checked against it.
     */
    private static Paho5Probe connect(String user, String password) throws MqttException {
        MqttConnectionOptions options = Paho5Probe.options(true, 0);
        options.setUserName(user);
        options.setPassword(password.getBytes(StandardCharsets.UTF_8));
        return new Paho5Probe("tcp://127.0.0.1:" + node.mqttPort, "client-" + user + "-" + System.nanoTime(), options);
    }

    private static Identity identity(String name, String password, Role role) {
        return new Identity(name, PasswordHash.create(password.toCharArray()), role, List.of(), 16, List.of(), null);
    }
}
