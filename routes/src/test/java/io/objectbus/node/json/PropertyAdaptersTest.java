// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import static io.objectbus.node.json.JsonDeviceNode.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.objectbus.node.NodeStartException;
import io.objectbus.testing.Received;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Adapters written in application.properties (objectbus.adapters.<id>.*) instead of a route file: the same kamelets,
 * on a node of this JVM against a boiler served by the JDK's HTTP server.
 */
class PropertyAdaptersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void anAdapterWrittenInThePropertiesBringsItsDeviceOnTheBusAndTakesWrites() throws Exception {
        try (HttpDevicePeer boiler = new HttpDevicePeer().start();
                JsonDeviceNode node = new JsonDeviceNode(Map.of(
                        "objectbus.adapters.boiler.kamelet", "http-device-pull",
                        "objectbus.adapters.boiler.name", "boiler",
                        "objectbus.adapters.boiler.url", boiler.url("/status"),
                        "objectbus.adapters.boiler.interval", "300",
                        "objectbus.adapters.boiler.resources",
                                "flow, $.flow.t, number, unit=Cel; setpoint, $.setpoint, writable",
                        "objectbus.adapters.boiler.writeUrl", boiler.url("/setpoint"),
                        "objectbus.adapters.boiler.writeBody", "@value@"))) {
            await(node, topic("boiler/$info"), "\"unit\":\"Cel\"");
            await(node, topic("boiler/flow"), "\"q\":\"good\"");
            await(node, topic("http-boiler/state"), "\"v\":\"up\"");
            node.bus.request(topic("boiler/setpoint/$set"), "{\"v\":55,\"p\":8}", "test/replies", "props-write");
            await(node, "test/replies", "\"status\":\"applied\"");
            assertThat(boiler.setpoint()).isEqualTo(55.0);
            assertThat(node.context().getRoute("adapter-boiler")).isNotNull();
        }
    }

    @Test
    void anAdapterThatCannotBeMadeEndsTheStartWithTheReason() {
        // The node prints NodeStartException.reason of the failure as its one line, and exits 1 (NodeStartTest).
        assertThatThrownBy(() -> new JsonDeviceNode(Map.of(
                                "objectbus.adapters.boiler.kamelet", "http-device-pull",
                                "objectbus.adapters.boiler.name", "boiler",
                                "objectbus.adapters.boiler.url", "http://127.0.0.1:9/status",
                                "objectbus.adapters.boiler.resources", "flow, $.flow.t, number, colour=red"))
                        .close())
                .satisfies(e -> assertThat(NodeStartException.reason(e)).contains("unknown option 'colour=red'"));
    }

    @Test
    void anAdapterWithoutItsKameletEndsTheStartNamingItsKey() {
        assertThatThrownBy(() -> new JsonDeviceNode(Map.of("objectbus.adapters.boiler.name", "boiler")).close())
                .satisfies(e -> assertThat(NodeStartException.reason(e))
                        .contains("no objectbus.adapters.boiler.kamelet says which kamelet it is"));
    }

    private static Received await(JsonDeviceNode node, String topic, String... fragments) {
        Predicate<Received> match = r -> r.topic().equals(topic);
        for (String fragment : fragments) {
            match = match.and(r -> r.text().contains(fragment));
        }
        return node.bus.await(match, WAIT);
    }
}
