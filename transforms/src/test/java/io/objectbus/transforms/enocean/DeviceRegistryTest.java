// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceRegistryTest {

    @TempDir
    Path dir;

    private DeviceRegistry open(String config) {
        return DeviceRegistry.open(
                new DeviceFile(dir.resolve("enocean-devices.json")),
                DeviceConfig.parse(config),
                EepRegistry.standard());
    }

    @Test
    void configuredDevicesAreReadFromLinesOrSemicolons() {
        List<EnoceanDevice> devices = DeviceConfig.parse(
                "002A1001, F6-02-01, name=Rocker hall\n# a comment\n01940005,d2-01-12,location=Office,offset=5;"
                        + "01810002, A5-04-01, interval=10, dim-timer=0");
        assertThat(devices).hasSize(3);
        assertThat(devices.get(0).name()).isEqualTo("Rocker hall");
        assertThat(devices.get(1).eep()).isEqualTo("D2-01-12");
        assertThat(devices.get(1).senderOffset()).isEqualTo(5);
        assertThat(devices.get(2).interval()).isEqualTo(10L);
    }

    @Test
    void aBadEntryNamesItselfAndTheReason() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> DeviceConfig.parse("002A1001, F6-02-01, colour=red"));
        assertThat(e.getMessage()).contains("entry 1").contains("colour");
        assertThat(assertThrows(IllegalArgumentException.class, () -> DeviceConfig.parse("zz, F6-02-01"))
                        .getMessage())
                .contains("not an EnOcean ID");
        assertThat(assertThrows(IllegalArgumentException.class, () -> open("01810002, A5-99-01"))
                        .getMessage())
                .contains("not supported");
    }

    @Test
    void actuatorsGetStableSenderOffsetsAndSensorsNone() {
        DeviceRegistry registry = open("01940005, D2-01-12; 01810002, A5-04-01; 01940006, D2-01-00, offset=1");
        assertThat(registry.find(0x01940006).orElseThrow().senderOffset()).isEqualTo(1);
        assertThat(registry.find(0x01940005).orElseThrow().senderOffset()).isEqualTo(2);
        assertThat(registry.find(0x01810002).orElseThrow().senderOffset()).isNull();
        EnoceanDevice valve =
                registry.teachIn(EnoceanDevice.taughtIn(0x0180AA01, EepId.parse("A5-20-01"), 7, null, "t"));
        assertThat(valve.senderOffset()).isEqualTo(3);
        // Taught in again, the valve keeps the sender ID it knows the gateway by.
        assertThat(registry.teachIn(EnoceanDevice.taughtIn(0x0180AA01, EepId.parse("A5-20-01"), 7, null, "u"))
                        .senderOffset())
                .isEqualTo(3);
    }

    @Test
    void taughtInDevicesAndOffsetsSurviveARestartAndRemovedConfigurationGoes() {
        DeviceRegistry first = open("01940005, D2-01-12; 002A1001, F6-02-01");
        first.teachIn(EnoceanDevice.taughtIn(0x01810099, EepId.parse("A5-02-05"), 0x7FF, null, "2026-11-21T10:00:00Z"));
        DeviceRegistry second = open("01940005, D2-01-12, name=Lights");
        assertThat(second.all()).extracting(EnoceanDevice::sender).containsExactly("01810099", "01940005");
        assertThat(second.find(0x01940005).orElseThrow().senderOffset()).isEqualTo(1);
        assertThat(second.find(0x01940005).orElseThrow().name()).isEqualTo("Lights");
        EnoceanDevice taught = second.findByObject("enocean-01810099").orElseThrow();
        assertThat(taught.source()).isEqualTo(EnoceanDevice.TEACH_IN);
        assertThat(taught.manufacturer()).isEqualTo(0x7FF);
        assertThat(second.remove(0x01810099)).isTrue();
        assertThat(open("").all()).isEmpty();
    }

    @Test
    void anUnreadableFileIsSetAsideNotOverwrittenSilently() throws Exception {
        Path file = dir.resolve("enocean-devices.json");
        Files.writeString(file, "{ not json");
        DeviceRegistry registry = open("002A1001, F6-02-01");
        assertThat(registry.size()).isEqualTo(1);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains(".unreadable-"));
        }
    }

    @Test
    void twoDevicesCannotShareAnOffset() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> open("01940005, D2-01-12, offset=4; 01940006, D2-01-00, offset=4"));
        assertThat(e.getMessage()).contains("sender offset 4");
    }
}
