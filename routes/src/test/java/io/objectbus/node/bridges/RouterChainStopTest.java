// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bridges;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.bus.Json;
import io.objectbus.node.NodeMain;
import io.objectbus.node.NodeProcess;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.apache.camel.main.Main;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chain A - B - C of routers, with a counter on A every 100 ms. Stopping the middle node cleanly (SIGTERM, in a JVM
 * of its own) again and again, then stopping A, loses no value A accepted: C receives every one, live or replayed.
 */
class RouterChainStopTest {

    private static final String COUNTER = "ob/v1/node-a/counter/n";
    private static final int STOPS_OF_B = 5;
    private static final Pattern ACCEPTED = Pattern.compile("accepted counter (\\d+)");

    @TempDir
    Path dir;

    @Test
    void stoppingTheMiddleOfAChainAndThenItsSourceLosesNothingAccepted() throws Exception {
        RouterTestFiles files = new RouterTestFiles(dir);
        int aMqtt = FreePorts.next();
        int aTls = FreePorts.next();
        int bMqtt = FreePorts.next();
        int bTls = FreePorts.next();
        int cMqtt = FreePorts.next();
        int cTls = FreePorts.next();
        String aRoutes = folders(files, "node-a", counter(), router(files, "node-b", bTls, "node-a"));
        Path bRoutes = files.routes(
                "node-b", router(files, "node-a", aTls, "node-b"), router(files, "node-c", cTls, "node-b"));
        Path cRoutes = files.routes("node-c", router(files, "node-b", bTls, "node-c"));
        Map<String, String> a = files.node(
                "node-a", aMqtt, aTls, "node-b:" + RouterTestFiles.password("node-b"), aRoutes, dir.resolve("data-a"));
        Map<String, String> b = files.node(
                "node-b",
                bMqtt,
                bTls,
                "node-a:" + RouterTestFiles.password("node-a") + ",node-c:" + RouterTestFiles.password("node-c"),
                bRoutes.toString(),
                dir.resolve("data-b"));
        Map<String, String> c = files.node(
                "node-c",
                cMqtt,
                cTls,
                "node-b:" + RouterTestFiles.password("node-b"),
                cRoutes.toString(),
                dir.resolve("data-c"));

        Main nodeC = NodeMain.create(c);
        nodeC.start();
        try (Paho5Probe onC = new Paho5Probe("tcp://127.0.0.1:" + cMqtt, "counter-on-c");
                NodeProcess nodeB = started(NodeProcess.start("chain-node-b", b));
                NodeProcess nodeA = NodeProcess.start("chain-node-a", a)) {
            onC.subscribe(COUNTER, 1);
            for (int stop = 0; stop < STOPS_OF_B; stop++) {
                awaitLiveValue(onC);
                nodeB.stop();
                nodeB.restart();
            }
            awaitLiveValue(onC);
            awaitCaughtUp(onC, nodeB);
            nodeA.stop();
            long last = lastAccepted(nodeA.log());
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> counted(onC.received())
                    .contains(last));
            assertThat(missing(counted(onC.received()), last))
                    .as("values A accepted before and during its stop that never reached C (log: %s)", nodeA.logFile())
                    .isEmpty();
            assertThat(onC.received().stream().filter(r -> !r.retained()).filter(RouterChainStopTest::hist))
                    .as("values replayed after the stops, flagged historical")
                    .isNotEmpty();
        } finally {
            nodeC.stop();
        }
    }

    /**
     * B with both its routers: at a node's first start a value that came in through the router loaded first, before
     * the second one's file was, is not owed to the second (docs/routers.md, store and forward).
     */
    private static NodeProcess started(NodeProcess node) {
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> node.log().contains("Route folders"));
        return node;
    }

    /** C has every value up to the newest it received: nothing waits in a store, nothing was lost so far. */
    private static void awaitCaughtUp(Paho5Probe onC, NodeProcess nodeB) {
        Awaitility.await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            TreeSet<Long> values = counted(onC.received());
            assertThat(missing(values, values.last()))
                    .as("values of A that never reached C after %d stops of B (log: %s)", STOPS_OF_B, nodeB.logFile())
                    .isEmpty();
        });
    }

    /** A value published after the probe's latest one: the chain carries live traffic again. */
    private static void awaitLiveValue(Paho5Probe onC) {
        int seen = onC.received().size();
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .until(() -> onC.received().stream().skip(seen).anyMatch(r -> !r.retained() && !hist(r)));
    }

    private static long lastAccepted(String log) {
        Matcher m = ACCEPTED.matcher(log);
        long last = -1;
        while (m.find()) {
            last = Long.parseLong(m.group(1));
        }
        assertThat(last).as("A logged the values it accepted").isPositive();
        return last;
    }

    private static TreeSet<Long> counted(List<Received> received) {
        TreeSet<Long> values = new TreeSet<>();
        for (Received r : received) {
            if (!r.retained()) {
                values.add(json(r).path("v").asLong());
            }
        }
        return values;
    }

    private static List<Long> missing(TreeSet<Long> values, long last) {
        return LongStream.rangeClosed(1, last)
                .filter(n -> !values.contains(n))
                .boxed()
                .toList();
    }

    private static boolean hist(Received r) {
        return json(r).path("hist").asBoolean(false);
    }

    private static com.fasterxml.jackson.databind.JsonNode json(Received r) {
        try {
            return Json.parse(r.payload());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A's route folders as the node has them: adapters first, then bridges. */
    private String folders(RouterTestFiles files, String node, String adapter, String router) throws Exception {
        Path adapters = Files.createDirectories(dir.resolve(node).resolve("adapters"));
        Files.writeString(adapters.resolve("counter.camel.yaml"), adapter);
        return adapters + "," + files.routes(node, router);
    }

    /** A counter every 100 ms, logged once the bus accepted it. */
    private static String counter() {
        return """
                - route:
                    id: adapter-test-counter
                    from:
                      uri: timer:counter
                      parameters: {period: 100, includeMetadata: true}
                      steps:
                        - filter:
                            simple: "${exchangeProperty.CamelTimerCounter} == 1"
                            steps:
                              - setBody:
                                  constant: '{"id":"counter","type":"counter","resources":{"n":{"type":"integer"}}}'
                              - to: objectbus:describe
                        - setBody:
                            simple: '{"n": ${exchangeProperty.CamelTimerCounter}}'
                        - to: objectbus:publish?object=counter
                        - log: "accepted counter ${exchangeProperty.CamelTimerCounter}"
                """;
    }

    /**
     * The router example, reconnecting within 0.5 s (first after 0.2 s) so that each of B's restarts does not wait for a
     * backoff.
     */
    private static String router(RouterTestFiles files, String remote, int port, String self) throws Exception {
        String yaml = files.router(remote, port, self);
        assertThat(yaml).contains("\n      steps:");
        return yaml.replace(
                "\n      steps:", "\n        reconnectDelay: 200\n        reconnectMaxDelay: 500\n      steps:");
    }
}
