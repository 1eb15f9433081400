// SPDX-License-Identifier: Apache-2.0
package io.objectbus.northbound.bacnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.objectbus.bacnet.client.BacnetClient;
import io.objectbus.bacnet.client.BacnetErrorException;
import io.objectbus.bacnet.client.CovEvent;
import io.objectbus.bacnet.client.DeviceInfo;
import io.objectbus.bacnet.client.PropertyResult;
import io.objectbus.bacnet.client.ReadRequest;
import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.ObjectType;
import io.objectbus.bacnet.model.PropertyIdentifier;
import io.objectbus.bacnet.stack.BacnetStack;
import io.objectbus.bacnet.stack.StackConfig;
import io.objectbus.component.BusFixture;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import io.objectbus.testing.Paho5Probe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The node as a BACnet/IP device, seen from a BACnet client over real UDP: discovery, reads, writes and COV. */
class BacnetServerTest {
    private static final String BROADCAST = "127.255.255.255";
    private static final int INSTANCE = 260001;
    private static final int VENDOR = 1234;

    private static BusFixture bus;
    private static BusBacnetServer server;
    private static BacnetStack clientStack;
    private static BacnetClient client;
    private static BacnetAddress node;

    @BeforeAll
    static void start() throws Exception {
        bus = BusFixture.start("n2", component -> {});
        ProducerTemplate producer = bus.camel.createProducerTemplate();
        producer.sendBody("objectbus:describe", List.of(room(), fromBacnet()));
        producer.sendBody("objectbus:publish?object=room-1", Map.of("temperature", 21.5, "occupied", true));
        int port = freeUdpPort();
        server = new BusBacnetServer(
                new ServerSettings(INSTANCE, "Test node", VENDOR, port, "0.0.0.0", BROADCAST, "*", false, 5000, "n2"),
                bus.bus().view());
        server.start();
        clientStack = BacnetStack.open(StackConfig.defaults()
                .withLocalPort(0)
                .withBroadcast(BROADCAST, port)
                .withTimeouts(Duration.ofMillis(500), 2));
        client = clientStack.client();
        DeviceInfo found = get(client.resolve(INSTANCE));
        node = found.address();
        await().until(() -> get(client.readObjectList(node, INSTANCE)).size() == 5);
    }

    @AfterAll
    static void stop() throws Exception {
        clientStack.close();
        server.close();
        bus.close();
    }

    private static ObjectDescriptor room() {
        ResourceDescriptor celsius = ResourceDescriptor.number("Cel").range(-20.0, 50.0);
        return new ObjectDescriptor(
                "room-1",
                "Room 1",
                "room",
                "sim",
                "sim:room-1",
                null,
                List.of(),
                Map.of(
                        "temperature",
                        celsius,
                        "setpoint",
                        ResourceDescriptor.number("Cel").range(5.0, 30.0).writable(21.0),
                        "occupied",
                        ResourceDescriptor.bool(),
                        "mode",
                        new ResourceDescriptor(
                                ValueType.ENUM,
                                null,
                                true,
                                null,
                                null,
                                List.of("comfort", "eco", "off"),
                                null,
                                "heating mode",
                                null,
                                "comfort"),
                        "label",
                        new ResourceDescriptor(
                                ValueType.STRING, null, false, null, null, null, null, null, null, null)),
                0);
    }

