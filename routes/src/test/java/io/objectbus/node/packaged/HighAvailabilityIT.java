// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A node and its backup, packaged nodes in their own JVMs with the same node id, as a live/backup pair of Artemis
 * replication. The primary is killed (SIGKILL) after it acknowledged a publisher's QoS 1 messages; a subscriber with
 * a persistent session, listing both members' addresses, finds its session and every message on the backup, whose
 * node has started its simulated site and serves its picture.
 *
 * <p>{@code -Dobjectbus.it.ha=none} runs the same with two ordinary members instead of a pair, to see it fail: the
 * second member has neither the session nor its messages, and the wait for them times out.
 */
class HighAvailabilityIT {

    private static final Duration SLOW = Duration.ofSeconds(120);
    private static final int VALUES = 200;
    private static final String TOPIC = "site/meter/readings";
    private static final boolean PAIR = !"none".equals(System.getProperty("objectbus.it.ha", "pair"));

    private final int mqttPrimary = FreePorts.next();
    private final int mqttBackup = FreePorts.next();
    private final int clusterPrimary = FreePorts.next();
    private final int clusterBackup = FreePorts.next();
    private PackagedNode primary;
    private PackagedNode backup;

    @AfterEach
    void stop() throws Exception {
        for (PackagedNode node : new PackagedNode[] {backup, primary}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static Map<String, String> member(String role, int mqtt, int cluster, int other) {
        Map<String, String> settings = PackagedNodeStartFailureIT.quiet(mqtt);
        settings.put("camel.component.objectbus.node-id", "site-1");
        settings.put("objectbus.sim.enabled", "true");
        settings.put("objectbus.history.enabled", "false");
        settings.put("objectbus.http.enabled", "false");
        settings.put("objectbus.sim.bacnet.port", String.valueOf(TwoNodeSite.udpPort()));
        settings.put("objectbus.sim.bacnet.adapter-port", String.valueOf(TwoNodeSite.udpPort()));
        settings.put("objectbus.cluster.port", String.valueOf(cluster));
        settings.put("objectbus.cluster.members", "127.0.0.1:" + other);
        settings.put("objectbus.cluster.password", "cluster-secret");
        settings.put("objectbus.cluster.ha", PAIR ? role : "none");
        return settings;
    }

    @Test
    void aPersistentSessionGetsEveryAcknowledgedMessageFromTheBackupAfterThePrimaryIsKilled() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "ha-pair-").toAbsolutePath();
        primary = PackagedNode.start(
                roomsOnly(dir.resolve("primary")), member("primary", mqttPrimary, clusterPrimary, clusterBackup));
        backup = PackagedNode.start(
                roomsOnly(dir.resolve("backup")), member("backup", mqttBackup, clusterBackup, clusterPrimary));
        primary.awaitRunning();
        if (PAIR) {
            backup.awaitLine(SLOW, "synchronized with its primary");
            assertThat(backup.stdout()).doesNotContain(PackagedNode.RUNNING);
        } else {
            backup.awaitRunning();
        }
        try (Paho5Probe subscriber = new Paho5Probe(url(mqttPrimary), "meter-keeper", bothMembers())) {
            subscriber.subscribe(TOPIC, 1);
        }
        try (Paho5Probe publisher = new Paho5Probe(url(mqttPrimary), "meter")) {
            for (int i = 0; i < VALUES; i++) {
                publisher.publish(TOPIC, "reading " + i, 1, false); // returns once PUBACKed
            }
        }
        long killedAt = System.nanoTime();
        primary.kill();

        try (Paho5Probe subscriber = reconnect()) {
            assertThat(subscriber.client().getCurrentServerURI()).isEqualTo(url(mqttBackup));
            await().atMost(SLOW).until(() -> subscriber.on(TOPIC).size() >= VALUES);
            long receivedAfterMs = (System.nanoTime() - killedAt) / 1_000_000;
            assertThat(subscriber.on(TOPIC))
                    .extracting(Received::text)
                    .containsExactlyElementsOf(IntStream.range(0, VALUES)
                            .mapToObj(i -> "reading " + i)
                            .toList());
            System.out.printf(
                    "the %d messages were received %d ms after the primary was killed%n", VALUES, receivedAfterMs);
        }
        backup.awaitRunning();
        long runningAfterMs = (System.nanoTime() - killedAt) / 1_000_000;
        try (Paho5Probe late = new Paho5Probe(url(mqttBackup), "late-joiner")) {
            // The rooms may be described just after the node says it runs: a subscription made again gets them then.
            await().atMost(SLOW).untilAsserted(() -> {
                late.subscribe("ob/v1/site-1/room-1-01/$info", 1);
                assertThat(late.on("ob/v1/site-1/room-1-01/$info"))
                        .anySatisfy(info -> assertThat(info.retained()).isTrue());
            });
        }
        System.out.printf("the backup's node ran %d ms after the primary was killed%n", runningAfterMs);
    }

    /** The node's layout with the simulated site's rooms and none of its simulated protocols: a quicker start. */
    private static NodeLayout roomsOnly(Path home) throws IOException {
        NodeLayout layout = NodeLayout.copy(home);
        try (Stream<Path> files = Files.list(home.resolve("routes").resolve("simulator"))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("sim-values.camel.yaml"))
                    .toList()) {
                Files.delete(file);
            }
        }
        return layout;
    }

    /** The subscriber as a client does after losing its broker: again and again until one of the addresses answers. */
    private Paho5Probe reconnect() {
        return await().atMost(SLOW)
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> new Paho5Probe(url(mqttPrimary), "meter-keeper", bothMembers()), probe -> true);
    }

    /** A client of a pair lists both members: Paho tries them in turn, and only the active one listens. */
    private MqttConnectionOptions bothMembers() {
        MqttConnectionOptions options = Paho5Probe.options(false, 3600);
        options.setServerURIs(new String[] {url(mqttPrimary), url(mqttBackup)});
        return options;
    }

    private static String url(int port) {
        return "tcp://127.0.0.1:" + port;
    }
}
