// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.component.WriteClient;
import io.objectbus.node.NodeMain;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.Route;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default run: the node starts a simulated EnOcean gateway and routes/simulator/sim-enocean.camel.yaml attaches it. */
class EnoceanNodeTest {

    @TempDir
    static Path routes;

    private static Main main;
    private static String url;

    @BeforeAll
    static void startNode() throws Exception {
        Files.createDirectories(routes.resolve("simulator"));
        Files.copy(Path.of("simulator/sim-enocean.camel.yaml"), routes.resolve("simulator/sim-enocean.camel.yaml"));
        // A second gateway in a file of its own, as docs/adapters/enocean.md shows (the same simulator, under
        // another endpoint URI: one endpoint has one consumer).
        Files.writeString(
                routes.resolve("simulator/second.camel.yaml"),
                """
                - route:
                    id: adapter-enocean-second
                    from:
                      uri: kamelet:enocean-gateway
                      parameters:
                        gateway: "tcp:127.0.0.1:{{objectbus.sim.enocean.port}}"
                        gatewayId: enocean-second
                        reconnectDelay: 400
                      steps:
                        - log: "EnOcean ${body}"
                """);
        int port = FreePorts.next();
        url = "tcp://127.0.0.1:" + port;
        main = NodeMain.create(Map.ofEntries(
                Map.entry("objectbus.config", "file:../application.properties"),
                Map.entry("objectbus.broker.mqtt-port", String.valueOf(port)),
                Map.entry("objectbus.broker.ws-port", String.valueOf(FreePorts.next())),
                Map.entry("objectbus.broker.data-dir", "target/test-data/enocean-node-" + System.nanoTime()),
                Map.entry("objectbus.sim.enocean.period", "300"),
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
    void theSimulatedEnoceanDevicesAreOnTheBusWithLiveValues() throws Exception {
        try (Paho5Probe probe = new Paho5Probe(url, "enocean-site")) {
            probe.subscribe("ob/v1/node1/#", 0);
            JsonNode climate = json(probe.awaitOn("ob/v1/node1/enocean-01810002/$info"));
            assertThat(climate.get("type").asText()).isEqualTo("temperature-humidity-sensor");
            assertThat(climate.get("location").asText()).isEqualTo("Office");
            probe.awaitOn("ob/v1/node1/enocean-01810002/temperature", "\"u\":\"Cel\"");
            probe.awaitOn("ob/v1/node1/enocean-01810004/occupancy");
            probe.awaitOn("ob/v1/node1/enocean-00810003/handle");
            probe.awaitOn("ob/v1/node1/enocean-gateway/base-id", "FF8A5600");
            probe.awaitOn("ob/v1/node1/enocean-second/base-id", "FF8A5600");
        }
    }

    @Test
    void theSimulatedLightsObeyABusWrite() throws Exception {
        try (WriteClient writer = new WriteClient(url, "enocean-writer")) {
            JsonNode reply = writer.write("ob/v1/node1/enocean-01940005/output/$set", "{\"v\":75,\"p\":8}");
            assertThat(reply.get("status").asText()).isEqualTo("applied");
        }
    }

    @Test
    void theLightsOfAnEditedAdapterFileStillObeyABusWrite() throws Exception {
        Path file = routes.resolve("simulator/sim-enocean.camel.yaml");
        try (Paho5Probe probe = new Paho5Probe(url, "enocean-relights")) {
            probe.subscribe("ob/v1/node1/enocean-01940005/$info", 0);
            Files.writeString(file, Files.readString(file).replace("Simulated lights", "Office ceiling lights"));
            probe.await(r -> r.text().contains("Office ceiling lights"), Duration.ofSeconds(30));
        }
        try (WriteClient writer = new WriteClient(url, "enocean-rewriter")) {
            JsonNode reply = writer.write("ob/v1/node1/enocean-01940005/output/$set", "{\"v\":40,\"p\":8}");
            assertThat(reply.get("status").asText()).isEqualTo("applied");
        }
    }

    @Test
    void anEditedAdapterFileIsAppliedWhileTheNodeRuns() throws Exception {
        Path file = routes.resolve("simulator/sim-enocean.camel.yaml");
        try (Paho5Probe probe = new Paho5Probe(url, "enocean-reload")) {
            probe.subscribe("ob/v1/node1/enocean-01810002/$info", 0);
            probe.awaitOn("ob/v1/node1/enocean-01810002/$info", "Simulated climate sensor");
            Files.writeString(file, Files.readString(file).replace("Simulated climate sensor", "Renamed sensor"));
            probe.await(r -> r.text().contains("Renamed sensor"), Duration.ofSeconds(20));
        }
        assertThat(main.getCamelContext().getRoute("adapter-enocean-sim")).isNotNull();
    }

    @Test
    void theEnoceanRoutesHaveKebabCaseIds() {
        assertThat(main.getCamelContext().getRoutes())
                .extracting(Route::getRouteId)
                .contains("adapter-enocean-sim", "adapter-enocean-second")
                .allMatch(id -> id.matches("[a-z]+(-[a-z0-9]+)+"));
    }

    private static JsonNode json(Received r) {
        try {
            return Json.parse(r.payload());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
