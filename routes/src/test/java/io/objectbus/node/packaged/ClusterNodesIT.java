// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two packaged nodes in their own JVMs whose brokers form one cluster: node A runs the simulated site, node B joins
 * after A runs and has no objects of its own. A client of B sees, finds and writes A's rooms.
 */
class ClusterNodesIT {

    private static final int CLUSTER_A = FreePorts.next();
    private static final int CLUSTER_B = FreePorts.next();
    private static final int MQTT_A = FreePorts.next();
    private static final int MQTT_B = FreePorts.next();
    private static PackagedNode a;
    private static PackagedNode b;

    @BeforeAll
    static void startCluster() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "cluster-site-").toAbsolutePath();
        Map<String, String> settingsOfA = member("site-a", MQTT_A, CLUSTER_A, CLUSTER_B);
        settingsOfA.put("objectbus.sim.enabled", "true");
        settingsOfA.put("objectbus.sim.bacnet.port", String.valueOf(TwoNodeSite.udpPort()));
        settingsOfA.put("objectbus.sim.bacnet.adapter-port", String.valueOf(TwoNodeSite.udpPort()));
        a = PackagedNode.start(NodeLayout.copy(dir.resolve("a")), settingsOfA).awaitRunning();
        b = PackagedNode.start(NodeLayout.copy(dir.resolve("b")), member("site-b", MQTT_B, CLUSTER_B, CLUSTER_A))
                .awaitRunning();
    }

    private static Map<String, String> member(String node, int mqtt, int cluster, int other) {
        Map<String, String> settings = PackagedNodeStartFailureIT.quiet(mqtt);
        settings.put("camel.component.objectbus.node-id", node);
        settings.put("objectbus.cluster.port", String.valueOf(cluster));
        settings.put("objectbus.cluster.members", "127.0.0.1:" + other);
        settings.put("objectbus.cluster.password", "cluster-secret");
        return settings;
    }

    @AfterAll
    static void stop() throws Exception {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aLateJoinerOnTheOtherMemberGetsTheSimulatedRoomsAsRetainedMessages() throws Exception {
        try (Paho5Probe late = new Paho5Probe("tcp://127.0.0.1:" + MQTT_B, "late-on-b")) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                late.subscribe("ob/v1/site-a/room-1-01/$info", 1);
                assertThat(late.on("ob/v1/site-a/room-1-01/$info"))
                        .anySatisfy(info -> assertThat(info.retained()).isTrue());
            });
        }
    }

    @Test
    void aWriteSentToTheOtherMemberIsAppliedByTheSimulatedSite() throws Exception {
        try (Paho5Probe writer = new Paho5Probe("tcp://127.0.0.1:" + MQTT_B, "writer-on-b")) {
            writer.subscribe("me/answers", 1);
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                writer.clear();
                writer.request("ob/v1/site-a/room-1-01/setpoint/$set", "{\"v\":22.5,\"p\":8}", "me/answers", "w1");
                await().atMost(Duration.ofSeconds(5))
                        .until(() -> !writer.on("me/answers").isEmpty());
            });
            Received answer = writer.awaitOn("me/answers", "\"applied\"");
            assertThat(answer.text()).contains("22.5");
        }
    }

    @Test
    void aNodeStartedWithAClusterPortButNoPasswordEndsWithOneClearLine() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "cluster-bad-").toAbsolutePath();
        Map<String, String> settings = PackagedNodeStartFailureIT.quiet(FreePorts.next());
        settings.put("objectbus.cluster.port", String.valueOf(FreePorts.next()));
        try (PackagedNode node = PackagedNode.start(NodeLayout.copy(dir), settings)) {
            assertThat(node.awaitExit(Duration.ofSeconds(120))).isEqualTo(1);
            assertThat(node.linesWith("The node did not start"))
                    .singleElement()
                    .asString()
                    .contains("objectbus.cluster.password must be set");
        }
    }
}
