// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.component.enocean.sim.DefaultSite;
import io.objectbus.component.enocean.sim.GatewaySimulator;
import io.objectbus.component.enocean.sim.TemperatureHumiditySensor;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A gateway whose connection is lost is visible on the bus: its connection object says so, its objects turn stale with the
 * reason, and good again.
 */
class EnoceanGatewayConnectionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private EnoceanSite site;
    private GatewaySimulator restarted;

    @AfterEach
    void stop() throws Exception {
        if (restarted != null) {
            restarted.close();
        }
        site.close();
    }

    @Test
    void aLostGatewayTurnsItsSensorStaleWithTheReasonAndGoodAgainWhenItIsBackAndTheSensorReports() throws Exception {
        int port = startSiteWithAClimateSensor();
        try (Paho5Probe probe = new Paho5Probe(site.url(), "connection-watch")) {
            probe.subscribe(site.topic("+/+"), 1);
            site.gateway.emit(climate(site.gateway).telegram());
            probe.await(on("enocean-01810002/temperature", "\"q\":\"good\""), PATIENCE);
            probe.await(on("enocean-gateway/base-id", "\"q\":\"good\""), PATIENCE);

            site.gateway.close();
            Received stale = probe.await(on("enocean-01810002/temperature", "\"q\":\"stale\""), PATIENCE);
            assertThat(stale.text()).contains("gateway connection down: ");
            probe.await(on("enocean-gateway/base-id", "\"q\":\"stale\""), PATIENCE);

            restarted = DefaultSite.start(port, 0);
            await().atMost(PATIENCE).until(() -> restarted.clients() == 1);
            // The gateway is asked who it is again: it may be another stick after a reconnect.
            probe.await(on("enocean-gateway/base-id", "\"q\":\"good\""), PATIENCE);
            restarted.emit(climate(restarted).telegram());
            probe.await(on("enocean-01810002/temperature", "\"q\":\"good\""), PATIENCE);
        }
    }

    @Test
    void theConnectionToTheGatewayIsAnObjectThatSaysDownWithTheReasonAndUpAgain() throws Exception {
        int port = startSiteWithAClimateSensor();
        try (Paho5Probe probe = new Paho5Probe(site.url(), "connection-object")) {
            probe.subscribe(site.topic("enocean-gateway-connection/#"), 1);
            probe.await(on("enocean-gateway-connection/$info", "\"type\":\"connection\""), PATIENCE);
            probe.await(on("enocean-gateway-connection/state", "\"v\":\"up\""), PATIENCE);

            site.gateway.close();
            probe.await(on("enocean-gateway-connection/state", "\"v\":\"down\""), PATIENCE);
            probe.await(on("enocean-gateway-connection/reason", "gateway connection down: "), PATIENCE);

            restarted = DefaultSite.start(port, 0);
            probe.await(on("enocean-gateway-connection/state", "\"v\":\"up\""), PATIENCE);
            probe.await(on("enocean-gateway-connection/reason", "\"v\":\"\""), PATIENCE);
        }
    }

    private int startSiteWithAClimateSensor() throws Exception {
        site = EnoceanSite.start("connection", Map.of("devices", "01810002, A5-04-01, name=Office climate"));
        await().atMost(PATIENCE).until(() -> site.gateway.clients() == 1);
        return site.gateway.port();
    }

    private Predicate<Received> on(String topic, String contains) {
        return r -> r.topic().equals(site.topic(topic)) && r.text().contains(contains);
    }

    private static TemperatureHumiditySensor climate(GatewaySimulator gateway) {
        return (TemperatureHumiditySensor) gateway.devices().get(1);
    }
}
