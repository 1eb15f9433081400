// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.objectbus.node.NodeMain;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default run: the node starts a simulated packet forwarder gateway with three sensors and
 * routes/simulator/sim-lorawan.camel.yaml serves it; a port of the node's network server that is taken ends the start.
 */
class LorawanNodeTest {

    @TempDir
    Path routes;

    @Test
    void theSimulatedLorawanSensorsArriveThroughThePacketForwarderIncludingTheOneThatJoins() throws Exception {
        Files.copy(Path.of("simulator/sim-lorawan.camel.yaml"), routes.resolve("sim-lorawan.camel.yaml"));
        int port = FreePorts.next();
        Main main = node(port, "0");
        try {
            main.start();
            try (Paho5Probe probe = new Paho5Probe("tcp://127.0.0.1:" + port, "lorawan-site")) {
                probe.subscribe("ob/v1/node1/#", 0);
                JsonNode climate = new ObjectMapper()
                        .readTree(probe.awaitOn("ob/v1/node1/lorawan-sim-70b3d5e75e000001/$info")
                                .text());
                assertThat(climate.path("location").asText()).isEqualTo("Roof");
                probe.awaitOn("ob/v1/node1/lorawan-sim-70b3d5e75e000001/temperature1", "\"u\":\"Cel\"");
                probe.awaitOn("ob/v1/node1/lorawan-sim-70b3d5e75e000002/concentration1", "\"u\":\"ppm\"");
                // The meter joins first, asking again after both join windows if its first request went unheard.
                probe.await(
                        r -> r.topic().equals("ob/v1/node1/lorawan-sim-70b3d5e75e000003/power1")
                                && r.text().contains("\"u\":\"W\""),
                        Duration.ofSeconds(40));
                probe.awaitOn("ob/v1/node1/lorawan-sim-gw-b827ebfffe000001-connection/state", "\"v\":\"up\"");
            }
        } finally {
            main.stop();
        }
    }

    @Test
    void aTakenPortOfTheSimulatedSitesNetworkServerKeepsTheNodeFromStartingAndNamesItsSetting() throws Exception {
        try (DatagramSocket other = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
            Main main = node(FreePorts.next(), String.valueOf(other.getLocalPort()));
            try {
                assertThatThrownBy(main::start)
                        .hasStackTraceContaining(
                                "the simulated LoRaWAN site cannot use UDP port " + other.getLocalPort())
                        .hasStackTraceContaining("set objectbus.sim.lorawan.port");
            } finally {
                main.stop();
            }
        }
    }

    private Main node(int mqttPort, String lorawanPort) {
        return NodeMain.create(Map.ofEntries(
                Map.entry("objectbus.config", "file:../application.properties"),
                Map.entry("objectbus.broker.mqtt-port", String.valueOf(mqttPort)),
                Map.entry("objectbus.broker.ws-port", "0"),
                Map.entry("objectbus.broker.data-dir", "target/test-data/lorawan-node-" + System.nanoTime()),
                Map.entry("objectbus.sim.enabled", "true"),
                Map.entry("objectbus.sim.bacnet.port", "0"),
                Map.entry("objectbus.sim.enocean.port", "0"),
                Map.entry("objectbus.sim.lorawan.port", lorawanPort),
                Map.entry("objectbus.sim.lorawan.period", "700"),
                Map.entry("objectbus.routes.folders", routes.toString())));
    }
}
