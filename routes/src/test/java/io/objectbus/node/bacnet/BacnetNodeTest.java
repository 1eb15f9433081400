// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.bacnet.client.BacnetClient;
import io.objectbus.bacnet.client.DeviceInfo;
import io.objectbus.bacnet.client.PropertyResult;
import io.objectbus.bacnet.client.ReadRequest;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.ObjectType;
import io.objectbus.bacnet.model.PropertyIdentifier;
import io.objectbus.bacnet.sim.SimulatedBacnetDevice;
import io.objectbus.bacnet.stack.BacnetStack;
import io.objectbus.bacnet.stack.StackConfig;
import io.objectbus.node.NodeMain;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node as the launcher runs it: the simulated site's BACnet device, an adapter file, the node's own device. */
class BacnetNodeTest {
    private static final int NODE_DEVICE = 260001;

    @TempDir
    static Path routes;

    private static Main main;
    private static String url;
    private static int serverPort;

    @BeforeAll
    static void startNode() throws Exception {
        Files.createDirectories(routes.resolve("simulator"));
        Files.createDirectories(routes.resolve("adapters"));
        for (String file : List.of("sim-values.camel.yaml", "sim-bacnet.camel.yaml")) {
            Files.copy(Path.of("simulator", file), routes.resolve("simulator").resolve(file));
        }
        int mqttPort = FreePorts.next();
        serverPort = BacnetSite.freeUdpPort();
        main = NodeMain.create(Map.ofEntries(
                Map.entry("objectbus.config", "file:../application.properties"),
                Map.entry("objectbus.broker.mqtt-port", String.valueOf(mqttPort)),
                Map.entry("objectbus.broker.ws-port", String.valueOf(FreePorts.next())),
                Map.entry("objectbus.broker.data-dir", "target/test-data/bacnet-node-" + System.nanoTime()),
                Map.entry("objectbus.sim.bacnet.port", String.valueOf(BacnetSite.freeUdpPort())),
                Map.entry("objectbus.sim.bacnet.adapter-port", String.valueOf(BacnetSite.freeUdpPort())),
                Map.entry("objectbus.bacnet.server.enabled", "true"),
                Map.entry("objectbus.bacnet.server.port", String.valueOf(serverPort)),
                Map.entry("objectbus.bacnet.server.broadcast-address", BacnetSite.BROADCAST),
                Map.entry("objectbus.routes.folders", routes.resolve("simulator") + "," + routes.resolve("adapters"))));
        main.start();
        url = "tcp://127.0.0.1:" + mqttPort;
    }

    @AfterAll
    static void stopNode() {
        main.stop();
    }

    @Test
    void theSimulatedSiteHasABacnetDeviceOnTheBus() throws Exception {
        try (Paho5Probe client = new Paho5Probe(url, "bacnet-site-watcher")) {
            client.subscribe("ob/v1/node1/+/+", 0);
            client.awaitOn("ob/v1/node1/bacnet-1001-analog-input-1/$info", "\"name\":\"Zone Temperature\"");
            client.awaitOn("ob/v1/node1/bacnet-1001-analog-input-1/present-value", "\"u\":\"Cel\"");
            client.awaitOn("ob/v1/node1/bacnet-1001-multi-state-value-1/present-value", "\"v\":\"Winter\"");
        }
        CamelContext camel = main.getCamelContext();
        assertThat(camel.getRoute("adapter-bacnet-sim")).isNotNull();
        // Its writes go to a bacnet-write route of its own.
        assertThat(camel.getRoutes()).anyMatch(route -> route.getRouteId().startsWith("bacnet-write-"));
    }

    @Test
    void anAdapterFileSavedWhileTheNodeRunsAttachesItsNetworkAndDeletingItDetachesIt() throws Exception {
        Path file = routes.resolve("adapters/plant.camel.yaml");
        try (SimulatedBacnetDevice plant = BacnetSite.device(2002);
                Paho5Probe client = new Paho5Probe(url, "bacnet-plant-watcher")) {
            client.subscribe("ob/v1/node1/+/$info", 1);
            Files.writeString(file, adapterFile(plant.port()));
            client.awaitOn("ob/v1/node1/bacnet-2002-analog-output-1/$info", "\"writable\":true");

            Files.delete(file);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> main.getCamelContext().getRoute("adapter-bacnet-plant") == null);
            client.await(
                    r -> r.topic().equals("ob/v1/node1/bacnet-2002-analog-output-1/$info") && r.payload().length == 0);
        }
    }

    private static String adapterFile(int devicePort) {
        return """
                - route:
                    id: adapter-bacnet-plant
                    from:
                      uri: kamelet:bacnet-network
                      parameters:
                        name: plant
                        localPort: %d
                        broadcastAddress: 127.255.255.255
                        broadcastPort: %d
                        deviceLow: 2002
                        deviceHigh: 2002
                      steps:
                        - log: "BACnet ${header.CamelBacnetEvent}"
                """
                .formatted(BacnetSite.freeUdpPort(), devicePort);
    }

    @Test
    void theNodeIsABacnetDeviceServingTheSiteButNotItsBacnetObjects() throws Exception {
        try (BacnetStack stack = BacnetStack.open(StackConfig.defaults()
                .withLocalPort(0)
                .withBroadcast(BacnetSite.BROADCAST, serverPort)
                .withTimeouts(Duration.ofMillis(500), 2))) {
            BacnetClient client = stack.client();
            DeviceInfo node = client.resolve(NODE_DEVICE).get(10, TimeUnit.SECONDS);
            List<String> site = List.of("room-1-01/temperature", "room-1-01/setpoint", "room-1-01/occupancy");
            await().until(() -> names(client, node).containsAll(site));
            // By then the simulated BACnet device is on the bus too: it is not served back.
            await().until(() -> main.getCamelContext().getRoute("adapter-bacnet-sim") != null);
            assertThat(names(client, node)).noneMatch(name -> name.startsWith("bacnet-"));
        }
    }

    /** The object-names of the node's objects, read ten at a time, as a small client would. */
    private static List<String> names(BacnetClient client, DeviceInfo node) throws Exception {
        List<ObjectIdentifier> ids =
                client.readObjectList(node.address(), NODE_DEVICE).get(10, TimeUnit.SECONDS).stream()
                        .filter(id -> id.type() != ObjectType.DEVICE)
                        .toList();
        List<String> names = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 10) {
            List<ReadRequest> reads = ids.subList(from, Math.min(ids.size(), from + 10)).stream()
                    .map(id -> ReadRequest.of(id, PropertyIdentifier.OBJECT_NAME))
                    .toList();
            client.readPropertyMultiple(node.address(), reads).get(10, TimeUnit.SECONDS).stream()
                    .map(PropertyResult::value)
                    .forEach(name -> names.add(String.valueOf(name)));
        }
        return names;
    }
}
