// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.node.NodeMain;
import io.objectbus.opcua.support.PlantNamespace;
import io.objectbus.opcua.support.TestServer;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.Route;
import org.apache.camel.main.Main;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node as the launcher runs it, with application.properties: the shipped example YAML, there at start or dropped
 * into the adapters folder while the node runs, brings a server's variables onto the bus; and
 * the node's own OPC UA server (switched on by one property) serves them again; deleting a file, dropped in or there
 * at start, removes its adapter.
 */
class OpcUaNodeTest {

    @TempDir
    Path routes;

    @Test
    void theExampleDroppedInWhileTheNodeRunsBringsTheVariablesAndTheNodeServesThem() throws Exception {
        Files.createDirectories(routes.resolve("adapters"));
        int mqtt = FreePorts.next();
        int opcua = FreePorts.next();
        try (TestServer plant = TestServer.start(FreePorts.next(), false)) {
            Map<String, String> overrides = new java.util.HashMap<>(Map.of(
                    "objectbus.config",
                    "file:../application.properties",
                    "objectbus.broker.mqtt-port",
                    String.valueOf(mqtt),
                    "objectbus.broker.ws-port",
                    String.valueOf(FreePorts.next()),
                    "objectbus.broker.data-dir",
                    "target/test-data/opcua-node-" + System.nanoTime(),
                    "objectbus.routes.folders",
                    routes.resolve("adapters").toString(),
                    "objectbus.opcua.server.enabled",
                    "true",
                    "objectbus.opcua.server.port",
                    String.valueOf(opcua),
                    "objectbus.opcua.server.certificate-dir",
                    "target/opcua-node-" + ProcessHandle.current().pid()));
            // The simulated site runs too: its BACnet device takes any free UDP port, not the default one.
            overrides.put("objectbus.sim.bacnet.port", "0");
            Files.writeString(routes.resolve("adapters/early.camel.yaml"), example(plant, "early"));
            Main main = NodeMain.create(overrides);
            main.start();
            try (Paho5Probe watcher = new Paho5Probe("tcp://127.0.0.1:" + mqtt, "watcher")) {
                watcher.subscribe("ob/v1/node1/plant-Boiler1/#", 0);
                watcher.subscribe("ob/v1/node1/early-Boiler1/$info", 0);
                watcher.awaitOn("ob/v1/node1/early-Boiler1/$info");
                Files.writeString(routes.resolve("adapters/plant.camel.yaml"), example(plant, "plant"));
                watcher.await(
                        r -> r.topic().endsWith("/Temperature") && r.text().contains("\"q\":\"good\""),
                        Duration.ofSeconds(30));
                assertThat(main.getCamelContext().getRoutes())
                        .extracting(Route::getRouteId)
                        .contains("adapter-opcua-plant", "adapter-opcua-early")
                        .anyMatch(id -> id.startsWith("opcua-write-"))
                        .allMatch(id -> id.matches("[a-z]+(-[a-z0-9]+)+"));
                assertTheNodeServesTheValue(opcua);
                Files.delete(routes.resolve("adapters/plant.camel.yaml"));
                watcher.await(
                        r -> r.topic().equals("ob/v1/node1/plant-Boiler1/$info") && r.payload().length == 0,
                        Duration.ofSeconds(20));
                // The objects go while the route stops; it leaves the context right after.
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> main.getCamelContext().getRoute("adapter-opcua-plant") == null);
            } finally {
                main.stop();
            }
        }
    }

    private static void assertTheNodeServesTheValue(int port) throws Exception {
        OpcUaClient client = OpcUaClient.create("opc.tcp://127.0.0.1:" + port + "/objectbus");
        client.connect();
        try {
            int ns = client.getNamespaceTable().getIndex("urn:objectbus:bus").intValue();
            NodeId temperature = new NodeId(ns, "node1/plant-Boiler1/Temperature");
            await().until(
                            () -> client.readValue(0, TimestampsToReturn.Both, temperature),
                            (DataValue v) ->
                                    v.statusCode().isGood() && v.value().value() instanceof Double);
        } finally {
            client.disconnect();
        }
    }

    /** The shipped example, pointed at the test server's plant folder and sampling fast. */
    private static String example(TestServer plant, String name) throws Exception {
        return Files.readString(Path.of("adapters/opcua-example.camel.yaml.disabled"))
                .replace("plant", name)
                .replace("opc.tcp://localhost:4840", plant.url())
                .replace("roots: i=85", "roots: \"nsu=" + PlantNamespace.URI + ";s=Plant\"")
                .replace("Interval: 1000", "Interval: 100");
    }
}
