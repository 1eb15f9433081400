// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged node with an identities file made by {@code ./objectbus users}'s command, no anonymous clients even on
 * loopback: an operator writes the simulated site within its grant and gets the bus's reply, and everything beyond a
 * role's grant is refused by the broker and logged by the node.
 */
class PackagedNodeSecurityIT {

    private static final String PASSWORD = "pa ss%+&word";

    @TempDir
    static Path dir;

    private static Path identities;
    private static PackagedNode node;
    private static String url;
    private final List<MqttAsyncClient> clients = new ArrayList<>();
    private final List<Paho5Probe> probes = new ArrayList<>();

    @BeforeAll
    static void startNode() throws Exception {
        NodeLayout layout = NodeLayout.copy(dir);
        identities = layout.home().resolve("identities.yaml");
        users("add", "alice", "--role", "operator", "--objects", "room-1-*", "--priority", "8");
        users("add", "victor", "--role", "viewer");
        int port = FreePorts.next();
        Map<String, String> settings = PackagedNodeStartFailureIT.quiet(port);
        settings.put("objectbus.sim.enabled", "true");
        settings.put("objectbus.sim.bacnet.port", "0");
        settings.put("objectbus.broker.identities-file", identities.toString());
        settings.put("objectbus.broker.anonymous-on-loopback", "false");
        node = PackagedNode.start(layout, settings).awaitRunning();
        url = "tcp://127.0.0.1:" + port;
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.close();
        }
    }

    @AfterEach
    void closeClients() throws MqttException {
        for (MqttAsyncClient client : clients) {
            if (client.isConnected()) {
                client.disconnectForcibly(1000);
            }
            client.close(true);
        }
        probes.forEach(Paho5Probe::close);
    }

    /** The users command of the launcher, on the packaged class path, with the password on standard input. */
    private static void users(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                PackagedNode.classPath(List.of()),
                "io.objectbus.node.cli.UsersCommand",
                "--file",
                identities.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
    }

    private MqttAsyncClient connect(String user) throws MqttException {
        MqttAsyncClient client = new MqttAsyncClient(url, user + "-" + System.nanoTime(), new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        if (user != null) {
            options.setUserName(user);
            options.setPassword(PASSWORD.getBytes(StandardCharsets.UTF_8));
        }
        clients.add(client);
        client.connect(options).waitForCompletion(10_000);
        return client;
    }

    /** A write with its replies on the writer's own reply topic; the PUBACK's reason code (0x87: not authorized). */
    private static int write(MqttAsyncClient client, String object, String payload, String replies)
            throws MqttException {
        MqttProperties properties = new MqttProperties();
        properties.setResponseTopic(replies);
        MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8), 1, false, properties);
        IMqttToken token = client.publish("ob/v1/node1/" + object + "/setpoint/$set", message);
        token.waitForCompletion(10_000);
        return token.getReasonCodes() == null ? 0 : token.getReasonCodes()[0];
    }

    /** A client of the identity that records what it receives; the SUBACK's reason code. */
    private static int subscribe(Paho5Probe probe, String filter) throws MqttException {
        return probe.client().subscribe(filter, 1).getReasonCodes()[0];
    }

    private Paho5Probe probe(String user) throws MqttException {
        MqttConnectionOptions options = Paho5Probe.options(true, 0);
        options.setUserName(user);
        options.setPassword(PASSWORD.getBytes(StandardCharsets.UTF_8));
        Paho5Probe probe = new Paho5Probe(url, user + "-probe-" + System.nanoTime(), options);
        probes.add(probe);
        return probe;
    }

    @Test
    void anOperatorWritesWithinItsGrantAndGetsTheBusReplyOnItsOwnReplyTopic() throws Exception {
        Paho5Probe replies = probe("alice");
        assertThat(subscribe(replies, "reply/alice/#")).isLessThan(0x80);
        assertThat(write(connect("alice"), "room-1-01", "{\"v\":22.5,\"p\":8}", "reply/alice/w1"))
                .isLessThan(0x80);
        await().atMost(Duration.ofSeconds(30)).until(() -> replies.on("reply/alice/w1").stream()
                .anyMatch(reply -> reply.text().contains("\"applied\"")));
    }

    @Test
    void writesBeyondTheGrantAreRefusedByTheBrokerAndLogged() throws Exception {
        MqttAsyncClient alice = connect("alice");
        assertThat(write(alice, "room-1-01", "{\"v\":30,\"p\":1}", "reply/alice/w2"))
                .isEqualTo(0x87);
        assertThat(write(connect("alice"), "room-2-01", "{\"v\":20,\"p\":8}", "reply/alice/w3"))
                .isEqualTo(0x87);
        assertThat(write(connect("victor"), "room-1-01", "21", "reply/victor/w4"))
                .isEqualTo(0x87);
        node.awaitLine(Duration.ofSeconds(30), "Refused the write of user 'alice'", "priority 1 is above the grant");
        node.awaitLine(Duration.ofSeconds(30), "Refused the publish of user 'victor'", "not granted to role viewer");
        assertThat(node.output()).doesNotContain(PASSWORD);
    }

    @Test
    void nobodyReadsAnotherIdentitysRepliesNorConnectsWithoutAPassword() throws Exception {
        assertThat(subscribe(probe("victor"), "reply/alice/#")).isGreaterThanOrEqualTo(0x80);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> connect(null)).isInstanceOf(MqttException.class);
        node.awaitLine(Duration.ofSeconds(30), "Refused the MQTT connection of user ''");
    }
}
