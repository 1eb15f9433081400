// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.component.BusFixture;
import io.objectbus.opcua.support.PlantNamespace;
import io.objectbus.opcua.support.TestServer;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server goes away and comes back while the node runs. */
class OpcUaReconnectTest {

    private static final String TEMPERATURE = "ob/v1/n2/plant-Boiler1/Temperature";
    private static final String CONNECTION = "ob/v1/n2/opcua-plant/state";

    @Test
    void valuesTurnStaleAndTheConnectionDownWhenTheServerGoesAndBothReturnWithIt() throws Exception {
        try (TestServer server = TestServer.start(FreePorts.next(), false);
                BusFixture node = BusFixture.start("n2", component -> {});
                Paho5Probe watcher = new Paho5Probe(node.url(), "watcher")) {
            Adapters.add(node.camel, "plant", server.url(), Map.of("roots", "nsu=" + PlantNamespace.URI + ";s=Plant"));
            watcher.subscribe("ob/v1/n2/#", 0);
            watcher.awaitOn(TEMPERATURE, "\"q\":\"good\"");
            watcher.awaitOn(CONNECTION, "\"v\":\"up\"");
            assertThat(watcher.received().stream()
                            .filter(r -> r.topic().equals(CONNECTION))
                            .findFirst()
                            .orElseThrow()
                            .text())
                    .as("before the first connection")
                    .contains("\"v\":\"connecting\"");

            server.stopServer();
            Received stale = watcher.awaitOn(TEMPERATURE, "\"q\":\"stale\"");
            assertThat(stale.text()).contains("lost");
            Received down = watcher.awaitOn(CONNECTION, "\"v\":\"down\"");
            assertThat(watcher.awaitOn("ob/v1/n2/opcua-plant/reason", "lost").text())
                    .isNotEmpty();
            watcher.await(
                    r -> r.topic().equals(CONNECTION)
                            && r.text().contains("\"v\":\"connecting\"")
                            && watcher.received().indexOf(r)
                                    > watcher.received().indexOf(down),
                    Duration.ofSeconds(30));

            server.startServer();
            watcher.await(
                    r -> r.topic().equals(TEMPERATURE)
                            && r.text().contains("\"q\":\"good\"")
                            && watcher.received().indexOf(r)
                                    > watcher.received().indexOf(stale),
                    Duration.ofSeconds(30));
            watcher.await(
                    r -> r.topic().equals(CONNECTION)
                            && r.text().contains("\"v\":\"up\"")
                            && watcher.received().indexOf(r)
                                    > watcher.received().indexOf(down),
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void anAdapterWhoseServerNeverAnsweredIsConnectingThenDownWithTheReason() throws Exception {
        String nobody = "opc.tcp://127.0.0.1:" + FreePorts.next() + "/nobody";
        try (BusFixture node = BusFixture.start("n2", component -> {});
                Paho5Probe watcher = new Paho5Probe(node.url(), "watcher")) {
            watcher.subscribe("ob/v1/n2/#", 0);
            Adapters.add(node.camel, "plant", nobody, Map.of("reconnectDelay", "200", "reconnectMaxDelay", "400"));
            Received connecting = watcher.awaitOn(CONNECTION, "\"v\":\"connecting\"");
            watcher.await(
                    r -> r.topic().equals(CONNECTION)
                            && r.text().contains("\"v\":\"down\"")
                            && watcher.received().indexOf(r)
                                    > watcher.received().indexOf(connecting),
                    Duration.ofSeconds(30));
            assertThat(watcher.awaitOn("ob/v1/n2/opcua-plant/reason", "cannot connect")
                            .text())
                    .isNotEmpty();
        }
    }
}
