// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import io.objectbus.testing.Received;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.activemq.artemis.core.config.WildcardConfiguration;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTUtil;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker remembers the MQTT topic of each core address (CachedTopicConversion): a subscriber must still see every
 * topic exactly as it was published, the first time and every time after, with the characters the core address
 * escapes, and an MQTT 5 subscription identifier must still come with every delivery it applies to.
 */
class TopicConversionTest {

    private static final List<String> TOPICS =
            List.of("site/room.1/temp", "site/a*b/c", "site/plain/value", "site/.dot/./end");

    @TempDir
    Path data;

    @Test
    void aSubscriberSeesEachTopicAsPublishedEveryTimeItRecurs() throws Exception {
        int port = FreePorts.next();
        try (EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.loopback(port, data));
                Paho5Probe subscriber = started(broker, port, "topics-sub");
                Paho5Probe publisher = new Paho5Probe("tcp://127.0.0.1:" + port, "topics-pub")) {
            subscriber.subscribe("site/#", 1);
            for (int round = 0; round < 3; round++) {
                for (String topic : TOPICS) {
                    publisher.publish(topic, "r" + round, 1, false);
                }
            }
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> subscriber.received().size() == 3 * TOPICS.size());
            for (String topic : TOPICS) {
                assertThat(subscriber.on(topic)).extracting(Received::text).containsExactly("r0", "r1", "r2");
            }
        }
    }

    @Test
    void aSubscriptionIdentifierComesWithEveryDeliveryOfItsSubscription() throws Exception {
        int port = FreePorts.next();
        List<List<Integer>> identifiers = new CopyOnWriteArrayList<>();
        try (EmbeddedBroker broker = new EmbeddedBroker(BrokerSettings.loopback(port, data));
                Paho5Probe subscriber = started(broker, port, "ids-sub");
                Paho5Probe publisher = new Paho5Probe("tcp://127.0.0.1:" + port, "ids-pub")) {
            MqttAsyncClient identified =
                    new MqttAsyncClient("tcp://127.0.0.1:" + port, "ids-identified", new MemoryPersistence());
            identified.setCallback(new MqttCallback() {
                @Override
                public void messageArrived(String topic, MqttMessage message) {
                    identifiers.add(message.getProperties().getSubscriptionIdentifiers());
                }

                @Override
                public void disconnected(MqttDisconnectResponse response) {}

                @Override
                public void mqttErrorOccurred(MqttException exception) {}

                @Override
                public void deliveryComplete(IMqttToken token) {}

                @Override
                public void connectComplete(boolean reconnect, String serverURI) {}

                @Override
                public void authPacketArrived(int reasonCode, MqttProperties properties) {}
            });
            identified.connect().waitForCompletion(30_000);
            MqttProperties withIdentifier = new MqttProperties();
            withIdentifier.setSubscriptionIdentifier(7);
            identified
                    .subscribe(new MqttSubscription[] {new MqttSubscription("ids/a/+", 1)}, null, null, withIdentifier)
                    .waitForCompletion(30_000);
            subscriber.subscribe("ids/#", 1);
            for (int i = 0; i < 2; i++) {
                publisher.publish("ids/a/x", "v", 1, false);
                publisher.publish("ids/b/x", "v", 1, false);
            }
            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            identifiers.size() == 2 && subscriber.received().size() == 4);
            identified.disconnect().waitForCompletion(30_000);
            identified.close();
            assertThat(identifiers).containsExactly(List.of(7), List.of(7));
        }
    }

    @Test
    void pastItsLimitTheConversionStillAnswersWithoutGrowing() {
        CachedTopicConversion conversion = new CachedTopicConversion();
        for (int i = 0; i < CachedTopicConversion.LIMIT + 10; i++) {
            conversion.convert("a.b." + i, MQTTUtil.MQTT_WILDCARD);
        }
        for (String address : List.of("x.y.z", "x.y\\*.z", "x.a/b.#")) {
            assertThat(conversion.convert(address, MQTTUtil.MQTT_WILDCARD))
                    .isEqualTo(new WildcardConfiguration().convert(address, MQTTUtil.MQTT_WILDCARD));
        }
        assertThat(conversion.cached()).isEqualTo(CachedTopicConversion.LIMIT);
    }

    private static Paho5Probe started(EmbeddedBroker broker, int port, String clientId) throws Exception {
        broker.start();
        return new Paho5Probe("tcp://127.0.0.1:" + port, clientId);
    }
}
