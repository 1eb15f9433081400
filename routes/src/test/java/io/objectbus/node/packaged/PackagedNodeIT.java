// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.packaged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.objectbus.bacnet.client.BacnetClient;
import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.ObjectType;
import io.objectbus.bacnet.model.PropertyIdentifier;
import io.objectbus.bacnet.stack.BacnetStack;
import io.objectbus.bacnet.stack.StackConfig;
import io.objectbus.opcua.support.TestServer;
import io.objectbus.testing.Paho5Probe;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The node as {@code ./objectbus run} starts it, with every optional part on, seen from outside as users see it:
 * node A runs the simulated site, a Basic256Sha256 / user-name OPC UA adapter to a Milo server in this JVM, its own
 * OPC UA server and BACnet/IP device, a TLS listener with users and a router to node B, which routes back to A.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PackagedNodeIT {

    private static final Duration SLOW = Duration.ofSeconds(90);

    private static TwoNodeSite site;
    private static TestServer plant;

    @BeforeAll
    static void startNodes() throws Exception {
        plant = TestServer.start(io.objectbus.testing.FreePorts.next(), true);
        site = TwoNodeSite.start(plant);
    }

    @AfterAll
    static void stopNodes() throws Exception {
        if (site != null) {
            site.close();
        }
        if (plant != null) {
            plant.close();
        }
    }

    @Test
    void theSecureOpcUaAdapterBringsThePlantOntoTheBus() throws Exception {
        try (Paho5Probe watcher = new Paho5Probe(site.mqttUrlOfA(), "watch-plant")) {
            watcher.subscribe("ob/v1/node-a/plant-Boiler1/Temperature", 0);
            watcher.await(r -> r.text().contains("\"q\":\"good\""), SLOW);
        }
    }

    @Test
    void theSimulatedSiteRunsFromTheShippedRouteFiles() throws Exception {
        try (Paho5Probe watcher = new Paho5Probe(site.mqttUrlOfA(), "watch-sim")) {
            watcher.subscribe("ob/v1/node-a/+/$info", 0);
            for (String object : new String[] {"room-1-01", "bacnet-1001-analog-input-1", "enocean-gateway"}) {
                watcher.await(r -> r.topic().equals("ob/v1/node-a/" + object + "/$info"), SLOW);
            }
        }
    }

    @Test
    void theWebSocketListenerSpeaksMqtt() throws Exception {
        try (Paho5Probe watcher = new Paho5Probe(site.webSocketUrlOfA(), "watch-ws")) {
            watcher.subscribe("ob/v1/node-a/$state", 1);
            watcher.await(r -> r.text().contains("\"online\":true"), SLOW);
        }
    }

    @Test
    void theTlsListenerLetsItsUsersInAndNoOneElse() throws Exception {
        MqttConnectionOptions options = site.tlsOptions(TwoNodeSite.WATCHER, TwoNodeSite.WATCHER_PASSWORD);
        try (Paho5Probe watcher = new Paho5Probe(site.tlsUrlOfA(), "watch-tls", options)) {
            watcher.subscribe("ob/v1/node-a/plant-Boiler1/Temperature", 0);
            watcher.await(r -> r.text().contains("\"v\":"), SLOW);
        }
        MqttConnectionOptions guess = site.tlsOptions(TwoNodeSite.WATCHER, "guess");
        assertThatThrownBy(() -> new Paho5Probe(site.tlsUrlOfA(), "intruder", guess))
                .isInstanceOf(MqttException.class);
    }

    @Test
    void theNodesOpcUaServerServesTheBus() throws Exception {
        OpcUaClient client = OpcUaClient.create(site.opcUaUrlOfA());
        client.connect();
        try {
            int ns = client.getNamespaceTable().getIndex("urn:objectbus:bus").intValue();
            NodeId temperature = new NodeId(ns, "node-a/plant-Boiler1/Temperature");
            await().atMost(SLOW)
                    .until(
                            () -> client.readValue(0, TimestampsToReturn.Both, temperature),
                            (DataValue v) ->
                                    v.statusCode().isGood() && v.value().value() instanceof Double);
        } finally {
            client.disconnect();
        }
    }

    @Test
    void theNodesBacnetDeviceServesTheBus() throws Exception {
        try (BacnetStack stack = BacnetStack.open(StackConfig.defaults()
                .withLocalPort(0)
                .withBroadcast(TwoNodeSite.BACNET_BROADCAST, site.bacnetPortOfA())
                .withTimeouts(Duration.ofMillis(500), 2))) {
            BacnetClient client = stack.client();
            BacnetAddress node =
                    get(client.resolve(TwoNodeSite.DEVICE_INSTANCE)).address();
            ObjectIdentifier temperature = await().atMost(SLOW)
                    .until(() -> served(client, node, "plant-Boiler1/Temperature"), id -> id != null);
            assertThat(get(client.readProperty(node, temperature, PropertyIdentifier.PRESENT_VALUE, null))
                            .value())
                    .isInstanceOf(Float.class);
        }
    }

    @Test
    void theRouterLinksTheNodesOverTlsWithTheirUsers() throws Exception {
        try (Paho5Probe onB = new Paho5Probe(site.mqttUrlOfB(), "watch-b")) {
            onB.subscribe("ob/v1/node-a/plant-Boiler1/$info", 1);
            onB.subscribe("ob/v1/node-a/$info", 1);
            onB.await(r -> r.topic().equals("ob/v1/node-a/plant-Boiler1/$info"), SLOW);
            onB.await(r -> r.topic().equals("ob/v1/node-a/$info") && r.text().contains("\"state\":\"up\""), SLOW);
        }
    }

    /** SIGTERM, as a service manager sends it: each node stops within seconds, with the JVM's status for it. */
    @Test
    @Order(Integer.MAX_VALUE)
    void sigtermStopsEachNodeWithinSeconds() throws Exception {
        assertThat(site.a().stop(Duration.ofSeconds(30))).as(site.a().output()).isEqualTo(143);
        assertThat(site.b().stop(Duration.ofSeconds(30))).as(site.b().output()).isEqualTo(143);
        for (PackagedNode node : new PackagedNode[] {site.a(), site.b()}) {
            // A clean stop (Camel's own last line), not one the stop watchdog had to end.
            assertThat(node.output()).contains("is shutdown").doesNotContain("did not stop within");
        }
    }

    /** The served object of a bus resource, by its object-name {object}/{resource}; null while there is none. */
    private static ObjectIdentifier served(BacnetClient client, BacnetAddress node, String name) throws Exception {
        for (ObjectIdentifier id : get(client.readObjectList(node, TwoNodeSite.DEVICE_INSTANCE))) {
            if (id.type() != ObjectType.DEVICE
                    && name.equals(get(client.readProperty(node, id, PropertyIdentifier.OBJECT_NAME, null))
                            .value())) {
                return id;
            }
        }
        return null;
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }
}
