// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.modbus;

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
 * The default run's simulated Modbus I/O module, attached by the shipped routes/simulator/sim-modbus.camel.yaml there
 * at start: its inputs on the bus, and the pump written through the adapter.
 */
class SimulatedModbusModuleTest {

    private static final Duration WAIT = Duration.ofSeconds(45);

    @TempDir
    Path routes;

    @Test
    void theSimulatedIoModuleIsOnTheBusAtStartAndTakesWrites() throws Exception {
        Files.copy(Path.of("simulator/sim-modbus.camel.yaml"), routes.resolve("sim-modbus.camel.yaml"));
        int mqtt = FreePorts.next();
        Map<String, String> settings = new HashMap<>();
        settings.put("objectbus.config", "file:../application.properties");
        settings.put("objectbus.broker.mqtt-port", String.valueOf(mqtt));
        settings.put("objectbus.broker.ws-port", "0");
        settings.put("objectbus.broker.data-dir", "target/test-data/modbus-sim-" + System.nanoTime());
        settings.put("objectbus.sim.bacnet.port", "0");
        settings.put("objectbus.sim.modbus.period", "200");
        settings.put("objectbus.routes.folders", routes.toString());
        Main main = NodeMain.create(settings);
        main.start();
        try (Paho5Probe client = new Paho5Probe("tcp://127.0.0.1:" + mqtt, "modbus-sim")) {
            client.subscribe("ob/v1/node1/sim-io/#", 0);
            client.subscribe("ob/v1/node1/modbus-sim-io/state", 0);
            client.subscribe("me/replies", 1);
            client.await(
                    r -> r.topic().endsWith("modbus-sim-io/state") && r.text().contains("\"v\":\"up\""), WAIT);
            client.await(
                    r -> r.topic().endsWith("sim-io/supply-temp") && r.text().contains("\"u\":\"Cel\""), WAIT);
            client.await(
                    r -> r.topic().endsWith("sim-io/tank-level") && r.text().contains("\"q\":\"good\""), WAIT);
            client.request("ob/v1/node1/sim-io/pump/$set", "{\"v\":true,\"p\":8}", "me/replies", "pump");
            client.await(r -> r.topic().equals("me/replies") && r.text().contains("\"applied\""), WAIT);
            client.await(r -> r.topic().endsWith("sim-io/pump") && r.text().contains("\"v\":true"), WAIT);
        } finally {
            main.stop();
        }
    }
}
