// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.broker.CurrentStateSource;
import io.objectbus.broker.EmbeddedBroker;
import io.objectbus.broker.Messages;
import io.objectbus.broker.TopicNames;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.api.core.ActiveMQBuffer;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.core.message.impl.CoreMessage;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The bus inside the broker's JVM: publications routed in-VM, requests consumed through in-VM core sessions. */
public final class EmbeddedTransport implements BusTransport {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedTransport.class);

    private final EmbeddedBroker broker;
    private final List<ClientSession> sessions = new ArrayList<>();
    private final List<CurrentStateSource> sources = new ArrayList<>();

    public EmbeddedTransport(EmbeddedBroker broker) {
        this.broker = broker;
    }

    @Override
    public void publish(String topic, byte[] payload, int qos) {
        try {
            broker.publish(topic, payload, qos);
        } catch (Exception e) {
            throw new IllegalStateException("publish to " + topic + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void reply(String topic, byte[] payload, byte[] correlationData) {
        CoreMessage message = Messages.mqtt(broker.nextMessageId(), topic, payload, 1);
        if (correlationData != null) {
            message.putBytesProperty(MQTTUtil.MQTT_CORRELATION_DATA_KEY, correlationData);
        }
        try {
            broker.publish(message);
        } catch (Exception e) {
            throw new IllegalStateException("reply to " + topic + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void publish(Outbound outbound) {
        CoreMessage message =
                Messages.mqtt(broker.nextMessageId(), outbound.topic(), outbound.payload(), outbound.qos());
        if (outbound.responseTopic() != null) {
            message.putStringProperty(MQTTUtil.MQTT_RESPONSE_TOPIC_KEY, outbound.responseTopic());
        }
        if (outbound.correlationData() != null) {
            message.putBytesProperty(MQTTUtil.MQTT_CORRELATION_DATA_KEY, outbound.correlationData());
        }
        putUserProperties(message, outbound.userProperties());
        if (outbound.currentState()) {
            message.putStringProperty(MQTTUtil.MQTT_MESSAGE_RETAIN_INITIAL_DISTRIBUTION_KEY, (String) null);
        }
        try {
            broker.publish(message);
        } catch (Exception e) {
            throw new IllegalStateException("publish to " + outbound.topic() + " failed: " + e.getMessage(), e);
        }
    }

    /** As the broker's MQTT protocol keeps them: a count, and one property per pair named by its position. */
    private static void putUserProperties(CoreMessage message, java.util.Map<String, String> properties) {
        if (properties == null || properties.isEmpty()) {
            return;
        }
        message.putIntProperty(MQTTUtil.MQTT_USER_PROPERTY_EXISTS_KEY, properties.size());
        int i = 0;
        for (var entry : properties.entrySet()) {
            message.putStringProperty(
                    MQTTUtil.MQTT_USER_PROPERTY_KEY_PREFIX + i++ + "." + entry.getKey(), entry.getValue());
        }
    }

    @Override
    public synchronized void subscribe(String name, List<String> topicFilters, boolean durable, Handler handler) {
        try {
            ClientSession session = broker.sessionFactory().createSession(true, true);
            for (int i = 0; i < topicFilters.size(); i++) {
                SimpleString queue = SimpleString.of(name + "." + i);
                if (!session.queueQuery(queue).isExists()) {
                    session.createQueue(QueueConfiguration.of(queue)
                            .setAddress(TopicNames.toCoreAddress(topicFilters.get(i)))
                            .setRoutingType(RoutingType.MULTICAST)
                            .setDurable(durable));
                }
                ClientConsumer consumer = session.createConsumer(queue);
                consumer.setMessageHandler(message -> deliver(message, handler));
            }
            session.start();
            sessions.add(session);
        } catch (Exception e) {
            throw new IllegalStateException("cannot subscribe " + name + " to " + topicFilters, e);
        }
    }

    private static void deliver(ClientMessage message, Handler handler) {
        try {
            handler.onMessage(toInbound(message));
        } catch (RuntimeException e) {
            LOG.error("Request handler failed on {}: {}", message.getAddress(), e.toString(), e);
        } finally {
            try {
                message.acknowledge();
            } catch (Exception e) {
                LOG.warn("Could not acknowledge a request: {}", e.toString());
            }
        }
    }

    private static Inbound toInbound(ClientMessage message) {
        ActiveMQBuffer body = message.getBodyBuffer();
        byte[] payload = new byte[body.readableBytes()];
        body.readBytes(payload);
        String responseTopic = message.getStringProperty(MQTTUtil.MQTT_RESPONSE_TOPIC_KEY);
        byte[] correlation = message.containsProperty(MQTTUtil.MQTT_CORRELATION_DATA_KEY)
                ? message.getBytesProperty(MQTTUtil.MQTT_CORRELATION_DATA_KEY)
                : null;
        return new Inbound(TopicNames.toMqttTopic(message.getAddress()), payload, responseTopic, correlation);
    }

    @Override
    public synchronized void serveCurrentState(CurrentStateSource source) {
        broker.addCurrentStateSource(source);
        sources.add(source);
    }

    @Override
    public synchronized void close() {
        sources.forEach(broker::removeCurrentStateSource);
        sources.clear();
        for (ClientSession session : sessions) {
            try {
                session.close();
            } catch (Exception e) {
                LOG.debug("closing a bus session: {}", e.toString());
            }
        }
        sessions.clear();
    }
}
