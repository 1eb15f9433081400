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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three packaged nodes in their own JVMs whose once-per-site file runs under a Raft lease among them
 * ({@code objectbus.cluster.lease=raft}), with no folder they share: the file runs on one member, moves to another
 * when that member is killed, and stops on the last member once it has lost the majority.
 */
class RaftSiteIT {

    private static final Duration SLOW = Duration.ofSeconds(90);
    private static final String VALUES = "ob/v1/+/raft-probe/temperature";
    private static final String HELD = "this member holds its lease";
    private static final String LOST = "another member holds its lease; routes [adapter-test-raft] stopped here";
    private static final int MEMBERS = 3;
    private static final List<Integer> MQTT = new ArrayList<>();
    private static final List<Integer> RAFT = new ArrayList<>();
    private static final List<PackagedNode> NODES = new ArrayList<>();
    private static final List<Paho5Probe> WATCHERS = new ArrayList<>();

    @BeforeAll
    static void startSite() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "raft-three-").toAbsolutePath();
        for (int i = 0; i < MEMBERS; i++) {
            MQTT.add(FreePorts.next());
            RAFT.add(FreePorts.next());
        }
        for (int i = 0; i < MEMBERS; i++) {
            NodeLayout layout = NodeLayout.copy(dir.resolve("member-" + (i + 1)));
            layout.addRoute("adapters", "probe-once-per-site.camel.yaml", ADAPTER);
            NODES.add(PackagedNode.start(layout, member(i)));
        }
        NODES.forEach(PackagedNode::awaitRunning);
        for (int i = 0; i < MEMBERS; i++) {
            Paho5Probe watcher = new Paho5Probe("tcp://127.0.0.1:" + MQTT.get(i), "watch-" + (i + 1));
            watcher.subscribe(VALUES, 0);
            WATCHERS.add(watcher);
        }
    }

    /** Not an Artemis cluster: the lease alone is under test, each member's objects are seen on its own broker. */
    private static Map<String, String> member(int i) {
        Map<String, String> settings = PackagedNodeStartFailureIT.quiet(MQTT.get(i));
        settings.put("camel.component.objectbus.node-id", node(i));
        settings.put("objectbus.cluster.lease", "raft");
        settings.put("objectbus.cluster.lease-interval", "1000");
        settings.put(
                "objectbus.cluster.raft.members",
                IntStream.range(0, MEMBERS)
                        .mapToObj(m -> node(m) + "@127.0.0.1:" + RAFT.get(m))
                        .collect(Collectors.joining(",")));
        return settings;
    }

    private static final String ADAPTER =
            """
            - route:
                id: adapter-test-raft
                from:
                  uri: timer:raft-probe
                  parameters:
                    period: 200
                  steps:
                    - setBody:
                        constant: '{"id":"raft-probe","type":"weather","resources":{"temperature":{"type":"number","unit":"Cel"}}}'
                    - to: objectbus:describe
                    - setBody:
                        constant: '{"temperature": 4.5}'
                    - to: objectbus:publish?object=raft-probe
            """;

    private static String node(int i) {
        return "raft-" + (i + 1);
    }

    @AfterAll
    static void stop() {
        WATCHERS.forEach(Paho5Probe::close);
        NODES.parallelStream().forEach(node -> {
            try {
                node.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Test
    void theFileRunsOnOneMemberMovesWhenItIsKilledAndStopsOnTheLastMemberWithoutAMajority() throws Exception {
        int first = soleRunner(List.of(0, 1, 2));
        long killedAt = System.nanoTime();
        NODES.get(first).kill();

        List<Integer> survivors =
                IntStream.range(0, MEMBERS).filter(i -> i != first).boxed().toList();
        survivors.forEach(i -> WATCHERS.get(i).clear());
        int second = soleRunner(survivors);
        System.out.printf(
                "Raft lease moved from %s to %s: values under the new node %d ms after the kill%n",
                node(first), node(second), (System.nanoTime() - killedAt) / 1_000_000);

        int third = survivors.get(0) == second ? survivors.get(1) : survivors.get(0);
        long secondKillAt = System.nanoTime();
        NODES.get(third).kill();
        NODES.get(second).awaitLine(SLOW, "probe-once-per-site.camel.yaml", LOST);
        System.out.printf(
                "%s, without a majority, stopped the file %d ms after the second kill%n",
                node(second), (System.nanoTime() - secondKillAt) / 1_000_000);
        Paho5Probe last = WATCHERS.get(second);
        last.clear();
        await().during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(last.received()).isEmpty());
    }

    /** Waits for the one member (of these) whose node reports the file's values, and checks it stays the only one. */
    private static int soleRunner(List<Integer> members) {
        int runner = await().atMost(SLOW)
                .until(
                        () -> members.stream()
                                .filter(i -> !WATCHERS.get(i).received().isEmpty())
                                .findFirst()
                                .orElse(-1),
                        i -> i >= 0);
        assertThat(owner(WATCHERS.get(runner).received().get(0))).isEqualTo(node(runner));
        NODES.get(runner).awaitLine(SLOW, "probe-once-per-site.camel.yaml", HELD);
        members.stream().filter(i -> i != runner).forEach(i -> WATCHERS.get(i).clear());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20)).untilAsserted(() -> members.stream()
                .filter(i -> i != runner)
                .forEach(i -> assertThat(WATCHERS.get(i).received()).as(node(i)).isEmpty()));
        return runner;
    }

    private static String owner(Received received) {
        return received.topic().split("/")[2];
    }
}
