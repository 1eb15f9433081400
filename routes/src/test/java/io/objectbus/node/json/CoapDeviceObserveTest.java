// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import static io.objectbus.node.json.JsonDeviceNode.topic;

import io.objectbus.testing.Received;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** A CoAP device observed (coap-device-observe): its notifications are its values; its silence turns them stale. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoapDeviceObserveTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final CoapDevicePeer sensor = new CoapDevicePeer();
    private JsonDeviceNode node;

    @BeforeAll
    void start() throws Exception {
        sensor.start();
        node = new JsonDeviceNode(
                Map.of("camel.component.coap.configuration-file", "classpath:coap/californium.properties"));
        node.drop(
                "room.camel.yaml",
                """
                - route:
                    id: adapter-coap-room
                    from:
                      uri: kamelet:coap-device-observe
                      parameters:
                        name: room
                        url: %s
                        interval: 3000
                        resources: "temperature, $.t, number, unit=Cel; setpoint, $.setpoint, number, unit=Cel"
                      steps:
                        - log: "room notified"
                """
                        .formatted(sensor.url("/env")));
    }

    @AfterAll
    void stop() throws Exception {
        try {
            node.close();
        } finally {
            sensor.close();
        }
    }

    @Test
    @Order(1)
    void theObservedResourcesNotificationsAreItsValues() {
        await(topic("room/$info"), "\"protocol\":\"coap\"");
        await(topic("room/temperature"), "\"q\":\"good\"");
        await(topic("coap-room/state"), "\"v\":\"up\"");
        // Each notification is a new read of /env, with a temperature of its own: 20.25 to 24.25 in turn.
        for (int i = 0; i < 3; i++) {
            node.bus.clear();
            sensor.changed();
            await(topic("room/temperature"), "\"q\":\"good\"");
        }
    }

    @Test
    @Order(2)
    void aDeviceSilentForLongerThanTheIntervalTurnsStale() {
        node.bus.clear();
        sensor.kill();
        await(topic("room/temperature"), "\"q\":\"stale\"", "no report for 3 s");
    }

    private Received await(String topic, String... fragments) {
        Predicate<Received> match = r -> r.topic().equals(topic);
        for (String fragment : fragments) {
            match = match.and(r -> r.text().contains(fragment));
        }
        return node.bus.await(match, WAIT);
    }
}
