// SPDX-License-Identifier: Apache-2.0
package io.objectbus.northbound.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.component.BusFixture;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.transforms.opcua.UneceUnits;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.ProducerTemplate;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UByte;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The node's bus served over OPC UA, seen by a Milo client: browse, read, subscribe and write. */
class OpcUaServerTest {

    private static BusFixture node;
    private static BusOpcUaServer server;
    private static OpcUaClient client;
    private static Paho5Probe watcher;
    private static ProducerTemplate producer;

    @BeforeAll
    static void start() throws Exception {
        node = BusFixture.start("n4", component -> {});
        producer = node.camel.createProducerTemplate();
        producer.sendBody("objectbus:describe", room());
        producer.sendBody("objectbus:publish?object=room-1", Map.of("temperature", 21.5, "occupied", true));
        int port = FreePorts.next();
        server = new BusOpcUaServer(
                new ServerSettings(
                        "127.0.0.1",
                        port,
                        "/objectbus",
                        8,
                        5000,
                        "None",
                        "",
                        "",
                        "target/opcua-server-" + ProcessHandle.current().pid(),
                        "n4"),
                node.bus().view());
        server.start();
        watcher = new Paho5Probe(node.url(), "watcher");
        watcher.subscribe("watcher/replies", 1);
        client = OpcUaClient.create("opc.tcp://127.0.0.1:" + port + "/objectbus");
        client.connect();
    }

    @AfterAll
    static void stop() throws Exception {
        client.disconnect();
        watcher.close();
        server.close();
        node.close();
    }

    @Test
    void theBusObjectsAppearUnderObjectBusAndTheNode() throws Exception {
        NodeId bus = child(NodeIds.ObjectsFolder, "ObjectBus");
        NodeId n4 = child(bus, "n4");
        NodeId room = child(n4, "room-1");
        assertThat(browseNames(room)).contains("temperature", "setpoint", "occupied", "mode");
    }

    @Test
    void aNumberCarriesEngineeringUnitsAndEuRange() throws Exception {
        NodeId temperature = await().until(() -> variable("temperature"), java.util.Objects::nonNull);
        EUInformation units = (EUInformation) property(temperature, "EngineeringUnits");
        assertThat(units.getUnitId()).isEqualTo(UneceUnits.unitId("CEL"));
        assertThat(units.getDisplayName().text()).isEqualTo("°C");
        Range range = (Range) property(temperature, "EURange");
        assertThat(range.getLow()).isEqualTo(-20.0);
        assertThat(range.getHigh()).isEqualTo(60.0);
    }

    @Test
    void aReadGivesTheBusValueWithItsQuality() throws Exception {
        await().until(() -> read("temperature").value().value(), v -> Double.valueOf(21.5)
                .equals(v));
        assertThat(read("temperature").statusCode().isGood()).isTrue();
        assertThat(read("occupied").value().value()).isEqualTo(true);
    }

    @Test
    void aSubscriptionSeesValuesAsTheBusPublishesThem() throws Exception {
        List<Object> seen = new CopyOnWriteArrayList<>();
        OpcUaSubscription subscription = new OpcUaSubscription(client, 100.0);
        subscription.create();
        OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(variable("temperature"));
        item.setSamplingInterval(50.0);
        item.setDataValueListener((i, value) -> seen.add(value.value().value()));
        subscription.addMonitoredItem(item);
        subscription.synchronizeMonitoredItems();
        producer.sendBody("objectbus:publish?object=room-1", Map.of("temperature", 23.25));
        await().until(() -> seen.contains(23.25));
        subscription.delete();
    }

    @Test
    void aWriteGoesThroughTheBusAtTheConfiguredPriority() throws Exception {
        StatusCode status = write("setpoint", Variant.ofDouble(24.0));
        assertThat(status.isGood()).isTrue();
        // The bus's priority array holds the write at level 8, with the server as its owner.
        watcher.request("ob/v1/n4/$discover", "{\"object\":\"room-1\",\"detail\":\"full\"}", "watcher/replies", "d1");
        JsonNode level8 =
                Json.parse(watcher.awaitOn("watcher/replies").payload()).at("/objects/0/priorities/setpoint/7");
        assertThat(level8.get("v").asDouble()).isEqualTo(24.0);
        assertThat(level8.get("owner").asText()).isEqualTo("opcua");
        await().until(() -> read("setpoint").value().value(), v -> Double.valueOf(24.0)
                .equals(v));
    }

