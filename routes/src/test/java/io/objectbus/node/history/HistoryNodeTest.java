// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.objectbus.history.HistoryStore;
import io.objectbus.history.Sample;
import io.objectbus.node.NodeMain;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default run keeps history: a node records every value of its simulated site, and a write's new value with it, in
 * its data folder.
 */
class HistoryNodeTest {

    @TempDir
    Path dir;

    private Main node(int port, Map<String, String> more) throws Exception {
        Files.createDirectories(dir.resolve("routes"));
        Files.copy(Path.of("simulator/sim-values.camel.yaml"), dir.resolve("routes/sim-values.camel.yaml"));
        Files.copy(Path.of("simulator/sim-writes.camel.yaml"), dir.resolve("routes/sim-writes.camel.yaml"));
        Map<String, String> settings = new HashMap<>(Map.of(
                "objectbus.config", "file:../application.properties",
                "objectbus.broker.mqtt-port", String.valueOf(port),
                "objectbus.broker.ws-port", "0",
                "objectbus.broker.data-dir", dir.resolve("data").toString(),
                "objectbus.sim.period", "200",
                "objectbus.sim.bacnet.port", "0",
                "objectbus.routes.folders", dir.resolve("routes").toString()));
        settings.putAll(more);
        return NodeMain.create(settings);
    }

    @Test
    void byDefaultEveryValueOfTheSiteIsRecordedInTheDataFolderAndAWrittenValueWithIt() throws Exception {
        int port = FreePorts.next();
        Main main = node(port, Map.of());
        main.start();
        try {
            HistoryStore store = main.getCamelContext()
                    .getRegistry()
                    .lookupByNameAndType(HistoryService.STORE_BEAN, HistoryStore.class);
            Instant from = Instant.now().minus(Duration.ofMinutes(1));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> store.raw(
                                            "node1",
                                            "room-1-01",
                                            "temperature",
                                            from,
                                            Instant.now().plusSeconds(60),
                                            100)
                                    .size()
                            >= 3);
            try (Paho5Probe client = new Paho5Probe("tcp://127.0.0.1:" + port, "history-writer")) {
                client.publish("ob/v1/node1/room-1-02/setpoint/$set", "{\"v\":23.5,\"p\":8}", 1, false);
            }
            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            store
                                    .raw(
                                            "node1",
                                            "room-1-02",
                                            "setpoint",
                                            from,
                                            Instant.now().plusSeconds(60),
                                            1000)
                                    .stream()
                                    .map(Sample::number)
                                    .toList()
                                    .contains(23.5));
            assertThat(dir.resolve("data/history.duckdb")).isRegularFile();
        } finally {
            main.stop();
        }
    }

    @Test
    void anUnreachableHistoryDatabaseKeepsTheNodeFromStartingAndSaysWhichSetting() throws Exception {
        Main main = node(
                FreePorts.next(),
                Map.of(
                        "objectbus.history.store",
                        "postgresql",
                        "objectbus.history.url",
                        "jdbc:postgresql://127.0.0.1:" + FreePorts.next() + "/nowhere"));
        try {
            assertThatThrownBy(main::start)
                    .hasStackTraceContaining("the history store")
                    .hasStackTraceContaining("objectbus.history.enabled=false");
        } finally {
            main.stop();
        }
    }
}
