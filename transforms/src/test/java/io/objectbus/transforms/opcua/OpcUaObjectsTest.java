// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.bus.WriteCommand;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.opcua.model.UaAddressSpace;
import io.objectbus.opcua.model.UaObject;
import io.objectbus.opcua.model.UaValue;
import io.objectbus.opcua.model.UaWrite;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.junit.jupiter.api.Test;

class OpcUaObjectsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/payload/opcua.plant.expected.json");

    private final OpcUaObjects plant = new OpcUaObjects("plant");

    @Test
    void aBrowseMapsToTheExpectedDescriptors() throws Exception {
        List<ObjectDescriptor> descriptors = plant.describe(PlantSpace.space());
        // Through the text, as a client reads it: numbers then compare by value, not by Java type.
        JsonNode actual = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(descriptors));
        assertThat(actual).isEqualTo(Json.MAPPER.readTree(GOLDEN.toFile()));
    }

    @Test
    void idsDoNotDependOnTheOrderTheBrowseFoundNodesIn() {
        List<UaObject> reversed = new ArrayList<>(PlantSpace.space().objects());
        java.util.Collections.reverse(reversed);
        List<String> first = plant.describe(PlantSpace.space()).stream()
                .map(ObjectDescriptor::id)
                .toList();
        List<String> again = new OpcUaObjects("plant")
                .describe(new UaAddressSpace("opc.tcp://x", reversed)).stream()
                        .map(ObjectDescriptor::id)
                        .toList();
        assertThat(again).isEqualTo(first).containsExactly("plant-Boiler1", "plant-Line-1-Pump-A");
    }

    @Test
    void namesThatGiveTheSameIdAreKeptApartByAChecksumOfTheirNode() {
        UaObject dotted = PlantSpace.object(
                "Plant/Boiler.1",
                List.of("Boiler.1"),
                "Boiler.1",
                "BaseObjectType",
                PlantSpace.boiler().variables());
        UaObject dashed = PlantSpace.object(
                "Plant/Boiler-1",
                List.of("Boiler-1"),
                "Boiler-1",
                "BaseObjectType",
                List.of(PlantSpace.variable(
                        new NodeId(2, "x"),
                        "X",
                        org.eclipse.milo.opcua.stack.core.OpcUaDataType.Int32,
                        false,
                        null,
                        null)));
        List<String> ids = plant.describe(new UaAddressSpace("opc.tcp://x", List.of(dotted, dashed))).stream()
                .map(ObjectDescriptor::id)
                .toList();
        assertThat(ids).hasSize(2).contains("plant-Boiler-1").anyMatch(id -> id.matches("plant-Boiler-1-[0-9a-f]{8}"));
    }

    @Test
    void aValueFindsItsResourceWithQualityAndSourceTimestamp() {
        plant.describe(PlantSpace.space());
        Instant measured = Instant.parse("2026-03-01T10:00:00.250Z");
        DataValue good = new DataValue(Variant.ofDouble(21.5), StatusCode.GOOD, new DateTime(measured), new DateTime());
        DataValue failed = new DataValue(Variant.NULL_VALUE, new StatusCode(StatusCodes.Bad_SensorFailure), null);
        List<Map<String, Object>> samples = plant.samples(List.of(
                new UaValue(PlantSpace.TEMPERATURE, good),
                new UaValue(PlantSpace.RUNNING, failed),
                new UaValue(new NodeId(2, "unknown"), good)));
        assertThat(samples).hasSize(2);
        assertThat(samples.get(0))
                .containsEntry("object", "plant-Boiler1")
                .containsEntry("resource", "Temperature")
                .containsEntry("v", 21.5)
                .containsEntry("q", "good")
                .containsEntry("ts", measured);
        assertThat(samples.get(1))
                .containsEntry("resource", "Running")
                .containsEntry("q", "bad")
                .containsEntry("r", "Bad_SensorFailure (0x808C0000)");
    }

    @Test
    void aReadingOutsideTheEuRangeIsUncertainWithTheReadingInTheReason() {
        plant.describe(PlantSpace.space());
        DataValue hot = new DataValue(Variant.ofDouble(130.0), StatusCode.GOOD, new DateTime());
        Map<String, Object> sample =
                plant.samples(List.of(new UaValue(PlantSpace.TEMPERATURE, hot))).get(0);
        assertThat(sample).containsEntry("q", "uncertain").containsEntry("v", null);
        assertThat(sample.get("r")).asString().contains("130.0").contains("[0.0, 120.0]");
    }

    @Test
    void aBusWriteBecomesAWriteOfTheVariablesType() {
        plant.describe(PlantSpace.space());
        UaWrite write = plant.write(command("plant-Line-1-Pump-A", "Speed", 1450L));
        assertThat(write.nodeId()).isEqualTo(PlantSpace.SPEED);
        assertThat(write.value()).isEqualTo(Variant.ofInt32(1450));
        assertThat(plant.write(command("plant-Boiler1", "Setpoint", null))).isNull();
        assertThatThrownBy(() -> plant.write(command("plant-Boiler1", "Gone", 1.0)))
                .hasMessageContaining("no OPC UA variable backs plant-Boiler1/Gone");
    }

    @Test
    void aBrowseThatNoLongerFindsAnObjectListsItAsRemoved() {
        plant.describe(PlantSpace.space());
        plant.describe(new UaAddressSpace("opc.tcp://x", List.of(PlantSpace.boiler())));
        assertThat(plant.removed()).containsExactly("plant-Line-1-Pump-A");
        assertThat(plant.objectIds()).containsExactly("plant-Boiler1");
        assertThat(plant.monitored()).contains(PlantSpace.TEMPERATURE).doesNotContain(PlantSpace.SPEED);
    }

    @Test
    void withoutAWritesRouteEveryResourceIsReadOnly() {
        List<ObjectDescriptor> descriptors = plant.describe(PlantSpace.space(), false);
        assertThat(descriptors).flatMap(d -> d.resources().values()).allMatch(r -> !r.writable());
    }

    private static WriteCommand command(String object, String resource, Object value) {
        return new WriteCommand(object, resource, value, 8, 8, null, null, null);
    }
}
