// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.objectbus.broker.security.AccessSettings;
import io.objectbus.broker.security.Denials;
import io.objectbus.broker.security.Identity;
import io.objectbus.broker.security.IdentityFile;
import io.objectbus.broker.security.InputLimits;
import io.objectbus.broker.security.PasswordHash;
import io.objectbus.broker.security.Role;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Identities from the identities file, with roles on the object tree, enforced by the broker for real MQTT clients:
 * what each role may do, what is refused, and that every refusal is counted.
 */
class AccessControlTest {

    private static final String PASSWORD = "s3cret+&%word";
    // One PBKDF2 hash for every identity of every test: the broker still derives it on each first connect, and the
    // 210,000 iterations are not paid five times per test for the file alone.
    private static final String PASSWORD_HASH = PasswordHash.create(PASSWORD.toCharArray());

    @TempDir
    Path data;

    private IdentityFile identities;
    private EmbeddedBroker broker;
    private String url;
    private Paho5Probe admin;
    private final List<MqttAsyncClient> clients = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        identities = new IdentityFile(data.resolve("identities.yaml"));
        Map<String, Identity> all = new LinkedHashMap<>();
        for (Identity identity : List.of(
                identity("ops", Role.admin, List.of(), 1, List.of()),
                identity("alice", Role.operator, List.of("room-*"), 8, List.of()),
                identity("victor", Role.viewer, List.of(), 16, List.of()),
                identity("sensor-1", Role.device, List.of(), 16, List.of()),
                identity("sensor-2", Role.device, List.of(), 16, List.of()))) {
            all.put(identity.name(), identity);
        }
        identities.write(all);
        int port = FreePorts.next();
        BrokerSecurity security = BrokerSecurity.none()
                .withAnonymousOnLoopback(false)
                .withAccess(AccessSettings.defaults()
                        .withIdentitiesFile(identities.path())
                        .withLimits(new InputLimits(200, 10, 3, 0)));
        broker = new EmbeddedBroker(BrokerSettings.loopback(port, data).withPersistent(false), security);
        broker.start();
        url = "tcp://127.0.0.1:" + port;
        admin = new Paho5Probe(url, "admin-probe", options("ops"));
        admin.subscribe("#", 1);
    }

    @AfterEach
    void stop() throws Exception {
        for (MqttAsyncClient client : clients) {
            if (client.isConnected()) {
                client.disconnectForcibly(1000);
            }
            client.close(true);
        }
        admin.close();
        broker.stop();
    }

    private static Identity identity(String name, Role role, List<String> objects, int priority, List<String> topics) {
        return new Identity(name, PASSWORD_HASH, role, objects, priority, topics, null);
    }

    private static MqttConnectionOptions options(String user) {
        return options(user, PASSWORD);
    }

    private static MqttConnectionOptions options(String user, String password) {
        MqttConnectionOptions options = Paho5Probe.options(true, 0);
        options.setUserName(user);
        options.setPassword(password.getBytes(StandardCharsets.UTF_8));
        return options;
    }

    private MqttAsyncClient connect(String user) throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(url, user + "-" + System.nanoTime(), new MemoryPersistence());
        client.connect(options(user)).waitForCompletion(10_000);
        clients.add(client);
        return client;
    }

    /** Publishes at QoS 1 and fails as a client sees a refusal: a PUBACK with an error reason, or the connection closed. */
    private static void publish(MqttAsyncClient client, String topic, String payload) throws MqttException {
        IMqttToken token =
                client.publish(topic, new MqttMessage(payload.getBytes(StandardCharsets.UTF_8), 1, false, null));
        token.waitForCompletion(10_000);
        int reason = token.getReasonCodes() == null ? 0 : token.getReasonCodes()[0];
        if (reason >= 0x80) {
            throw new MqttException(reason);
        }
    }

    private static void subscribe(MqttAsyncClient client, String filter) throws MqttException {
        IMqttToken token = client.subscribe(filter, 1);
        token.waitForCompletion(10_000);
        if (token.getReasonCodes()[0] >= 0x80) {
            throw new MqttException(token.getReasonCodes()[0]);
        }
    }

    @Test
    void aWrongPasswordAnUnknownUserAndNoUserAreRefused() {
        assertThatThrownBy(() -> new Paho5Probe(url, "w", options("alice", "wrong")))
                .isInstanceOf(MqttException.class);
        assertThatThrownBy(() -> new Paho5Probe(url, "u", options("mallory"))).isInstanceOf(MqttException.class);
        assertThatThrownBy(() -> new Paho5Probe(url, "n", Paho5Probe.options(true, 0)))
                .isInstanceOf(MqttException.class);
        assertThat(broker.denials().count(Denials.Kind.connect)).isEqualTo(3);
    }

    @Test
    void aDevicePublishesItsOwnTopicsButNotAnotherDevicesAndTheRefusalIsCounted() throws Exception {
        MqttAsyncClient sensor = connect("sensor-1");
        publish(sensor, "devices/sensor-1/temperature", "21.5");
        await().until(() -> admin.on("devices/sensor-1/temperature").size() == 1);
        assertThatThrownBy(() -> publish(connect("sensor-1"), "devices/sensor-2/temperature", "99"))
                .isInstanceOf(MqttException.class);
        assertThat(admin.on("devices/sensor-2/temperature")).isEmpty();
        assertThat(broker.denials().count(Denials.Kind.publish)).isEqualTo(1);
        assertThatThrownBy(() -> subscribe(connect("sensor-1"), "devices/#")).isInstanceOf(MqttException.class);
    }

    @Test
    void anOperatorWritesItsObjectsUpToItsPriorityGrantAndNoHigher() throws Exception {
        publish(connect("alice"), "ob/v1/node1/room-1/setpoint/$set", "{\"v\":21,\"p\":8}");
        await().until(() -> admin.on("ob/v1/node1/room-1/setpoint/$set").size() == 1);
        assertThatThrownBy(() -> publish(connect("alice"), "ob/v1/node1/room-1/setpoint/$set", "{\"v\":30,\"p\":1}"))
                .isInstanceOf(MqttException.class);
        assertThatThrownBy(() -> publish(connect("alice"), "ob/v1/node1/ahu-1/fan/$set", "true"))
                .isInstanceOf(MqttException.class);
        await().during(Duration.ofMillis(300))
                .until(() -> admin.on("ob/v1/node1/room-1/setpoint/$set").size() == 1);
        assertThat(broker.denials().count(Denials.Kind.write)).isEqualTo(1);
        assertThat(broker.denials().count(Denials.Kind.publish)).isEqualTo(1);
    }

    @Test
    void anOperatorRunsCommandsOfItsObjectsOnlyAndAViewerNone() throws Exception {
        publish(connect("alice"), "ob/v1/node1/room-1/$cmd", "{\"cmd\":\"commission\"}");
        publish(connect("ops"), "ob/v1/node1/ahu-1/$cmd", "{\"cmd\":\"commission\"}");
        await().until(() -> admin.on("ob/v1/node1/room-1/$cmd").size() == 1);
        await().until(() -> admin.on("ob/v1/node1/ahu-1/$cmd").size() == 1);
        assertThatThrownBy(() -> publish(connect("alice"), "ob/v1/node1/ahu-1/$cmd", "{\"cmd\":\"commission\"}"))
                .isInstanceOf(MqttException.class);
        assertThatThrownBy(() -> publish(connect("victor"), "ob/v1/node1/room-1/$cmd", "{\"cmd\":\"commission\"}"))
                .isInstanceOf(MqttException.class);
        await().during(Duration.ofMillis(300))
                .until(() -> admin.on("ob/v1/node1/ahu-1/$cmd").size() == 1);
        assertThat(broker.denials().count(Denials.Kind.publish)).isEqualTo(2);
    }

    @Test
    void aViewerReadsTheBusButMayNotWriteNorReadDeviceTopics() throws Exception {
        MqttAsyncClient viewer = connect("victor");
        subscribe(viewer, "ob/v1/#");
        publish(viewer, "ob/v1/$discover", "{}");
        assertThatThrownBy(() -> publish(connect("victor"), "ob/v1/node1/room-1/setpoint/$set", "20"))
                .isInstanceOf(MqttException.class);
        assertThatThrownBy(() -> subscribe(connect("victor"), "#")).isInstanceOf(MqttException.class);
        assertThat(broker.denials().count(Denials.Kind.publish)).isEqualTo(1);
    }

    @Test
    void aRevokedIdentityCannotConnectAgainWithoutARestart() throws Exception {
        connect("alice").disconnect();
        Map<String, Identity> fewer = new LinkedHashMap<>(identities.read());
        fewer.remove("alice");
        identities.write(fewer);
        await().untilAsserted(() -> assertThatThrownBy(() -> connect("alice")).isInstanceOf(MqttException.class));
    }

    @Test
    void aTooDeepTopicIsRefusedWhileTheSameClientGoesOn() throws Exception {
        MqttAsyncClient sensor = connect("ops");
        assertThatThrownBy(() -> publish(sensor, "a/b/c/d/e/f/g/h/i/j/k/l", "1"))
                .isInstanceOf(MqttException.class);
        MqttAsyncClient again = sensor.isConnected() ? sensor : connect("ops");
        publish(again, "devices/sensor-1/ok", "1");
        await().until(() -> admin.on("devices/sensor-1/ok").size() == 1);
        assertThat(broker.denials().count(Denials.Kind.limit)).isEqualTo(1);
    }

    @Test
    void anIdentityHasAtMostItsNumberOfConnections() throws Exception {
        connect("victor");
        connect("victor");
        connect("victor");
        assertThatThrownBy(() -> connect("victor")).isInstanceOf(MqttException.class);
        assertThat(broker.denials().count(Denials.Kind.connect)).isEqualTo(1);
    }
}
