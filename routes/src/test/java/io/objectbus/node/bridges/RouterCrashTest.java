// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bridges;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.node.NodeMain;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.camel.main.Main;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node killed (SIGKILL, in a process of its own) while its link is down keeps what it had stored for the far node:
 * after both come back, the far node receives it, flagged historical, once each and in order.
 */
class RouterCrashTest {

    private static final String VALUES = "ob/v1/node-a/+/+";

    @TempDir
    Path dir;

    @Test
    void whatANodeStoredForADownLinkSurvivesAKillAndArrivesAfterwards() throws Exception {
        RouterTestFiles files = new RouterTestFiles(dir);
        int aMqtt = FreePorts.next();
        int aTls = FreePorts.next();
        int bMqtt = FreePorts.next();
        int bTls = FreePorts.next();
        Path sim = Files.createDirectories(dir.resolve("node-a").resolve("simulator"));
        Files.copy(Path.of("simulator/sim-values.camel.yaml"), sim.resolve("sim-values.camel.yaml"));
        Path aBridges = files.routes("node-a", files.router("node-b", bTls, "node-a"));
        Path bBridges = files.routes("node-b", files.router("node-a", aTls, "node-b"));
        Map<String, String> aSettings = files.node(
                "node-a",
                aMqtt,
                aTls,
                "node-b:" + RouterTestFiles.password("node-b"),
                sim + "," + aBridges,
                dir.resolve("data-a"));
        aSettings.put("objectbus.sim.enabled", "true");
        aSettings.put("objectbus.sim.period", "100");
        aSettings.put("objectbus.sim.bacnet.port", String.valueOf(FreePorts.next()));
        aSettings.put("objectbus.sim.bacnet.adapter-port", String.valueOf(FreePorts.next()));
        Map<String, String> bSettings = files.node(
                "node-b",
                bMqtt,
                bTls,
                "node-a:" + RouterTestFiles.password("node-a"),
                bBridges.toString(),
                dir.resolve("data-b"));

        Process a = startProcess(aSettings);
        Main b = NodeMain.create(bSettings);
        try {
            b.start();
            awaitLiveValues(bMqtt);
            b.stop();
            List<Received> storedBeforeKill = valuesPublishedOn(aMqtt, 20);
            a.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            a = startProcess(aSettings);
            b = NodeMain.create(bSettings);
            try (Paho5Probe onB = probeWhenUp(bMqtt, b)) {
                onB.subscribe(VALUES, 1);
                Received last = storedBeforeKill.get(storedBeforeKill.size() - 1);
                onB.await(r -> r.topic().equals(last.topic()) && r.text().contains(ts(last)), Duration.ofSeconds(60));
                assertArrivedOnceInOrderAsHistorical(onB.received(), storedBeforeKill);
            }
        } finally {
            b.stop();
            a.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void awaitLiveValues(int port) throws Exception {
        try (Paho5Probe onB = new Paho5Probe("tcp://127.0.0.1:" + port, "live-on-b")) {
            onB.subscribe(VALUES, 1);
            onB.await(r -> !r.retained() && r.topic().endsWith("/temperature"), Duration.ofSeconds(60));
        }
    }

    /** Watches the node's own broker until it has published some values while its link is down. */
    private static List<Received> valuesPublishedOn(int port, int count) throws Exception {
        try (Paho5Probe onA = new Paho5Probe("tcp://127.0.0.1:" + port, "watch-a")) {
            onA.subscribe(VALUES, 1);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> onA.received().stream()
                                    .filter(RouterCrashTest::isLiveValue)
                                    .count()
                            >= count);
            return onA.received().stream().filter(RouterCrashTest::isLiveValue).toList();
        }
    }

    private static void assertArrivedOnceInOrderAsHistorical(List<Received> onB, List<Received> stored) {
        Set<String> seen = new HashSet<>();
        List<String> arrived = new ArrayList<>();
        for (Received r : onB) {
            if (!r.retained() && json(r).path("hist").asBoolean(false)) {
                String key = r.topic() + " " + ts(r);
                assertThat(seen.add(key)).as("arrived twice: " + key).isTrue();
                arrived.add(key);
            }
        }
        for (Received r : stored) {
            assertThat(arrived).as("stored before the kill").contains(r.topic() + " " + ts(r));
        }
        assertInOrderPerTopic(onB);
    }

    /**
     * Replayed values arrive in order, and so do live ones; the two streams may interleave (a live value of the
     * restarted node can overtake the replay, which its historical flag tells apart: docs/PROTOCOL.md).
     */
    private static void assertInOrderPerTopic(List<Received> onB) {
        java.util.Map<String, Instant> last = new java.util.HashMap<>();
        for (Received r : onB) {
            if (isLiveValue(r)) {
                Instant at = Instant.parse(ts(r));
                Instant before = last.put(json(r).path("hist").asBoolean(false) + " " + r.topic(), at);
                assertThat(before == null || !at.isBefore(before))
                        .as("order of " + r.topic())
                        .isTrue();
            }
        }
    }

    private static Process startProcess(Map<String, String> settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                NodeMain.class.getName()));
        settings.forEach((k, v) -> command.add("--" + k + "=" + v));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "router-crash-node-a.log").toFile())
                .start();
    }

    private static Paho5Probe probeWhenUp(int port, Main node) throws Exception {
        node.start();
        return new Paho5Probe("tcp://127.0.0.1:" + port, "after-on-b");
    }

    /** The filter also matches descriptors ($info), which a node publishes live when it describes its objects again. */
    private static boolean isLiveValue(Received r) {
        return !r.retained() && !r.topic().contains("/$");
    }

    private static String ts(Received r) {
        return json(r).path("ts").asText();
    }

    private static JsonNode json(Received r) {
        try {
            return Json.parse(r.payload());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
