// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.dali;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.component.WriteClient;
import io.objectbus.node.NodeMain;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default run: the node starts a simulated daliserver with its DALI bus and routes/simulator/sim-dali.camel.yaml
 * attaches it; lights, groups and the multi-sensor are on the bus, and commissioning gives the unaddressed driver
 * an address end to end.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DaliNodeTest {

    @TempDir
    static Path routes;

    private static Main main;
    private static String url;

    @BeforeAll
    static void startNode() throws Exception {
        Files.createDirectories(routes.resolve("simulator"));
        Files.copy(Path.of("simulator/sim-dali.camel.yaml"), routes.resolve("simulator/sim-dali.camel.yaml"));
        int port = FreePorts.next();
        url = "tcp://127.0.0.1:" + port;
        main = NodeMain.create(Map.ofEntries(
                Map.entry("objectbus.config", "file:../application.properties"),
                Map.entry("objectbus.broker.mqtt-port", String.valueOf(port)),
                Map.entry("objectbus.broker.ws-port", String.valueOf(FreePorts.next())),
                Map.entry("objectbus.broker.data-dir", "target/test-data/dali-node-" + System.nanoTime()),
                Map.entry("objectbus.sim.dali.period", "300"),
                Map.entry("objectbus.sim.bacnet.port", "0"),
                Map.entry(
                        "objectbus.routes.folders", routes.resolve("simulator").toString())));
        main.start();
    }

    @AfterAll
    static void stopNode() {
        main.stop();
    }

    @Test
    @Order(1)
    void theSimulatedLightsGroupsAndSensorAreOnTheBusWithLiveValues() throws Exception {
        try (Paho5Probe probe = new Paho5Probe(url, "dali-site")) {
            probe.subscribe("ob/v1/node1/#", 0);
            probe.awaitOn("ob/v1/node1/dali-sim-a0/$info", "\"type\":\"light\"");
            probe.awaitOn("ob/v1/node1/dali-sim-a0/level", "\"v\":100.0");
            probe.awaitOn("ob/v1/node1/dali-sim-a1/on", "\"v\":false");
            probe.awaitOn("ob/v1/node1/dali-sim-g1/$info", "light-group");
            probe.awaitOn("ob/v1/node1/dali-sim-d0/$info", "occupied-1");
            probe.awaitOn("ob/v1/node1/dali-sim-d0/illuminance-2");
            probe.awaitOn("ob/v1/node1/dali-sim-d0/button-0", "short-press");
            probe.awaitOn("ob/v1/node1/dali-sim-connection/state", "up");
        }
    }

    @Test
    @Order(2)
    void aGroupLevelWriteIsAppliedAndItsMembersShowIt() throws Exception {
        try (Paho5Probe probe = new Paho5Probe(url, "dali-group");
                WriteClient writer = new WriteClient(url, "dali-group-writer")) {
            probe.subscribe("ob/v1/node1/dali-sim-a3/level", 0);
            JsonNode reply = writer.write("ob/v1/node1/dali-sim-g1/level/$set", "{\"v\":10,\"p\":8}");
            assertThat(reply.get("status").asText()).as(reply.toString()).isEqualTo("applied");
            // 10 % is arc level 170 on the curve, which is 10.09 %: both members show it once the frame went out.
            probe.await(r -> r.text().contains("\"v\":10.1"), Duration.ofSeconds(30));
        }
    }

    @Test
    @Order(3)
    void theCommissionCommandAddressesTheUnaddressedDriverWithProgressAndItBecomesALight() throws Exception {
        try (Paho5Probe probe = new Paho5Probe(url, "dali-commission")) {
            probe.subscribe("me/commission", 1);
            probe.subscribe("ob/v1/node1/dali-sim-a4/$info", 1);
            probe.request("ob/v1/node1/dali-sim/$cmd", "{\"cmd\":\"commission\"}", "me/commission", "k1");
            JsonNode done =
                    Json.parse(probe.await(r -> r.text().contains("\"status\":\"done\""), Duration.ofSeconds(60))
                            .payload());
            assertThat(done.get("result").get("programmed").toString()).isEqualTo("[4]");
            assertThat(probe.on("me/commission").get(0).text()).contains("\"status\":\"accepted\"");
            assertThat(probe.on("me/commission")).anySatisfy(r -> assertThat(r.text())
                    .contains("\"status\":\"progress\"")
                    .contains("\"done\":1")
                    .contains("\"of\":1")
                    .contains("is A4"));
            probe.awaitOn("ob/v1/node1/dali-sim-a4/$info", "\"type\":\"light\"");
        }
    }

    @Test
    @Order(4)
    void theDiscoverCommandEndsDoneWithTheGearFoundAndAnUnknownCommandIsRejected() throws Exception {
        try (Paho5Probe probe = new Paho5Probe(url, "dali-discover")) {
            probe.subscribe("me/+", 1);
            probe.request("ob/v1/node1/dali-sim/$cmd", "{\"cmd\":\"discover\"}", "me/discover", "d1");
            JsonNode done =
                    Json.parse(probe.await(r -> r.text().contains("\"status\":\"done\""), Duration.ofSeconds(60))
                            .payload());
            assertThat(done.get("result").get("gear").asInt()).isEqualTo(5);
            probe.request("ob/v1/node1/dali-sim/$cmd", "{\"cmd\":\"reset\"}", "me/reset", "r1");
            probe.awaitOn("me/reset", "unknown command reset of object dali-sim");
        }
    }

    @Test
    @Order(5)
    void writingCommissionTrueStillRunsItAndWithNothingLeftAddressesNone() throws Exception {
        try (Paho5Probe probe = new Paho5Probe(url, "dali-commission-write");
                WriteClient writer = new WriteClient(url, "dali-commissioner")) {
            probe.subscribe("ob/v1/node1/#", 0);
            JsonNode reply = writer.write("ob/v1/node1/dali-sim/commission/$set", "true");
            assertThat(reply.get("status").asText()).as(reply.toString()).isEqualTo("applied");
            probe.awaitOn("ob/v1/node1/dali-sim/commissioning", "done: 0 gear addressed");
        }
    }
}
