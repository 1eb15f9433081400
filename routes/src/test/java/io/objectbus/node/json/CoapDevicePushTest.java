// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.json;

import static io.objectbus.node.json.JsonDeviceNode.topic;
import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.node.coap.NodeCoapComponent;
import io.objectbus.testing.Received;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.eclipse.californium.core.CoapClient;
import org.eclipse.californium.core.CoapResponse;
import org.eclipse.californium.core.coap.CoAP.ResponseCode;
import org.eclipse.californium.core.coap.MediaTypeRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A CoAP device that posts to the node (coap-device-push) in every way a post goes wrong, with Californium's client
 * against the node's CoAP server on 127.0.0.1 at a port from the kernel.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoapDevicePushTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TOKEN = "s3cret-meter-3";

    private JsonDeviceNode node;
    private int port;

    @BeforeAll
    void start() throws Exception {
        node = new JsonDeviceNode(Map.of("objectbus.coap.port", "0"));
        node.drop(
                "meter.camel.yaml",
                """
                - route:
                    id: adapter-coap-meter
                    from:
                      uri: kamelet:coap-device-push
                      parameters:
                        name: meter-3
                        token: %s
                        interval: 60000
                        resources: "power, $.power, number, unit=W; energy, $.total, number, unit=Wh"
                      steps:
                        - log: "meter posted"
                """
                        .formatted(TOKEN));
        NodeCoapComponent coap = (NodeCoapComponent) node.context().getComponent("coap");
        port = Awaitility.await().atMost(WAIT).until(() -> coap.server().port(), p -> p > 0);
    }

    @AfterAll
    void stop() throws Exception {
        node.close();
    }

    @Test
    @Order(1)
    void aPostWithTheTokenIsAnsweredChangedAndPutsItsValuesOnTheBus() throws Exception {
        await(topic("coap-meter-3/state"), "\"v\":\"up\"");
        CoapResponse answer = Awaitility.await()
                .atMost(WAIT)
                .until(() -> post("?token=" + TOKEN, "{\"power\": 412.5, \"total\": 9001}"), a -> a != null);
        assertThat(answer.getCode()).isEqualTo(ResponseCode.CHANGED);
        await(topic("meter-3/power"), "412.5", "\"q\":\"good\"");
        await(topic("meter-3/energy"), "9001", "\"q\":\"good\"");
    }

    @Test
    @Order(2)
    void aPostWithAWrongOrNoTokenIsAnswered401AndReportedOnErrorsWithItsPayload() throws Exception {
        node.bus.clear();
        CoapResponse wrong = post("?token=guess", "{\"power\": 1, \"n\": \"wrong\"}");
        CoapResponse none = post("", "{\"power\": 2, \"n\": \"none\"}");
        assertThat(wrong.getCode()).isEqualTo(ResponseCode.UNAUTHORIZED);
        assertThat(none.getCode()).isEqualTo(ResponseCode.UNAUTHORIZED);
        assertThat(wrong.getResponseText()).isEqualTo("wrong token");
        await(topic("$errors"), "wrong token (4.01)", "\\\"n\\\": \\\"wrong\\\"");
        await(topic("$errors"), "no token (4.01)", "\\\"n\\\": \\\"none\\\"");
        assertThat(node.bus.on(topic("meter-3/power"))).isEmpty();
    }

    @Test
    @Order(3)
    void aPostThatIsNoJsonIsAnswered400WithTheReasonAndTurnsTheValuesStale() throws Exception {
        node.bus.clear();
        CoapResponse answer = post("?token=" + TOKEN, "power=12");
        assertThat(answer.getCode()).isEqualTo(ResponseCode.BAD_REQUEST);
        assertThat(answer.getResponseText()).contains("not JSON");
        await(topic("$errors"), "coap device meter-3", "not JSON", "power=12");
        await(topic("meter-3/power"), "\"q\":\"stale\"", "not JSON");
        assertThat(post("?token=" + TOKEN, "{\"power\": 300, \"total\": 9002}").getCode())
                .isEqualTo(ResponseCode.CHANGED);
        await(topic("meter-3/power"), "300", "\"q\":\"good\"");
    }

    @Test
    @Order(4)
    void aGetIsNotAllowed() throws Exception {
        CoapClient client = client("?token=" + TOKEN);
        try {
            assertThat(client.get().getCode()).isEqualTo(ResponseCode.METHOD_NOT_ALLOWED);
        } finally {
            client.shutdown();
        }
    }

    @Test
    @Order(5)
    void theFileDeletedThePathIsGoneAndTheObjectsLeaveTheBus() throws Exception {
        node.bus.clear();
        Files.delete(node.routes.resolve("meter.camel.yaml"));
        node.bus.await(r -> r.topic().equals(topic("meter-3/$info")) && r.payload().length == 0, WAIT);
        assertThat(post("?token=" + TOKEN, "{\"power\": 1}").getCode()).isEqualTo(ResponseCode.NOT_FOUND);
    }

    private CoapResponse post(String query, String json) throws Exception {
        CoapClient client = client(query);
        try {
            return client.post(json, MediaTypeRegistry.APPLICATION_JSON);
        } finally {
            client.shutdown();
        }
    }

    private CoapClient client(String query) {
        return new CoapClient("coap://127.0.0.1:" + port + "/devices/meter-3" + query).setTimeout(WAIT.toMillis());
    }

    private Received await(String topic, String... fragments) {
        Predicate<Received> match = r -> r.topic().equals(topic);
        for (String fragment : fragments) {
            match = match.and(r -> r.text().contains(fragment));
        }
        return node.bus.await(match, WAIT);
    }
}
