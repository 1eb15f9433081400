// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.objectbus.bus.WriteCommand;
import io.objectbus.modbus.model.ModbusReading;
import io.objectbus.modbus.model.RegisterMap;
import io.objectbus.model.ObjectDescriptor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModbusMappingTest {

    private static final RegisterMap MAP = RegisterMap.parse(
            """
            - {name: temperature, table: input, address: 0, type: int16, scale: 0.1, unit: Cel}
            - {name: level, table: input, address: 1, scale: 0.001, signal: 4-20mA, range: [0, 250], unit: cm}
            - {name: high, table: input, address: 2, threshold: [80, 75]}
            - {name: setpoint, table: holding, address: 10, type: int16, scale: 0.5, offset: 10, writable: true}
            - {name: pump, table: coil, address: 0, writable: true, object: pump}
            """);

    private final ModbusMapping mapping = new ModbusMapping();
    private final Instant now = Instant.parse("2026-12-04T10:00:00Z");

    private Map<String, Object> sample(String register, Object raw) {
        return mapping.samples("io", List.of(ModbusReading.of(MAP.register(register), raw, now)))
                .get(0);
    }

    @Test
    void entriesBecomeResourcesOfTheAdaptersObjectsWithUnitsAndWritability() {
        List<ObjectDescriptor> objects = mapping.describe("io", MAP, "io-module");
        assertThat(objects).extracting(ObjectDescriptor::id).containsExactly("io", "io-pump");
        assertThat(objects.get(0).resources().get("temperature").unit()).isEqualTo("Cel");
        assertThat(objects.get(0).resources().get("setpoint").writable()).isTrue();
        assertThat(objects.get(0).resources().get("level").max()).isEqualTo(250.0);
        assertThat(objects.get(1).resources().get("pump").writable()).isTrue();
    }

    @Test
    void readingsGoOutScaledThroughTheirHelpers() {
        mapping.describe("io", MAP, "io-module");
        assertThat(sample("temperature", -125L)).containsEntry("v", -12.5).containsEntry("q", "good");
        assertThat(sample("level", 12000L)).containsEntry("v", 125.0);
        assertThat(sample("level", 0L)).containsEntry("q", "bad").containsEntry("v", null);
        assertThat(sample("high", 81L)).containsEntry("v", true);
        assertThat(sample("high", 77L)).containsEntry("v", true);
    }

    @Test
    void scaledValuesAreRoundedToThePlacesTheirScaleImpliesOrToTheirDecimals() {
        RegisterMap map = RegisterMap.parse(
                """
                - {name: power, table: input, address: 0, scale: 0.1}
                - {name: flow, table: input, address: 1, scale: 0.01, offset: -40}
                - {name: level, table: input, address: 2, scale: 0.001, signal: 4-20mA, range: [0, 250]}
                - {name: pressure, table: input, address: 3, scale: 0.1, decimals: 0}
                - {name: ratio, table: input, address: 4, type: float32, scale: 3}
                """);
        mapping.describe("noise", map, "io-module");
        // 1407 × 0.1 is 140.70000000000002 in binary floating point; 1001 × 0.01 - 40 is -29.990000000000002.
        assertThat(value(map, "power", 1407L)).isEqualTo(140.7);
        assertThat(value(map, "flow", 1001L)).isEqualTo(-29.99);
        // 1 µA of a 4-20 mA signal onto 0-250 cm is a step of 0.015625 cm: two places.
        assertThat(value(map, "level", 12345L)).isEqualTo(130.39);
        assertThat(value(map, "pressure", 1016L)).isEqualTo(102.0);
        // A float32 holds 7 significant digits: 0.1f is 0.10000000149011612 as a double.
        assertThat(value(map, "ratio", (double) 0.1f)).isEqualTo(0.3);
    }

    @Test
    void decimalsThatAreNoPlacesFailTheEntryWithItsName() {
        RegisterMap map = RegisterMap.parse("- {name: power, table: input, address: 0, scale: 0.1, decimals: many}");
        assertThatThrownBy(() -> mapping.describe("noise", map, "io-module"))
                .hasMessageContaining("register power: decimals is a whole number from 0 to 15 (got many)");
    }

    private Object value(RegisterMap map, String register, Object raw) {
        return mapping.samples("noise", List.of(ModbusReading.of(map.register(register), raw, now)))
                .get(0)
                .get("v");
    }

    @Test
    void aFailedReadingIsBadWithTheEntryAndTheDevicesReason() {
        mapping.describe("io", MAP, "io-module");
        Map<String, Object> failed = mapping.samples(
                        "io", List.of(ModbusReading.failed(MAP.register("setpoint"), "ILLEGAL_DATA_ADDRESS (2)", now)))
                .get(0);
        assertThat(failed).containsEntry("q", "bad").containsEntry("r", "holding 10 (int16): ILLEGAL_DATA_ADDRESS (2)");
    }

    @Test
    void aWriteGoesToTheDeviceAsTheRawValueBeforeScaleAndOffset() {
        List<ObjectDescriptor> objects = mapping.describe("io", MAP, "io-module");
        var write = mapping.write("io", command(objects.get(0), "setpoint", 21.5));
        assertThat(write.register()).isEqualTo("setpoint");
        assertThat(write.value()).isEqualTo(23L);
        assertThatThrownBy(() -> mapping.write("io", command(objects.get(0), "nothing", 1)))
                .hasMessageContaining("no Modbus register backs io/nothing");
    }

    private static WriteCommand command(ObjectDescriptor object, String resource, Object value) {
        return new WriteCommand(
                object.id(),
                resource,
                value,
                8,
                8,
                "test",
                object,
                object.resources().get(resource));
    }
}
