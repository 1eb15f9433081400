// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.broker.TopicNames;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTUtil;

/**
 * Records what a node publishes on a topic, in the order it enters the broker, through an in-VM queue. The order an
 * MQTT subscriber sees may differ: Artemis 2.44 was seen here delivering two adjacent messages to an MQTT subscription
 * swapped, while the queue's own order was right. Order is asserted here; arrival is asserted with MQTT clients.
 */
final class BrokerRecorder implements AutoCloseable {

    /** A publication, and whether it was a resent current state (flagged retained for subscribers). */
    record Recorded(String topic, String text, boolean currentState) {}

    private final List<Recorded> received = new CopyOnWriteArrayList<>();
    private final ClientSession session;

    private BrokerRecorder(EmbeddedBroker broker, String topicFilter, String durableName) throws Exception {
        session = broker.sessionFactory().createSession();
        String queue = durableName == null ? "recorder-" + System.nanoTime() : durableName;
        if (!session.queueQuery(org.apache.activemq.artemis.api.core.SimpleString.of(queue))
                .isExists()) {
            session.createQueue(QueueConfiguration.of(queue)
                    .setAddress(TopicNames.toCoreAddress(topicFilter))
                    .setRoutingType(RoutingType.MULTICAST)
                    .setDurable(durableName != null)
                    .setTemporary(durableName == null));
        }
        ClientConsumer consumer = session.createConsumer(queue);
        consumer.setMessageHandler(this::record);
        session.start();
    }

    static BrokerRecorder on(LinkedNode node, String topicFilter) throws Exception {
        return new BrokerRecorder(node.broker, topicFilter, null);
    }

    /** On a durable queue: what comes while the recorder is closed, or the broker restarts, waits for it. */
    static BrokerRecorder durable(EmbeddedBroker broker, String name, String topicFilter) throws Exception {
        return new BrokerRecorder(broker, topicFilter, name);
    }

    private void record(ClientMessage message) {
        byte[] body = new byte[message.getBodyBuffer().readableBytes()];
        message.getBodyBuffer().readBytes(body);
        received.add(new Recorded(
                TopicNames.toMqttTopic(message.getAddress()),
                new String(body, StandardCharsets.UTF_8),
                message.containsProperty(MQTTUtil.MQTT_MESSAGE_RETAIN_INITIAL_DISTRIBUTION_KEY)));
    }

    /** Publications, without resent current state. */
    List<Recorded> live() {
        return received.stream().filter(r -> !r.currentState()).toList();
    }

    @Override
    public void close() throws Exception {
        session.close();
    }
}
