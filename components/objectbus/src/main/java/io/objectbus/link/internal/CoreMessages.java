// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import io.objectbus.broker.Messages;
import io.objectbus.broker.TopicNames;
import java.util.HashMap;
import java.util.Map;
import org.apache.activemq.artemis.api.core.ActiveMQBuffer;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.core.message.impl.CoreMessage;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTUtil;

/**
 * Reads link messages from broker messages (publications on the bus's topics, the link's store, the inbox) and writes
 * them into the store, where the original topic and the network's fields ride as properties.
 */
public final class CoreMessages {

    static final SimpleString TOPIC = SimpleString.of("ob_topic");
    static final SimpleString PATH = SimpleString.of("ob_path");
    static final SimpleString ID = SimpleString.of("ob_id");
    static final SimpleString QOS = SimpleString.of("ob_qos");
    static final SimpleString STATE = SimpleString.of("ob_state");
    static final SimpleString HIST = SimpleString.of("ob_hist");
    static final SimpleString SEQ = SimpleString.of("ob_seq");

    private CoreMessages() {}

    /** A message from the tap (a bus topic), the store (properties) or the inbox (MQTT 5 user properties). */
    public static LinkMessage read(ClientMessage message) {
        Map<String, String> user = userProperties(message);
        String topic = message.containsProperty(TOPIC)
                ? message.getStringProperty(TOPIC)
                : user.getOrDefault(Envelope.TOPIC, TopicNames.toMqttTopic(message.getAddress()));
        return new LinkMessage(
                topic,
                body(message),
                qos(message, user),
                message.getStringProperty(MQTTUtil.MQTT_RESPONSE_TOPIC_KEY),
                message.containsProperty(MQTTUtil.MQTT_CORRELATION_DATA_KEY)
                        ? message.getBytesProperty(MQTTUtil.MQTT_CORRELATION_DATA_KEY)
                        : null,
                text(message, PATH, user.get(Envelope.PATH)),
                text(message, ID, user.get(Envelope.ID)),
                flag(message, STATE, user.get(Envelope.STATE))
                        || message.containsProperty(MQTTUtil.MQTT_MESSAGE_RETAIN_INITIAL_DISTRIBUTION_KEY),
                flag(message, HIST, user.get(Envelope.HIST)),
                text(message, SEQ, user.get(Envelope.STORE_SEQ)),
                user.get(Envelope.SEQ));
    }

    /** A durable copy for the store address: it outlives a restart of the node. */
    public static CoreMessage forStore(long id, String storeTopic, LinkMessage m) {
        CoreMessage message = Messages.mqtt(id, storeTopic, m.payload(), 1);
        message.putStringProperty(TOPIC, SimpleString.of(m.topic()));
        message.putIntProperty(QOS, m.qos());
        putIfPresent(message, PATH, m.path());
        putIfPresent(message, ID, m.networkId());
        putIfPresent(message, SEQ, m.sequence());
        message.putBooleanProperty(STATE, m.currentState());
        message.putBooleanProperty(HIST, m.hist());
        if (m.responseTopic() != null) {
            message.putStringProperty(MQTTUtil.MQTT_RESPONSE_TOPIC_KEY, m.responseTopic());
        }
        if (m.correlationData() != null) {
            message.putBytesProperty(MQTTUtil.MQTT_CORRELATION_DATA_KEY, m.correlationData());
        }
        return message;
    }

    private static void putIfPresent(CoreMessage message, SimpleString key, String value) {
        if (value != null) {
            message.putStringProperty(key, SimpleString.of(value));
        }
    }

    /** MQTT 5 user properties as the broker keeps them: {@code mqtt.ordered.user.property.<i>.<key>}. */
    static Map<String, String> userProperties(ClientMessage message) {
        if (!message.containsProperty(MQTTUtil.MQTT_USER_PROPERTY_EXISTS_KEY)) {
            return Map.of();
        }
        Map<String, String> user = new HashMap<>();
        String prefix = MQTTUtil.MQTT_USER_PROPERTY_KEY_PREFIX;
        for (SimpleString name : message.getPropertyNames()) {
            String key = name.toString();
            if (key.startsWith(prefix)) {
                int dot = key.indexOf('.', prefix.length());
                user.put(key.substring(dot + 1), message.getStringProperty(name));
            }
        }
        return user;
    }

    private static byte[] body(ClientMessage message) {
        ActiveMQBuffer buffer = message.getBodyBuffer();
        byte[] payload = new byte[buffer.readableBytes()];
        buffer.readBytes(payload);
        return payload;
    }

    private static int qos(ClientMessage message, Map<String, String> user) {
        if (message.containsProperty(QOS)) {
            return message.getIntProperty(QOS);
        }
        if (user.containsKey(Envelope.QOS)) {
            return Integer.parseInt(user.get(Envelope.QOS));
        }
        Object qos = message.getObjectProperty(MQTTUtil.MQTT_QOS_LEVEL_KEY);
        return qos instanceof Number n ? n.intValue() : 0;
    }

    private static String text(ClientMessage message, SimpleString key, String otherwise) {
        return message.containsProperty(key) ? message.getStringProperty(key) : otherwise;
    }

    private static boolean flag(ClientMessage message, SimpleString key, String otherwise) {
        return message.containsProperty(key) ? message.getBooleanProperty(key) : Boolean.parseBoolean(otherwise);
    }
}