    @Test
    void aWriteToAReadOnlyVariableIsBadNotWritableAndItsUserAccessLevelStaysReadOnly() throws Exception {
        // Part 4 clause 5.10.4: Bad_NotWritable is the answer where the access level does not allow writing;
        // Bad_UserAccessDenied is for a user who lacks a right others have.
        assertThat(write("temperature", Variant.ofDouble(5.0)).value()).isEqualTo(StatusCodes.Bad_NotWritable);
        ReadValueId userAccessLevel = new ReadValueId(
                variable("temperature"), AttributeId.UserAccessLevel.uid(), null, QualifiedName.NULL_VALUE);
        DataValue userAccess = client.read(0, TimestampsToReturn.Neither, List.of(userAccessLevel))
                .getResults()[0];
        assertThat(AccessLevel.fromValue((UByte) userAccess.value().value())).containsExactly(AccessLevel.CurrentRead);
    }

    @Test
    void aWriteTheBusRejectsGetsAStatusCodeThatSaysWhy() throws Exception {
        assertThat(write("setpoint", Variant.ofDouble(99.0)).value()).isEqualTo(StatusCodes.Bad_OutOfRange);
        assertThat(write("mode", Variant.ofString("party")).value()).isEqualTo(StatusCodes.Bad_OutOfRange);
        assertThat(write("temperature", Variant.ofDouble(5.0)).isBad()).isTrue();
        assertThat(write("setpoint", Variant.ofString("warm")).value()).isEqualTo(StatusCodes.Bad_TypeMismatch);
    }

    @Test
    void aStaleValueIsTheLastUsableValue() throws Exception {
        await().until(() -> read("occupied").statusCode().isGood());
        producer.sendBody("objectbus:stale?object=room-1", "sensor silent");
        await().until(() -> read("occupied").statusCode().value() == StatusCodes.Uncertain_LastUsableValue);
        producer.sendBody("objectbus:publish?object=room-1", Map.of("occupied", true));
        await().until(() -> read("occupied").statusCode().isGood());
    }

    private static ObjectDescriptor room() {
        return new ObjectDescriptor(
                "room-1",
                "Room 1",
                "room",
                "sim",
                null,
                null,
                List.of(),
                Map.of(
                        "temperature", ResourceDescriptor.number("Cel").range(-20.0, 60.0),
                        "setpoint",
                                ResourceDescriptor.number("Cel")
                                        .range(5.0, 30.0)
                                        .writable(21.0),
                        "occupied", ResourceDescriptor.bool(),
                        "mode",
                                new ResourceDescriptor(
                                        io.objectbus.model.ValueType.ENUM,
                                        null,
                                        true,
                                        null,
                                        null,
                                        List.of("comfort", "eco"),
                                        null,
                                        null,
                                        null,
                                        "eco")),
                0);
    }

    private static NodeId child(NodeId parent, String name) throws Exception {
        return client.getAddressSpace().browse(parent).stream()
                .filter(r -> name.equals(r.getBrowseName().name()))
                .map(ReferenceDescription::getNodeId)
                .map(id -> id.toNodeId(client.getNamespaceTable()).orElseThrow())
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found"));
    }

    private static List<String> browseNames(NodeId node) throws Exception {
        return client.getAddressSpace().browse(node).stream()
                .map(r -> r.getBrowseName().name())
                .toList();
    }

    private static NodeId variable(String resource) {
        int ns = client.getNamespaceTable().getIndex("urn:objectbus:bus").intValue();
        return new NodeId(ns, "n4/room-1/" + resource);
    }

    private static Object property(NodeId variable, String name) throws Exception {
        NodeId property = child(variable, name);
        Object value = client.readValue(0, TimestampsToReturn.Neither, property)
                .value()
                .value();
        return value instanceof ExtensionObject xo ? xo.decode(client.getStaticEncodingContext()) : value;
    }

    private static DataValue read(String resource) throws Exception {
        return client.readValue(0, TimestampsToReturn.Both, variable(resource));
    }

    private static StatusCode write(String resource, Variant value) throws Exception {
        return client.writeValues(List.of(variable(resource)), List.of(DataValue.valueOnly(value)))
                .get(0);
    }
}
