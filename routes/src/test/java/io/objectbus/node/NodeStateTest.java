// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node's {@code $state} as subscribers see it when the node runs in a process of its own: after a kill, the
 * restarted node says that its previous run crashed and when it was last seen alive (and never serves the dead run's
 * state again); after a clean stop, offline with the reason stopped, and the restart says so.
 */
class NodeStateTest {

    private static final Duration LONG = Duration.ofSeconds(60);
    private static final String STATE = "ob/v1/node-k/$state";

    @TempDir
    Path dir;

    @Test
    void aNodeKilledHardSaysAfterItsRestartThatItsPreviousRunCrashedAndWhenItWasLastAlive() throws Exception {
        int port = FreePorts.next();
        try (NodeProcess node = NodeProcess.start("state-node-k", settings(port))) {
            JsonNode first = json(awaitState(port, "first-run", "\"online\":true"));
            assertThat(first.has("previous")).as("a first run").isFalse();
            node.kill();
            Instant killed = Instant.now();

            node.restart();
            List<Received> seen = statesFromTheStart(port);
            JsonNode restarted = json(seen.get(0));
            assertThat(restarted.path("online").asBoolean()).isTrue();
            assertThat(seen).as("the dead run's state is never served again").noneMatch(r -> json(r).path("since")
                    .asText()
                    .equals(first.path("since").asText()));
            JsonNode previous = restarted.path("previous");
            assertThat(previous.path("end").asText()).isEqualTo("crashed");
            assertThat(previous.path("started").asText())
                    .isEqualTo(first.path("since").asText());
            Instant lastSeen = Instant.parse(previous.path("lastSeen").asText());
            assertThat(lastSeen).isBetween(Instant.parse(first.path("since").asText()), killed);
        }
    }

    @Test
    void aCleanStopIsAnnouncedOfflineStoppedAndTheRestartSaysSo() throws Exception {
        int port = FreePorts.next();
        try (NodeProcess node = NodeProcess.start("state-node-k", settings(port))) {
            try (Paho5Probe watcher = connect(port, "state-watcher", true)) {
                watcher.subscribe(STATE, 1);
                watcher.await(r -> r.text().contains("\"online\":true"), LONG);
            }
            node.stop(); // SIGTERM
            node.restart();
            try (Paho5Probe watcher = connect(port, "state-watcher", false)) {
                JsonNode stopped = json(watcher.await(r -> r.text().contains("\"online\":false"), LONG));
                assertThat(stopped.path("reason").asText()).isEqualTo("stopped");
                JsonNode restarted = json(watcher.await(r -> r.text().contains("\"online\":true"), LONG));
                assertThat(restarted.path("previous").path("end").asText()).isEqualTo("stopped");
                assertThat(restarted.path("previous").path("lastSeen").asText())
                        .isEqualTo(stopped.path("since").asText());
            }
        }
    }

    private Map<String, String> settings(int port) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("objectbus.config", "file:../application.properties");
        settings.put("camel.component.objectbus.node-id", "node-k");
        settings.put("objectbus.broker.mqtt-port", String.valueOf(port));
        settings.put("objectbus.broker.ws-port", "0");
        settings.put("objectbus.broker.data-dir", dir.resolve("data").toString());
        settings.put("objectbus.sim.enabled", "false");
        settings.put(
                "objectbus.routes.folders",
                Files.createDirectories(dir.resolve("routes")).toString());
        settings.put("camel.main.routes-reload-enabled", "false");
        return settings;
    }

    private static Received awaitState(int port, String client, String contains) throws Exception {
        try (Paho5Probe probe = connect(port, client, true)) {
            probe.subscribe(STATE, 1);
            return probe.await(r -> r.text().contains(contains), LONG);
        }
    }

    /** Subscribes as soon as the broker takes connections, and returns the states seen until it says online. */
    private static List<Received> statesFromTheStart(int port) throws Exception {
        try (Paho5Probe probe = connect(port, "from-the-start", true)) {
            probe.subscribe(STATE, 1);
            probe.await(r -> r.text().contains("\"online\":true"), LONG);
            return probe.on(STATE);
        }
    }

    /** Connects once the node's broker listens. */
    private static Paho5Probe connect(int port, String client, boolean cleanStart) {
        Paho5Probe[] probe = new Paho5Probe[1];
        Awaitility.await()
                .atMost(LONG)
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(() -> {
                    probe[0] = new Paho5Probe("tcp://127.0.0.1:" + port, client, cleanStart, 3600);
                    return true;
                });
        return probe[0];
    }

    private static JsonNode json(Received r) {
        try {
            return Json.parse(r.payload());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
