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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A cluster of a plain member, {@code site-1}, and a live/backup pair for {@code site-2}: three packaged nodes in
 * their own JVMs, each listing the two others. Site-1's QoS 1 publisher feeds a persistent session held on site-2
 * before and after site-2's primary is killed (SIGKILL); the backup takes over, site-1's bridge to site-2 moves to
 * it, and the session finds every message site-1 acknowledged. Site-1's subscriber sees site-2's objects and values
 * again, now from the backup, and messages cross both ways between site-1 and the backup.
 */
class HighAvailabilityInClusterIT {

    private static final Duration SLOW = Duration.ofSeconds(120);
    private static final int VALUES = 200;
    private static final String TOPIC = "site/meter/readings";
    private static final String SITE_2_VALUE = "ob/v1/site-2/room-1-01/temperature";

    private final int mqttSite1 = FreePorts.next();
    private final int mqttPrimary = FreePorts.next();
    private final int mqttBackup = FreePorts.next();
    private final int clusterSite1 = FreePorts.next();
    private final int clusterPrimary = FreePorts.next();
    private final int clusterBackup = FreePorts.next();
    private final List<PackagedNode> nodes = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (PackagedNode node : nodes) {
            node.close();
        }
    }

    @Test
    void site1KeepsSite2sObjectsAndEveryAcknowledgedMessageReachesSite2WhenItsPrimaryIsKilled() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "ha-cluster-").toAbsolutePath();
        PackagedNode site1 = start(dir, "site-1", "none", mqttSite1, clusterSite1, clusterPrimary, clusterBackup);
        PackagedNode primary =
                start(dir, "site-2", "primary", mqttPrimary, clusterPrimary, clusterSite1, clusterBackup);
        PackagedNode backup = start(dir, "site-2", "backup", mqttBackup, clusterBackup, clusterSite1, clusterPrimary);
        site1.awaitRunning();
        primary.awaitRunning();
        backup.awaitLine(SLOW, "synchronized with its primary");
        assertThat(backup.stdout()).doesNotContain(PackagedNode.RUNNING);

        try (Paho5Probe watcher = new Paho5Probe(url(mqttSite1), "site-1-watcher");
                Paho5Probe publisher = new Paho5Probe(url(mqttSite1), "meter")) {
            watcher.subscribe("ob/v1/site-2/#", 1);
            watcher.await(r -> r.topic().equals(SITE_2_VALUE), SLOW);
            holdSessionOnSite2(publisher);
            publishReadings(publisher, 0, VALUES / 2);
            long killedAt = System.nanoTime();
            primary.kill();
            // Accepted by site-1 while site-2 has no live broker: its bridge keeps them for whichever comes back.
            publishReadings(publisher, VALUES / 2, VALUES);

            backup.awaitLine(SLOW, "took over from its primary");
            long active = sinceMs(killedAt);
            try (Paho5Probe session = PairClient.reconnect(mqttPrimary, mqttBackup, "meter-keeper", SLOW)) {
                assertThat(session.client().getCurrentServerURI()).isEqualTo(url(mqttBackup));
                await().atMost(SLOW).until(() -> readings(session).size() >= VALUES);
                long received = sinceMs(killedAt);
                assertThat(readings(session).stream().distinct().toList())
                        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, VALUES)
                                .mapToObj(i -> "reading " + i)
                                .toList());
                System.out.printf(
                        "after the kill: backup active %d ms, the %d readings received from it %d ms (%d twice)%n",
                        active, VALUES, received, readings(session).size() - VALUES);
            }
            backup.awaitRunning();
            long running = sinceMs(killedAt);
            int before = watcher.on(SITE_2_VALUE).size();
            await().atMost(SLOW).until(() -> watcher.on(SITE_2_VALUE).size() > before);
            System.out.printf(
                    "after the kill: backup's node running %d ms, its values on site-1 %d ms%n",
                    running, sinceMs(killedAt));
        }
        assertLateJoinerOnSite1GetsSite2Online();
        assertMessagesCrossBothWays();
    }

    private PackagedNode start(Path dir, String node, String role, int mqtt, int cluster, int... others)
            throws IOException {
        Map<String, String> settings = PackagedNodeStartFailureIT.quiet(mqtt);
        settings.put("camel.component.objectbus.node-id", node);
        settings.put("objectbus.sim.enabled", "true");
        settings.put("objectbus.history.enabled", "false");
        settings.put("objectbus.http.enabled", "false");
        settings.put("objectbus.sim.bacnet.port", String.valueOf(TwoNodeSite.udpPort()));
        settings.put("objectbus.sim.bacnet.adapter-port", String.valueOf(TwoNodeSite.udpPort()));
        settings.put("objectbus.cluster.port", String.valueOf(cluster));
        settings.put(
                "objectbus.cluster.members",
                IntStream.of(others).mapToObj(port -> "127.0.0.1:" + port).collect(Collectors.joining(",")));
        settings.put("objectbus.cluster.password", "cluster-secret");
        settings.put("objectbus.cluster.ha", role);
        PackagedNode started = PackagedNode.start(NodeLayout.roomsOnly(dir.resolve(node + "-" + role)), settings);
        nodes.add(started);
        return started;
    }

    /**
     * A persistent session on site-2 subscribes, and stays connected until a message from site-1 reaches it: from
     * then on site-1 knows the subscription and routes the topic to site-2 also while the session is away.
     */
    private void holdSessionOnSite2(Paho5Probe publisher) throws Exception {
        try (Paho5Probe session = PairClient.connect(mqttPrimary, mqttBackup, "meter-keeper")) {
            session.subscribe(TOPIC, 1);
            await().atMost(SLOW).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                publisher.publish(TOPIC, "warm-up", 1, false);
                assertThat(session.on(TOPIC)).isNotEmpty();
            });
        }
    }

    /** Each returns once site-1 has acknowledged it (PUBACK). */
    private static void publishReadings(Paho5Probe publisher, int from, int to) throws Exception {
        for (int i = from; i < to; i++) {
            publisher.publish(TOPIC, "reading " + i, 1, false);
        }
    }

    private static List<String> readings(Paho5Probe session) {
        return session.on(TOPIC).stream()
                .map(Received::text)
                .filter(text -> text.startsWith("reading "))
                .toList();
    }

    /** A late joiner on site-1 gets site-2's node online again, with its rooms, now served by the backup. */
    private void assertLateJoinerOnSite1GetsSite2Online() throws Exception {
        try (Paho5Probe late = new Paho5Probe(url(mqttSite1), "site-1-late")) {
            late.subscribe("ob/v1/site-2/$state", 1);
            late.subscribe("ob/v1/site-2/room-1-01/$info", 1);
            await().atMost(SLOW).untilAsserted(() -> {
                assertThat(late.on("ob/v1/site-2/$state")).last().satisfies(state -> assertThat(state.text())
                        .contains("\"online\":true"));
                assertThat(late.on("ob/v1/site-2/room-1-01/$info")).isNotEmpty();
            });
        }
    }

    /** Site-1 and the backup, now site-2's live member, each get what the other's clients publish. */
    private void assertMessagesCrossBothWays() throws Exception {
        try (Paho5Probe on1 = new Paho5Probe(url(mqttSite1), "cross-1");
                Paho5Probe on2 = new Paho5Probe(url(mqttBackup), "cross-2")) {
            on1.subscribe("site/news", 1);
            on2.subscribe("site/news", 1);
            await().atMost(SLOW).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                on1.publish("site/news", "from site-1", 1, false);
                on2.publish("site/news", "from site-2", 1, false);
                assertThat(on1.on("site/news")).extracting(Received::text).contains("from site-2");
                assertThat(on2.on("site/news")).extracting(Received::text).contains("from site-1");
            });
        }
    }

    private static long sinceMs(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String url(int port) {
        return "tcp://127.0.0.1:" + port;
    }
}
