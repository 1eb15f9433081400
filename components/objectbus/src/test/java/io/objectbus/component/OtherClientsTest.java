// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import static org.assertj.core.api.Assertions.assertThat;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import io.objectbus.bus.Json;
import io.objectbus.model.Sample;
import io.objectbus.testing.Paho5Probe;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bus with a second client library (HiveMQ) and over the WebSocket listener. */
class OtherClientsTest {

    private BusFixture node;

    @BeforeEach
    void startNode() throws Exception {
        node = BusFixture.start("n1", c -> {});
        node.bus().describe(Rooms.room("r101", "floor-1"));
        node.bus().report("r101", "temperature", Sample.good(21.5, Instant.now()));
    }

    @AfterEach
    void stopNode() throws Exception {
        node.close();
    }

    @Test
    void hivemqClientDiscoversAndWritesWithMqtt5RequestResponse() throws Exception {
        Mqtt5BlockingClient client = Mqtt5Client.builder()
                .identifier("hivemq-client")
                .serverHost("127.0.0.1")
                .serverPort(node.brokerSettings.mqttPort())
                .buildBlocking();
        client.connect();
        try (Mqtt5BlockingClient.Mqtt5Publishes publishes =
                client.publishes(com.hivemq.client.mqtt.MqttGlobalPublishFilter.ALL)) {
            client.subscribeWith()
                    .topicFilter("hive/replies")
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .send();
            client.publishWith()
                    .topic(node.topic("r101/setpoint/$set"))
                    .responseTopic("hive/replies")
                    .correlationData("w1".getBytes(StandardCharsets.UTF_8))
                    .payload("{\"v\":22,\"p\":5}".getBytes(StandardCharsets.UTF_8))
                    .qos(MqttQos.AT_LEAST_ONCE)
                    .send();
            Mqtt5Publish accepted = publishes.receive(10, TimeUnit.SECONDS).orElseThrow();
            Mqtt5Publish applied = publishes.receive(10, TimeUnit.SECONDS).orElseThrow();
            assertThat(new String(accepted.getPayloadAsBytes(), StandardCharsets.UTF_8))
                    .contains("accepted");
            assertThat(Json.parse(applied.getPayloadAsBytes()).get("status").asText())
                    .isEqualTo("applied");
            assertThat(applied.getCorrelationData()
                            .map(b -> StandardCharsets.UTF_8.decode(b).toString()))
                    .contains("w1");
        } finally {
            client.disconnect();
        }
    }

    @Test
    void aWebSocketClientGetsTheCurrentPicture() throws Exception {
        try (Paho5Probe ws = new Paho5Probe(node.brokerSettings.webSocketUrl(), "ws-client")) {
            ws.subscribe("ob/v1/n1/r101/#", 0);
            ws.awaitOn(node.topic("r101/temperature"), "\"v\":21.5");
            ws.awaitOn(node.topic("r101/$info"));
        }
    }
}
