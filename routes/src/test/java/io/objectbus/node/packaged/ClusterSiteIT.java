// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.bus.Json;
import io.objectbus.opcua.support.TestServer;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Three packaged nodes in their own JVMs whose brokers form one cluster, each with the same once-per-site OPC UA
 * adapter of a plant server and a lease folder they share. Clients on different members see each other's messages
 * and every member's node; the adapter runs on one member, and on another once that member is killed, whose node the
 * others then show offline.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterSiteIT {

    private static final Duration SLOW = Duration.ofSeconds(90);
    private static final String PLANT_INFO = "ob/v1/+/plant-Boiler1/$info";
    private static final int MEMBERS = 3;
    private static final List<Integer> MQTT = new ArrayList<>();
    private static final List<Integer> CLUSTER = new ArrayList<>();
    private static final List<PackagedNode> NODES = new ArrayList<>();
    private static final List<NodeLayout> LAYOUTS = new ArrayList<>();
    private static final List<Map<String, String>> SETTINGS = new ArrayList<>();
    /** Asks in a row, each right after its reply topic is subscribed, as an application asks. */
    private static final int ASKS = 6;

    private static String killed;
    private static String holder;
    private static TestServer plant;

    @BeforeAll
    static void startSite() throws Exception {
        plant = TestServer.start(FreePorts.next(), false);
        Path dir =
                Files.createTempDirectory(Path.of("target"), "cluster-three-").toAbsolutePath();
        for (int i = 0; i < MEMBERS; i++) {
            MQTT.add(FreePorts.next());
            CLUSTER.add(FreePorts.next());
        }
        for (int i = 0; i < MEMBERS; i++) {
            NodeLayout layout = NodeLayout.copy(dir.resolve("member-" + (i + 1)));
            layout.addRoute("adapters", "plant-once-per-site.camel.yaml", adapter(plant));
            LAYOUTS.add(layout);
            SETTINGS.add(member(i, dir.resolve("leases")));
            NODES.add(PackagedNode.start(layout, SETTINGS.get(i)));
        }
        NODES.forEach(PackagedNode::awaitRunning);
    }

    private static Map<String, String> member(int i, Path leases) {
        Map<String, String> settings = PackagedNodeStartFailureIT.quiet(MQTT.get(i));
        settings.put("camel.component.objectbus.node-id", node(i));
        settings.put("objectbus.cluster.port", String.valueOf(CLUSTER.get(i)));
        settings.put(
                "objectbus.cluster.members",
                CLUSTER.stream()
                        .filter(port -> !port.equals(CLUSTER.get(i)))
                        .map(port -> "127.0.0.1:" + port)
                        .collect(Collectors.joining(",")));
        settings.put("objectbus.cluster.password", "cluster-secret");
        settings.put("objectbus.cluster.lease-dir", leases.toString());
        settings.put("objectbus.cluster.lease-interval", "1000");
        return settings;
    }

    private static String adapter(TestServer server) {
        return """
                - route:
                    id: adapter-opcua-plant
                    from:
                      uri: kamelet:opcua-source
                      parameters:
                        name: plant
                        endpointUrl: "%s"
                        roots: "%s"
                        samplingInterval: 200
                        publishingInterval: 200
                        reconnectDelay: 500
                        reconnectMaxDelay: 2000
                        writable: true
                      steps:
                        - log:
                            loggingLevel: TRACE
                            message: "OPC UA ${header.OpcUaEvent}"
                """
                .formatted(server.url(), TestServer.PLANT_ROOT);
    }

    private static String node(int i) {
        return "site-" + (i + 1);
    }

    private static String url(int i) {
        return "tcp://127.0.0.1:" + MQTT.get(i);
    }

    @AfterAll
    static void stop() throws Exception {
        // Each stops in its own time: SIGTERM to all, then wait for all.
        NODES.parallelStream().forEach(node -> {
            try {
                node.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        if (plant != null) {
            plant.close();
        }
    }

    @Test
    @Order(1)
    void aMessagePublishedOnOneMemberReachesSubscribersOnBothOthers() throws Exception {
        try (Paho5Probe on2 = new Paho5Probe(url(1), "sub-2");
                Paho5Probe on3 = new Paho5Probe(url(2), "sub-3");
                Paho5Probe publisher = new Paho5Probe(url(0), "pub-1")) {
            on2.subscribe("site/news", 1);
            on3.subscribe("site/news", 1);
            await().atMost(SLOW).untilAsserted(() -> {
                publisher.publish("site/news", "from member 1", 1, false);
                assertThat(on2.on("site/news")).isNotEmpty();
                assertThat(on3.on("site/news")).isNotEmpty();
            });
            assertThat(on3.on("site/news").get(0).text()).isEqualTo("from member 1");
        }
    }

    @Test
    @Order(2)
    void everyDiscoveryAskedRightAfterSubscribingItsReplyTopicIsAnsweredOnceByEveryMembersNode() throws Exception {
        assertEveryAskAnsweredOnceByEachNode(2, "asker-3", List.of(node(0), node(1), node(2)));
    }

    /**
     * The bench's sequence: a late subscriber to everything takes the whole picture through one member and leaves, and a
     * new client asks on another member at once: every node answers that first ask.
     */
    @Test
    @Order(3)
    void aDiscoveryRightAfterALateSubscriberToEverythingLeftAnotherMemberIsAnsweredByEveryNode() throws Exception {
        try (Paho5Probe late = new Paho5Probe(url(2), "late-everything-3")) {
            late.subscribe("ob/v1/#", 0);
            await().atMost(SLOW).untilAsserted(() -> {
                for (int i = 0; i < MEMBERS; i++) {
                    assertThat(late.on("ob/v1/" + node(i) + "/$state")).isNotEmpty();
                }
            });
        }
        try (Paho5Probe asker = new Paho5Probe(url(1), "asker-after-late-2")) {
            asker.subscribe("me/replies/after-late", 1);
            asker.request("ob/v1/$discover", "{\"list\":\"objects\"}", "me/replies/after-late", "first");
            await().atMost(SLOW).untilAsserted(() -> assertThat(asker.on("me/replies/after-late").stream()
                            .map(r -> parse(r).get("node").asText())
                            .collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(node(0), node(1), node(2)));
        }
    }

    /**
     * Asks {@code ASKS} times on the member, each with a reply topic subscribed just before and never again: an answer
     * that another member sends before it has learnt of that subscription must still reach the asker.
     */
    private static void assertEveryAskAnsweredOnceByEachNode(int member, String client, List<String> nodes)
            throws Exception {
        try (Paho5Probe asker = new Paho5Probe(url(member), client)) {
            for (int ask = 0; ask < ASKS; ask++) {
                asker.subscribe("me/replies/" + ask, 1);
                asker.request("ob/v1/$discover", "{}", "me/replies/" + ask, "q" + ask);
            }
            await().atMost(SLOW).untilAsserted(() -> {
                for (int ask = 0; ask < ASKS; ask++) {
                    assertThat(answeringNodes(asker, ask))
                            .as("answers to ask " + ask)
                            .hasSizeGreaterThanOrEqualTo(nodes.size());
                }
            });
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                for (int ask = 0; ask < ASKS; ask++) {
                    assertThat(answeringNodes(asker, ask)).containsExactlyInAnyOrderElementsOf(nodes);
                }
            });
        }
    }

    private static List<String> answeringNodes(Paho5Probe asker, int ask) {
        return asker.on("me/replies/" + ask).stream()
                .map(r -> parse(r).get("node").asText())
                .toList();
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(Received received) {
        try {
            return Json.parse(received.payload());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + received, e);
        }
    }

    /**
     * The member holding the plant's lease frozen (SIGSTOP) until both others have shown its node offline, then thawed:
     * silent to the others as behind a cut network, its file lock held. The lease stays with it: no other member runs
     * the plant meanwhile. Once it is back the cluster is whole again: every member shows every node online, the two
     * members that never lost each other never showed each other offline, and messages cross both ways.
     */
    @Test
    @Order(4)
    void aLeaseHolderSilentPastTheClusterTimeoutKeepsTheLeaseAndOnceBackTheClusterIsWholeAgain() throws Exception {
        List<Paho5Probe> watchers = new ArrayList<>();
        try {
            for (int i = 0; i < MEMBERS; i++) {
                Paho5Probe watcher = new Paho5Probe(url(i), "split-watch-" + (i + 1));
                watcher.subscribe(PLANT_INFO, 1);
                watcher.subscribe("ob/v1/+/$state", 1);
                watchers.add(watcher);
            }
            String runner = owner(watchers.get(0).await(ClusterSiteIT::describesPlant, SLOW));
            int silent = Integer.parseInt(runner.substring("site-".length())) - 1;
            List<Paho5Probe> others =
                    List.of(watchers.get((silent + 1) % MEMBERS), watchers.get((silent + 2) % MEMBERS));
            long frozenAt = System.nanoTime();
            NODES.get(silent).freeze();
            try {
                for (Paho5Probe other : others) {
                    other.await(r -> isState(r, runner, false), SLOW);
                }
                System.out.printf(
                        "%s shown offline by both others %d ms after it fell silent%n",
                        runner, (System.nanoTime() - frozenAt) / 1_000_000);
                // Its lock is held: no other member takes the lease, however stale its heartbeat.
                await().during(Duration.ofSeconds(8))
                        .atMost(Duration.ofSeconds(30))
                        .untilAsserted(() -> others.forEach(
                                other -> assertThat(owners(other)).containsExactly(runner)));
            } finally {
                NODES.get(silent).thaw();
            }
            long thawedAt = System.nanoTime();
            for (int i = 0; i < MEMBERS; i++) {
                assertEveryNodeOnlineForALateJoiner(i);
            }
            System.out.printf(
                    "every member shows every node online %d ms after %s was thawed%n",
                    (System.nanoTime() - thawedAt) / 1_000_000, runner);
            assertMessagesCrossBothWays(silent);
            for (Paho5Probe watcher : watchers) {
                assertNeverShownOffline(watcher, node((silent + 1) % MEMBERS), runner);
                assertNeverShownOffline(watcher, node((silent + 2) % MEMBERS), runner);
            }
        } finally {
            watchers.forEach(Paho5Probe::close);
        }
    }

    /** A subscriber that joins the member later gets every node's {@code $state}, and each says online. */
    private static void assertEveryNodeOnlineForALateJoiner(int member) {
        // A look that times out (or a connection the member refuses yet) is another try within the bound.
        await().atMost(SLOW).ignoreExceptions().untilAsserted(() -> {
            try (Paho5Probe late = new Paho5Probe(url(member), "late-after-thaw-" + (member + 1))) {
                late.subscribe("ob/v1/+/$state", 1);
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                    for (int i = 0; i < MEMBERS; i++) {
                        List<Received> states = late.on("ob/v1/" + node(i) + "/$state");
                        assertThat(states)
                                .as("%s on member %d", node(i), member + 1)
                                .isNotEmpty();
                        assertThat(states.get(states.size() - 1).text()).contains("\"online\":true");
                    }
                });
            }
        });
    }

    /**
     * A message published on the member that was silent reaches subscribers on both others, and one published on each
     * other member reaches a subscriber on it: the bridges carry both ways again.
     */
    private static void assertMessagesCrossBothWays(int silent) throws Exception {
        List<Paho5Probe> clients = new ArrayList<>();
        try {
            for (int i = 0; i < MEMBERS; i++) {
                Paho5Probe client = new Paho5Probe(url(i), "after-thaw-" + (i + 1));
                client.subscribe("site/after-thaw/#", 1);
                clients.add(client);
            }
            for (int i = 0; i < MEMBERS; i++) {
                String topic = "site/after-thaw/from-" + (i + 1);
                Paho5Probe publisher = clients.get(i);
                // A subscription another member has not learnt of yet misses a message: sent again until all have it.
                await().atMost(SLOW).untilAsserted(() -> {
                    publisher.publish(topic, "hello", 1, false);
                    for (int j = 0; j < MEMBERS; j++) {
                        assertThat(clients.get(j).on(topic))
                                .as("on member %d", j + 1)
                                .isNotEmpty();
                    }
                });
            }
        } finally {
            clients.forEach(Paho5Probe::close);
        }
    }

    /**
     * No member but the one that was silent reported the node offline. (That one, thawed, finds its own connections to
     * the others dead and says so until it reaches them again: its word, published like any member's.)
     */
    private static void assertNeverShownOffline(Paho5Probe watcher, String node, String silent) {
        assertThat(watcher.on("ob/v1/" + node + "/$state"))
                .as("%s as the members that never lost it showed it", node)
                .filteredOn(state -> state.text().contains("\"online\":false"))
                .allSatisfy(state -> assertThat(state.text()).contains("\"reportedBy\":\"" + silent + "\""));
    }

    private static boolean isState(Received received, String node, boolean online) {
        return received.topic().equals("ob/v1/" + node + "/$state")
                && received.text().contains("\"online\":" + online);
    }

    @Test
    @Order(5)
    void theOncePerSiteAdapterRunsOnOneMemberAndMovesWithItsObjectsWhenThatMemberIsKilled() throws Exception {
        List<Paho5Probe> watchers = new ArrayList<>();
        try {
            for (int i = 0; i < MEMBERS; i++) {
                Paho5Probe watcher = new Paho5Probe(url(i), "watch-" + (i + 1));
                watcher.subscribe(PLANT_INFO, 1);
                watcher.subscribe("ob/v1/+/$state", 1);
                watchers.add(watcher);
            }
            String first = owner(watchers.get(0).await(ClusterSiteIT::describesPlant, SLOW));
            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(owners(watchers.get(0))).containsExactly(first));
            int dead = Integer.parseInt(first.substring("site-".length())) - 1;
            long killedAt = System.nanoTime();
            NODES.get(dead).kill();

            Paho5Probe survivor = watchers.get((dead + 1) % MEMBERS);
            Received moved = survivor.await(r -> describesPlant(r) && !owner(r).equals(first), SLOW);
            long movedAfterMs = (System.nanoTime() - killedAt) / 1_000_000;
            survivor.await(
                    r -> r.topic().equals("ob/v1/" + first + "/$state")
                            && r.text().contains("\"online\":false"),
                    SLOW);
            String second = owner(moved);
            assertThat(second).isNotEqualTo(first);
            killed = first;
            holder = second;
            Paho5Probe other = watchers.get((dead + 2) % MEMBERS);
            other.await(r -> describesPlant(r) && owner(r).equals(second), SLOW);
            other.await(
                    r -> r.topic().equals("ob/v1/" + first + "/$state")
                            && r.text().contains("\"online\":false"),
                    SLOW);
            System.out.printf(
                    "once-per-site adapter moved from %s to %s %d ms after the kill%n", first, second, movedAfterMs);
        } finally {
            watchers.forEach(Paho5Probe::close);
        }
    }

    @Test
    @Order(6)
    void theKilledMemberBackMakesTheWholeBusRightAgainWithTheAdapterStillOnOneMember() throws Exception {
        assertThat(killed).as("the member killed before").isNotNull();
        int back = Integer.parseInt(killed.substring("site-".length())) - 1;
        String killedPlant = "ob/v1/" + killed + "/plant-Boiler1/$info";
        try (Paho5Probe across = new Paho5Probe(url((back + 1) % MEMBERS), "across-return")) {
            // Connected before the return: it holds the killed run's plant descriptor, which the new run has not.
            across.subscribe(killedPlant, 1);
            across.await(r -> r.topic().equals(killedPlant) && r.payload().length > 0, SLOW);
            NODES.set(
                    back,
                    PackagedNode.start(LAYOUTS.get(back), SETTINGS.get(back)).awaitRunning());
            across.await(r -> r.topic().equals(killedPlant) && r.payload().length == 0, SLOW);
        }
        for (int i = 0; i < MEMBERS; i++) {
            try (Paho5Probe late = new Paho5Probe(url(i), "late-after-return-" + (i + 1))) {
                late.subscribe("ob/v1/+/$state", 1);
                late.subscribe(PLANT_INFO, 1);
                late.subscribe("ob/v1/+/plant-Boiler1/Setpoint", 1);
                int member = i;
                await().atMost(SLOW).untilAsserted(() -> assertThat(late.on("ob/v1/" + killed + "/$state"))
                        .as("on member %d", member + 1)
                        .anySatisfy(state -> assertThat(state.text()).contains("\"online\":true")));
                await().during(Duration.ofSeconds(3)).atMost(SLOW).untilAsserted(() -> {
                    assertThat(owners(late))
                            .as("plant owners seen on member %d", member + 1)
                            .containsExactly(holder);
                    assertThat(late.on("ob/v1/" + holder + "/plant-Boiler1/Setpoint"))
                            .isNotEmpty();
                });
            }
        }
        assertEveryAskAnsweredOnceByEachNode(back, "asker-back", List.of(node(0), node(1), node(2)));
        try (Paho5Probe writer = new Paho5Probe(url(back), "writer-back")) {
            writer.subscribe("me/answers", 1);
            writer.request(
                    "ob/v1/" + holder + "/plant-Boiler1/Setpoint/$set", "{\"v\":42.5,\"p\":8}", "me/answers", "w1");
            // Accepted by the owner's bus first, applied once its adapter has written it to the server.
            writer.await(r -> r.topic().equals("me/answers") && r.text().contains("\"applied\""), SLOW);
            await().atMost(SLOW)
                    .until(() -> Double.valueOf(42.5).equals(plant.plant().value("Setpoint")));
        }
    }

    private static boolean describesPlant(Received received) {
        return received.topic().endsWith("/plant-Boiler1/$info") && received.payload().length > 0;
    }

    private static String owner(Received received) {
        return received.topic().split("/")[2];
    }

    private static Set<String> owners(Paho5Probe watcher) {
        return watcher.received().stream()
                .filter(ClusterSiteIT::describesPlant)
                .map(ClusterSiteIT::owner)
                .collect(Collectors.toSet());
    }
}