    private static ObjectDescriptor fromBacnet() {
        return new ObjectDescriptor(
                "bacnet-9-analog-input-1",
                "Elsewhere",
                "analog-input",
                "bacnet",
                "device:9/analog-input:1",
                null,
                List.of(),
                Map.of("present-value", ResourceDescriptor.number("Cel")),
                0);
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** The served object of a bus resource, by its object-name {object}/{resource}. */
    private static ObjectIdentifier served(String name) throws Exception {
        for (ObjectIdentifier id : get(client.readObjectList(node, INSTANCE))) {
            if (id.type() != ObjectType.DEVICE
                    && name.equals(get(client.readProperty(node, id, PropertyIdentifier.OBJECT_NAME, null))
                            .value())) {
                return id;
            }
        }
        throw new AssertionError("no object " + name);
    }

    private static Object presentValue(ObjectIdentifier id) throws Exception {
        return get(client.readProperty(node, id, PropertyIdentifier.PRESENT_VALUE, null))
                .value();
    }

    @Test
    void theNodeIsADeviceWhoseObjectsAreTheBusResourcesButNotThoseFromBacnet() throws Exception {
        List<ObjectIdentifier> objects = get(client.readObjectList(node, INSTANCE));
        assertThat(objects)
                .extracting(ObjectIdentifier::type)
                .containsExactlyInAnyOrder(
                        ObjectType.DEVICE,
                        ObjectType.ANALOG_VALUE,
                        ObjectType.ANALOG_VALUE,
                        ObjectType.BINARY_VALUE,
                        ObjectType.MULTI_STATE_VALUE);
        assertThat(get(client.readProperty(
                                node, ObjectIdentifier.device(INSTANCE), PropertyIdentifier.OBJECT_NAME, null))
                        .value())
                .isEqualTo("Test node");
    }

    @Test
    void theDeviceGivesTheConfiguredVendorIdentifierInReadPropertyAndIAm() throws Exception {
        ObjectIdentifier device = ObjectIdentifier.device(INSTANCE);
        assertThat(get(client.readProperty(node, device, PropertyIdentifier.VENDOR_IDENTIFIER, null))
                        .value())
                .isEqualTo((long) VENDOR);
        assertThat(get(client.resolve(INSTANCE)).vendorId()).isEqualTo(VENDOR);
    }

    @Test
    void aNumberReadsAsAnAnalogValueWithUnitsAndRange() throws Exception {
        ObjectIdentifier temperature = served("room-1/temperature");
        List<PropertyResult> read = get(client.readPropertyMultiple(
                node,
                List.of(
                        ReadRequest.of(temperature, PropertyIdentifier.PRESENT_VALUE),
                        ReadRequest.of(temperature, PropertyIdentifier.UNITS),
                        ReadRequest.of(temperature, PropertyIdentifier.MIN_PRES_VALUE),
                        ReadRequest.of(temperature, PropertyIdentifier.MAX_PRES_VALUE),
                        ReadRequest.of(temperature, PropertyIdentifier.STATUS_FLAGS),
                        ReadRequest.of(temperature, PropertyIdentifier.DESCRIPTION))));
        assertThat(read)
                .extracting(PropertyResult::value)
                .containsExactly(21.5f, 62L, -20f, 50f, List.of(false, false, false, false), "Room 1 temperature");
        ObjectIdentifier mode = served("room-1/mode");
        assertThat(get(client.readProperty(node, mode, PropertyIdentifier.STATE_TEXT, null))
                        .value())
                .isEqualTo(List.of("comfort", "eco", "off"));
        assertThat(presentValue(mode)).isIn(1L, 2L);
    }

    @Test
    void aWriteGoesThroughTheBusAtItsPriorityAndIsRelinquishedWithNull() throws Exception {
        ObjectIdentifier setpoint = served("room-1/setpoint");
        try (Paho5Probe watcher = new Paho5Probe(bus.url(), "setpoint-watcher")) {
            watcher.subscribe(bus.topic("room-1/setpoint"), 0);
            get(client.writeProperty(
                    node, setpoint, PropertyIdentifier.PRESENT_VALUE, null, new BacnetValue.RealValue(23.5f), 8));
            watcher.awaitOn(bus.topic("room-1/setpoint"), "\"v\":23.5");
            await().until(() -> Float.valueOf(23.5f).equals(presentValue(setpoint)));
            List<?> slots = (List<?>) get(client.readProperty(node, setpoint, PropertyIdentifier.PRIORITY_ARRAY, null))
                    .value();
            assertThat(slots.get(7)).isEqualTo(23.5f);

            get(client.writeProperty(
                    node, setpoint, PropertyIdentifier.PRESENT_VALUE, null, BacnetValue.NullValue.INSTANCE, 8));
            watcher.awaitOn(bus.topic("room-1/setpoint"), "\"v\":21.0");
        }
        ObjectIdentifier mode = served("room-1/mode");
        get(client.writeProperty(
                node, mode, PropertyIdentifier.PRESENT_VALUE, null, new BacnetValue.UnsignedValue(2), 10));
        await().until(() -> Long.valueOf(2).equals(presentValue(mode)));
        get(client.writeProperty(
                node, mode, PropertyIdentifier.PRESENT_VALUE, null, BacnetValue.NullValue.INSTANCE, 10));
        await().until(() -> Long.valueOf(1).equals(presentValue(mode)));
    }

    @Test
    void aWriteTheBusRefusesIsAnErrorForTheBacnetClient() throws Exception {
        ObjectIdentifier setpoint = served("room-1/setpoint");
        assertThatThrownBy(() -> get(client.writeProperty(
                        node, setpoint, PropertyIdentifier.PRESENT_VALUE, null, new BacnetValue.RealValue(40f), 8)))
                .isInstanceOf(BacnetErrorException.class)
                .hasMessage("BACnet error property/value-out-of-range");
        ObjectIdentifier temperature = served("room-1/temperature");
        assertThatThrownBy(() -> get(client.writeProperty(
                        node, temperature, PropertyIdentifier.PRESENT_VALUE, null, new BacnetValue.RealValue(20f), 8)))
                .hasMessage("BACnet error property/write-access-denied");
        assertThatThrownBy(() -> get(client.writeProperty(
                        node,
                        setpoint,
                        PropertyIdentifier.PRESENT_VALUE,
                        null,
                        new BacnetValue.CharacterStringValue("warm"),
                        8)))
                .hasMessage("BACnet error property/invalid-data-type");
    }

    @Test
    void aCovSubscriberHearsOfNewBusValues() throws Exception {
        ObjectIdentifier occupied = served("room-1/occupied");
        List<CovEvent> events = new CopyOnWriteArrayList<>();
        client.addCovListener(events::add);
        get(client.subscribeCov(node, occupied, 42, false, 60));
        await().until(() -> events.stream().anyMatch(e -> e.objectId().equals(occupied)));
        bus.camel.createProducerTemplate().sendBody("objectbus:publish?object=room-1", Map.of("occupied", false));
        await().until(() -> events.stream()
                .anyMatch(e -> e.objectId().equals(occupied) && Long.valueOf(0).equals(e.presentValue())));
    }

    /** A UDP port that was free a moment ago. */
    private static int freeUdpPort() throws java.io.IOException {
        try (java.net.DatagramSocket socket = new java.net.DatagramSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
