// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.core.message.impl.CoreMessage;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTUtil;

/** Builds broker messages that MQTT subscribers receive as ordinary MQTT publications. */
public final class Messages {

    /**
     * The cluster member (its broker id) by which an MQTT client's request entered the cluster, a core property MQTT
     * clients never see: its answer goes back through that member ({@link EmbeddedBroker#reply}).
     */
    public static final String ASKED_AT = "_OB_ASKED_AT";

    private Messages() {}

    /**
     * A message for an MQTT topic. QoS 1 and 2 messages are durable: the journal keeps them for persistent sessions.
     */
    public static CoreMessage mqtt(long id, String topic, byte[] payload, int qos) {
        CoreMessage message = new CoreMessage(id, payload.length + 64);
        message.setAddress(TopicNames.toCoreAddressString(topic));
        message.setType(Message.BYTES_TYPE);
        message.putIntProperty(MQTTUtil.MQTT_QOS_LEVEL_KEY, qos);
        message.setDurable(qos > 0);
        message.getBodyBuffer().writeBytes(payload);
        return message;
    }
}
