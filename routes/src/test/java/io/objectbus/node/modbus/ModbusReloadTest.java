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
 * The shipped example file against a Modbus TCP device in this JVM, while the node runs: added, edited, broken and
 * fixed; a second device's file keeps going throughout, and the node never restarts.
 */
class ModbusReloadTest {

    private static final Duration WAIT = Duration.ofSeconds(45);

    @TempDir
    Path routes;

    @Test
    void anAdapterFileAddedEditedBrokenAndFixedTakesEffectWithoutARestart() throws Exception {
        DeviceImage image = new DeviceImage(100);
        image.input(0, 215);
        image.input(1, 12000);
        int mqtt = FreePorts.next();
        try (SimulatedModbusDevice device = new SimulatedModbusDevice(image, "127.0.0.1", 0)) {
            device.start();
            Main main = NodeMain.create(settings(mqtt));
            main.start();
            try (Paho5Probe watcher = new Paho5Probe("tcp://127.0.0.1:" + mqtt, "watcher")) {
                watcher.subscribe("ob/v1/node1/io1/#", 0);
                watcher.subscribe("ob/v1/node1/io2/#", 0);
                watcher.subscribe("ob/v1/node1/$errors", 0);
                Files.writeString(routes.resolve("io2.camel.yaml"), example(device, "io2", ""));
                Path io1 = routes.resolve("io1.camel.yaml");

                Files.writeString(io1, example(device, "io1", ""));
                watcher.await(
                        r -> r.topic().endsWith("io1/supply-temp") && r.text().contains("\"v\":21.5"), WAIT);
                watcher.await(
                        r -> r.topic().endsWith("io1/tank-level") && r.text().contains("\"v\":125.0"), WAIT);

                Files.writeString(
                        io1, example(device, "io1", "\n          - {name: spare, table: holding, address: 200}"));
                watcher.await(r -> r.topic().endsWith("io1/$info") && r.text().contains("\"spare\""), WAIT);
                // The device has 100 registers: the new entry alone is bad, with the device's exception.
                var spare = watcher.await(
                        r -> r.topic().endsWith("io1/spare") && r.text().contains("\"q\":\"bad\""), WAIT);
                assertThat(spare.text()).contains("holding 200 (uint16): ILLEGAL_DATA_ADDRESS (2)");
                watcher.clear();
                image.input(0, 222);
                watcher.await(
                        r -> r.topic().endsWith("io1/supply-temp") && r.text().contains("\"v\":22.2"), WAIT);

                Files.writeString(io1, example(device, "io1", "").replace("table: coil", "table: coils"));
                var error = watcher.await(
                        r -> r.topic().endsWith("$errors") && r.text().contains("io1.camel.yaml"), WAIT);
                assertThat(error.text()).contains("pump").contains("table must be one of holding, input, coil");

                watcher.clear();
                image.input(0, 230);
                watcher.await(
                        r -> r.topic().endsWith("io2/supply-temp") && r.text().contains("\"v\":23.0"), WAIT);

                Files.writeString(io1, example(device, "io1", ""));
                watcher.await(
                        r -> r.topic().endsWith("io1/supply-temp") && r.text().contains("\"q\":\"good\""), WAIT);

                // A map the protocol takes but the mapping does not: the adapter's start fails, the file is reported.
                Files.writeString(io1, example(device, "io1", "").replace("signal: 4-20mA", "signal: 5-20mA"));
                var meaning = watcher.await(
                        r -> r.topic().endsWith("$errors") && r.text().contains("5-20mA"), WAIT);
                assertThat(meaning.text()).contains("io1.camel.yaml").contains("signal is 4-20mA, 0-20mA, 0-10V");
                // Saved back as it runs: nothing restarts, so nothing new is published; the bus's current picture,
                // as a new subscriber gets it, shows the previous version serving the device all along.
                Files.writeString(io1, example(device, "io1", ""));
                try (Paho5Probe late = new Paho5Probe("tcp://127.0.0.1:" + mqtt, "late")) {
                    late.subscribe("ob/v1/node1/io1/supply-temp", 0);
                    late.await(r -> r.text().contains("\"q\":\"good\""), WAIT);
                }
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
        settings.put("objectbus.broker.data-dir", "target/test-data/modbus-reload-" + System.nanoTime());
        settings.put("objectbus.sim.enabled", "false");
        settings.put("objectbus.bacnet.server.enabled", "false");
        settings.put("objectbus.routes.folders", routes.toString());
        settings.put("objectbus.routes.reload", "true");
        return settings;
    }

    /** The shipped example, pointed at the test device, polling fast, with extra register lines. */
    private static String example(SimulatedModbusDevice device, String name, String extraRegisters) throws Exception {
        return Files.readString(Path.of("adapters/modbus-example.camel.yaml.disabled"))
                .replace("io1", name)
                .replace("host: 192.168.1.30", "host: 127.0.0.1")
                .replace("port: 502", "port: " + device.port())
                .replace("pollInterval: 1000", "pollInterval: 200")
                .replace(
                        "- {name: door-open, table: discrete, address: 0}",
                        "- {name: door-open, table: discrete, address: 0}" + extraRegisters);
    }
}
