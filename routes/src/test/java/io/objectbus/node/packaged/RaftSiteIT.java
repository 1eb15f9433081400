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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three packaged nodes in their own JVMs whose once-per-site file runs under a Raft lease among them
 * ({@code objectbus.cluster.lease=raft}), with no folder they share: the file runs on one member, moves to another
 * when that member is paused and does not run on the paused one once it wakes, moves when the member running it is
 * killed, and stops on the last member once it has lost the majority. The pause comes first: it needs all three.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RaftSiteIT {

    private static final Duration SLOW = Duration.ofSeconds(90);
    private static final String VALUES = "ob/v1/+/raft-probe/temperature";
    private static final String HELD = "this member holds its lease";
    private static final String LOST = "another member holds its lease; routes [adapter-test-raft] stopped here";
    private static final String GROUP_OF_THREE = " of 3: ";
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

    /** A value that changes at each tick: the bus publishes an unchanged value only every ten minutes. */
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
                        simple: '{"temperature": ${random(0,1000000)}}'
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
    @Order(1)
    void aPausedLeaderStopsTheFileAsSoonAsItWakesAndTheNewLeaderRunsItOn() throws Exception {
        int first = soleRunner(List.of(0, 1, 2));
        long frozenAt = System.nanoTime();
        NODES.get(first).freeze();
        List<Integer> others =
                IntStream.range(0, MEMBERS).filter(i -> i != first).boxed().toList();
        others.forEach(i -> WATCHERS.get(i).clear());
        int second = soleRunner(others);
        System.out.printf(
                "Raft lease moved from the paused %s to %s: values under the new node %d ms after the pause%n",
                node(first), node(second), (System.nanoTime() - frozenAt) / 1_000_000);

        // Its broker is paused too: nothing reaches its subscriber until the thaw, and what comes then is the file's.
        Paho5Probe old = WATCHERS.get(first);
        old.clear();
        int stopsBefore = NODES.get(first).linesWith(LOST).size();
        int groupsBefore = NODES.get(first).linesWith(GROUP_OF_THREE).size();
        long thawedAt = System.nanoTime();
        NODES.get(first).thaw();
        awaitAnotherLine(first, stopsBefore, LOST);
        System.out.printf(
                "%s, thawed, stopped the file %d ms after the thaw; its node published %d values meanwhile%n",
                node(first),
                (System.nanoTime() - thawedAt) / 1_000_000,
                live(old).size());
        // At most what its broker held when it was paused; a file that ran on would publish five a second.
        assertThat(live(old)).as("values of the thawed member").hasSizeLessThanOrEqualTo(2);

        // The healed split heals: the thawed member is in one group with the others again (the kill test needs it).
        awaitAnotherLine(first, groupsBefore, GROUP_OF_THREE);
        System.out.printf(
                "%s back in the group of three %d ms after the thaw%n",
                node(first), (System.nanoTime() - thawedAt) / 1_000_000);
        WATCHERS.forEach(Paho5Probe::clear);
        long settledAt = System.nanoTime();
        int runner = soleRunner(List.of(0, 1, 2));
        System.out.printf(
                "After the thaw the file runs on %s: values within %d ms%n",
                node(runner), (System.nanoTime() - settledAt) / 1_000_000);
    }

    @Test
    @Order(2)
    void theFileRunsOnOneMemberMovesWhenItIsKilledAndStopsOnTheLastMemberWithoutAMajority() throws Exception {
        WATCHERS.forEach(Paho5Probe::clear);
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
        int stopsBefore = NODES.get(second).linesWith(LOST).size();
        long secondKillAt = System.nanoTime();
        NODES.get(third).kill();
        awaitAnotherLine(second, stopsBefore, LOST);
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

    /** The node's log has one more line with the text than it had: an earlier one does not count. */
    private static void awaitAnotherLine(int member, int before, String text) {
        await().atMost(SLOW)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> NODES.get(member).linesWith(text).size() > before);
    }

    private static List<Received> live(Paho5Probe watcher) {
        return watcher.received().stream().filter(r -> !r.retained()).toList();
    }

    private static String owner(Received received) {
        return received.topic().split("/")[2];
    }
}
