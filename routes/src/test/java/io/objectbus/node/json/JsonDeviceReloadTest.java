// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import static io.objectbus.node.json.JsonDeviceNode.topic;
import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.testing.Received;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Device files edited while the node runs: one added, edited, broken and fixed, while another device's file beside
 * it keeps its device on the bus.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JsonDeviceReloadTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final HttpDevicePeer boiler = new HttpDevicePeer();
    private final HttpDevicePeer other = new HttpDevicePeer();
    private JsonDeviceNode node;

    @BeforeAll
    void start() throws Exception {
        boiler.start();
        other.start();
        node = new JsonDeviceNode(Map.of());
        node.drop("other.camel.yaml", file("other", other, "flow, $.flow.t, number, unit=Cel"));
        await(topic("other/flow"), "\"q\":\"good\"");
    }

    @AfterAll
    void stop() throws Exception {
        try {
            node.close();
        } finally {
            boiler.close();
            other.close();
        }
    }

    private static String file(String name, HttpDevicePeer peer, String resources) {
        return """
                - route:
                    id: adapter-http-%1$s
                    from:
                      uri: kamelet:http-device-pull
                      parameters:
                        name: %1$s
                        url: %2$s
                        interval: 300
                        resources: "%3$s"
                        writeUrl: "%4$s"
                        writeBody: "@value@"
                      steps:
                        - log: "%1$s polled"
                """
                .formatted(name, peer.url("/status"), resources, peer.url("/setpoint"));
    }

    @Test
    @Order(1)
    void anAddedFileBringsItsDeviceOnTheBus() throws Exception {
        node.drop("boiler.camel.yaml", file("boiler", boiler, "flow, $.flow.t, number, unit=Cel"));
        await(topic("boiler/$info"), "\"flow\"");
        await(topic("boiler/flow"), "\"q\":\"good\"");
    }

    @Test
    @Order(2)
    void anEditedFileDescribesTheDeviceAnew() throws Exception {
        node.bus.clear();
        node.drop(
                "boiler.camel.yaml", file("boiler", boiler, "flow, $.flow.t, number, unit=Cel; setpoint, $.setpoint"));
        await(topic("boiler/$info"), "\"setpoint\"");
        await(topic("boiler/setpoint"), "\"v\":60.0", "\"q\":\"good\"");
    }

    @Test
    @Order(3)
    void aBrokenFileIsReportedWithWhatIsWrongAndTheOtherDeviceKeepsGoing() throws Exception {
        node.bus.clear();
        node.drop("boiler.camel.yaml", file("boiler", boiler, "flow, $.flow.t, number, colour=red"));
        await(topic("$errors"), "boiler.camel.yaml", "unknown option 'colour=red'");
        node.bus.clear();
        await(topic("other/flow"), "\"q\":\"good\"");
    }

    @Test
    @Order(4)
    void aFixedFileBringsTheDeviceBack() throws Exception {
        node.bus.clear();
        node.drop("boiler.camel.yaml", file("boiler", boiler, "flow, $.flow.t, number, unit=Cel"));
        await(topic("boiler/$info"), "\"flow\"");
        await(topic("boiler/flow"), "\"q\":\"good\"");
    }

    @Test
    @Order(5)
    void aDeletedFileTakesItsDeviceAwayAndTheFileAddedAgainWritesToTheDeviceAgain() throws Exception {
        node.bus.clear();
        Files.delete(node.routes.resolve("boiler.camel.yaml"));
        await(topic("boiler/$info"));
        Awaitility.await()
                .atMost(WAIT)
                .until(() -> node.context().getRegistry().lookupByName(DeviceWrites.beanName("boiler")) == null);
        node.bus.clear();
        node.drop("boiler.camel.yaml", file("boiler", boiler, "flow, $.flow.t; setpoint, $.setpoint, writable"));
        await(topic("boiler/setpoint"), "\"q\":\"good\"");
        node.bus.request(topic("boiler/setpoint/$set"), "{\"v\":55,\"p\":8}", "test/replies", "reload-write");
        await("test/replies", "\"status\":\"applied\"");
        assertThat(boiler.setpoint()).isEqualTo(55.0);
    }

    private Received await(String topic, String... fragments) {
        Predicate<Received> match = r -> r.topic().equals(topic);
        for (String fragment : fragments) {
            match = match.and(r -> r.text().contains(fragment));
        }
        return node.bus.await(match, WAIT);
    }
}
