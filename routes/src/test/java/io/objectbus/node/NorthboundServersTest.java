// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.objectbus.bacnet.client.BacnetClient;
import io.objectbus.bacnet.client.DeviceInfo;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.PropertyIdentifier;
import io.objectbus.bacnet.stack.BacnetStack;
import io.objectbus.bacnet.stack.StackConfig;
import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.net.DatagramSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node with its OPC UA server and its BACnet/IP device on, as the launcher runs it: both serve the bus in-VM,
 * so the broker holds no MQTT connection of theirs (a server connected as an MQTT client once reached a foreign
 * broker that held the node's port).
 */
class NorthboundServersTest {
    private static final int DEVICE = 260002;
    private static final int VENDOR = 4711;

    @TempDir
    static Path routes;

    private static Main main;
    private static int mqttPort;
    private static int opcuaPort;
    private static int bacnetPort;

    @BeforeAll
    static void startNode() throws Exception {
        Files.createDirectories(routes.resolve("adapters"));
        mqttPort = FreePorts.next();
        opcuaPort = FreePorts.next();
        try (DatagramSocket socket = new DatagramSocket(0)) {
            bacnetPort = socket.getLocalPort();
        }
        main = NodeMain.create(Map.ofEntries(
                Map.entry("objectbus.config", "file:../application.properties"),
                Map.entry("objectbus.broker.mqtt-port", String.valueOf(mqttPort)),
                Map.entry("objectbus.broker.ws-port", String.valueOf(FreePorts.next())),
                Map.entry("objectbus.broker.data-dir", "target/test-data/northbound-" + System.nanoTime()),
                Map.entry("objectbus.sim.enabled", "false"),
                Map.entry("objectbus.routes.folders", routes.resolve("adapters").toString()),
                Map.entry("camel.main.routes-reload-directory", routes.toString()),
                Map.entry("objectbus.opcua.server.enabled", "true"),
                Map.entry("objectbus.opcua.server.port", String.valueOf(opcuaPort)),
                Map.entry(
                        "objectbus.opcua.server.certificate-dir",
                        "target/northbound-" + ProcessHandle.current().pid()),
                Map.entry("objectbus.bacnet.server.enabled", "true"),
                Map.entry("objectbus.bacnet.server.port", String.valueOf(bacnetPort)),
                Map.entry("objectbus.bacnet.server.broadcast-address", "127.255.255.255"),
                Map.entry("objectbus.bacnet.server.device-instance", String.valueOf(DEVICE)),
                Map.entry("objectbus.bacnet.server.vendor-identifier", String.valueOf(VENDOR))));
        main.start();
        ProducerTemplate producer = main.getCamelContext().createProducerTemplate();
        producer.sendBody("objectbus:describe", room());
        producer.sendBody("objectbus:publish?object=hall", Map.of("temperature", 19.5));
    }

    @AfterAll
    static void stopNode() {
        main.stop();
    }

    @Test
    void bothServersServeTheBusAndTheBrokerHasNoMqttConnectionOfTheirs() throws Exception {
        try (Paho5Probe watcher = new Paho5Probe("tcp://127.0.0.1:" + mqttPort, "test-watcher");
                OpcUaClientSession opcua = new OpcUaClientSession(opcuaPort);
                BacnetStack stack = bacnetClientStack()) {
            watcher.subscribe("ob/v1/node1/hall/setpoint", 0);
            assertThat(opcua.read("temperature").value().value()).isEqualTo(19.5);
            assertThat(opcua.write("setpoint", Variant.ofDouble(22.0)).isGood()).isTrue();
            watcher.await(r -> r.text().contains("\"v\":22.0"), Duration.ofSeconds(30));
            DeviceInfo device = stack.client().resolve(DEVICE).get(10, TimeUnit.SECONDS);
            assertThat(stack.client().readObjectList(device.address(), DEVICE).get(10, TimeUnit.SECONDS))
                    .hasSize(4);

            assertThat(mqttClients())
                    .as("the broker's MQTT connections (the node has none of its own); all: " + all())
                    .containsExactly("test-watcher");
        }
    }

    @Test
    void theDeviceGivesTheVendorIdentifierOfItsProperty() throws Exception {
        try (BacnetStack stack = bacnetClientStack()) {
            BacnetClient client = stack.client();
            DeviceInfo device = client.resolve(DEVICE).get(10, TimeUnit.SECONDS);
            assertThat(device.vendorId()).isEqualTo(VENDOR);
            Object read = client.readProperty(
                            device.address(),
                            ObjectIdentifier.device(DEVICE),
                            PropertyIdentifier.VENDOR_IDENTIFIER,
                            null)
                    .get(10, TimeUnit.SECONDS)
                    .value();
            assertThat(read).isEqualTo((long) VENDOR);
        }
    }

    @Test
    void aVendorIdentifierBeyondUnsigned16KeepsTheNodeFromStartingAndNamesItsSetting() throws Exception {
        Main other = NodeMain.create(Map.ofEntries(
                Map.entry("objectbus.config", "file:../application.properties"),
                Map.entry("objectbus.broker.mqtt-port", String.valueOf(FreePorts.next())),
                Map.entry("objectbus.broker.ws-port", "0"),
                Map.entry("objectbus.broker.data-dir", "target/test-data/northbound-bad-" + System.nanoTime()),
                Map.entry("objectbus.sim.enabled", "false"),
                Map.entry("objectbus.routes.folders", routes.resolve("none").toString()),
                Map.entry("objectbus.routes.reload", "false"),
                Map.entry("objectbus.bacnet.server.enabled", "true"),
                Map.entry("objectbus.bacnet.server.port", "0"),
                Map.entry("objectbus.bacnet.server.vendor-identifier", "65536")));
        try {
            assertThatThrownBy(other::start)
                    .hasStackTraceContaining("vendor-identifier not in 0..65535: 65536;"
                            + " set objectbus.bacnet.server.vendor-identifier");
        } finally {
            other.stop();
        }
    }

    /** The client ids of the broker's MQTT connections (3.1.1 and 5). */
    private static List<String> mqttClients() {
        EmbeddedBroker broker = main.getCamelContext().getRegistry().findSingleByType(EmbeddedBroker.class);
        return broker.server().getRemotingService().getConnections().stream()
                .filter(connection -> connection.getProtocolName().startsWith("MQTT"))
                .map(RemotingConnection::getClientID)
                .toList();
    }

    /** Every connection of the broker, as {@code protocol client-id address}, for the failure message. */
    private static List<String> all() {
        EmbeddedBroker broker = main.getCamelContext().getRegistry().findSingleByType(EmbeddedBroker.class);
        return broker.server().getRemotingService().getConnections().stream()
                .map(c -> c.getProtocolName() + " " + c.getClientID() + " " + c.getRemoteAddress())
                .toList();
    }

    private static BacnetStack bacnetClientStack() throws Exception {
        return BacnetStack.open(StackConfig.defaults()
                .withLocalPort(0)
                .withBroadcast("127.255.255.255", bacnetPort)
                .withTimeouts(Duration.ofMillis(500), 2));
    }

    private static ObjectDescriptor room() {
        return new ObjectDescriptor(
                "hall",
                "Hall",
                "room",
                "test",
                null,
                null,
                List.of(),
                Map.of(
                        "temperature", ResourceDescriptor.number("Cel"),
                        "setpoint",
                                ResourceDescriptor.number("Cel")
                                        .range(5.0, 30.0)
                                        .writable(21.0),
                        "occupied", ResourceDescriptor.bool()),
                0);
    }

    /** A Milo client on the node's server, reading and writing the hall's variables. */
    private static final class OpcUaClientSession implements AutoCloseable {
        private final OpcUaClient client;

        OpcUaClientSession(int port) throws Exception {
            client = OpcUaClient.create("opc.tcp://127.0.0.1:" + port + "/objectbus");
            client.connect();
        }

        DataValue read(String resource) {
            return await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> client.readValue(0, TimestampsToReturn.Both, variable(resource)),
                            value -> value.value().value() != null);
        }

        org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode write(String resource, Variant value)
                throws Exception {
            return client.writeValues(List.of(variable(resource)), List.of(DataValue.valueOnly(value)))
                    .get(0);
        }

        private NodeId variable(String resource) {
            int ns = client.getNamespaceTable().getIndex("urn:objectbus:bus").intValue();
            return new NodeId(ns, "node1/hall/" + resource);
        }

        @Override
        public void close() throws Exception {
            client.disconnect();
        }
    }
}
