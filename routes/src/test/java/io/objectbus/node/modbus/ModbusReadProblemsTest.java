// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.modbus.sim.DeviceImage;
import io.objectbus.modbus.sim.SimulatedModbusDevice;
import io.objectbus.node.NodeMain;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A register map that asks a Modbus TCP device (in this JVM, 100 registers) for a register it does not have: the
 * device's exception goes to $errors once, not at every poll, while the other entries keep being read.
 */
class ModbusReadProblemsTest {

    private static final Duration WAIT = Duration.ofSeconds(45);

    @TempDir
    Path routes;

    @Test
    void aReadTheDeviceRefusesIsReportedOnErrorsWithItsReasonOnceWhileTheOtherEntriesKeepGoing() throws Exception {
        DeviceImage image = new DeviceImage(100);
        image.input(0, 215);
        int mqtt = FreePorts.next();
        try (SimulatedModbusDevice device = new SimulatedModbusDevice(image, "127.0.0.1", 0)) {
            device.start();
            Main main = NodeMain.create(settings(mqtt));
            main.start();
            try (Paho5Probe watcher = new Paho5Probe("tcp://127.0.0.1:" + mqtt, "watcher")) {
                watcher.subscribe("ob/v1/node1/io1/#", 0);
                watcher.subscribe("ob/v1/node1/$errors", 0);
                Files.writeString(routes.resolve("io1.camel.yaml"), adapterFile(device));

                var error = watcher.await(
                        r -> r.topic().endsWith("$errors") && r.text().contains("ILLEGAL_DATA_ADDRESS"), WAIT);
                assertThat(error.text())
                        .contains("\"source\":\"modbus adapter io1\"")
                        .contains("cannot read spare (holding 200 (uint16)): ILLEGAL_DATA_ADDRESS (2)");
                // Many polls (every 200 ms) later, with the other entry read all along: still the one report.
                for (int value = 216; value <= 220; value++) {
                    image.input(0, value);
                    String expected = "\"v\":" + value / 10 + "." + value % 10;
                    watcher.await(
                            r -> r.topic().endsWith("io1/supply-temp")
                                    && r.text().contains(expected),
                            WAIT);
                }
                assertThat(watcher.received())
                        .filteredOn(
                                r -> r.topic().endsWith("$errors") && r.text().contains("ILLEGAL_DATA_ADDRESS"))
                        .hasSize(1);
            } finally {
                main.stop();
            }
        }
    }

    private Map<String, String> settings(int mqtt) {
        Map<String, String> settings = new HashMap<>();
        settings.put("objectbus.config", "file:../application.properties");
        settings.put("objectbus.broker.mqtt-port", String.valueOf(mqtt));
        settings.put("objectbus.broker.ws-port", "0");
        settings.put("objectbus.broker.data-dir", "target/test-data/modbus-problems-" + System.nanoTime());
        settings.put("objectbus.sim.enabled", "false");
        settings.put("objectbus.bacnet.server.enabled", "false");
        settings.put("objectbus.routes.folders", routes.toString());
        settings.put("objectbus.routes.reload", "true");
        return settings;
    }

    private static String adapterFile(SimulatedModbusDevice device) {
        return """
                - route:
                    id: adapter-modbus-io1
                    from:
                      uri: kamelet:modbus-device
                      parameters:
                        name: io1
                        host: 127.0.0.1
                        port: %d
                        pollInterval: 200
                        registers: |
                          - {name: supply-temp, table: input, address: 0, type: int16, scale: 0.1, unit: Cel}
                          - {name: spare, table: holding, address: 200}
                      steps:
                        - log: "io1 ${header.ModbusEvent}"
                """
                .formatted(device.port());
    }
}
