// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker.security;

import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageIdVariableHeader;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttProperties;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.activemq.artemis.core.protocol.mqtt.MQTTInterceptor;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;

/**
 * Bounds the QoS 1 and 2 publications a client has in flight: sent, and not yet acknowledged by the broker (PUBACK for
 * QoS 1; PUBCOMP, after the client's PUBREL, for QoS 2). The bound is the Receive Maximum the broker announces to
 * MQTT 5 clients, which keep to it; a client past it (an MQTT 3.1.1 client, which is told nothing, or a broken one)
 * is refused with a reason and disconnected, as MQTT 5 asks, instead of making the broker hold its packets.
 */
public final class InflightGuard {

    private final int maxInflight;
    private final Denials denials;
    private final Map<Object, Set<Integer>> inflight = new ConcurrentHashMap<>();

    public InflightGuard(int maxInflight, Denials denials) {
        this.maxInflight = maxInflight;
        this.denials = denials;
    }

    /** Sees what clients send: each QoS 1 or 2 publication is in flight from here. */
    public MQTTInterceptor incoming() {
        return this::received;
    }

    /** Sees what the broker sends: its acknowledgements end a publication's flight. */
    public MQTTInterceptor outgoing() {
        return this::sent;
    }

    /** Forgets a closed connection. */
    public void closed(RemotingConnection connection) {
        inflight.remove(connection.getID());
    }

    /**
     * Artemis does not announce a Receive Maximum of its own; it is added to the CONNACK's properties, which only MQTT
     * 5 CONNACKs carry (Artemis gives them a properties object of their own; the shared empty one refuses changes).
     */
    private void announce(MqttConnAckMessage connAck) {
        try {
            connAck.variableHeader()
                    .properties()
                    .add(new MqttProperties.IntegerProperty(
                            MqttProperties.MqttPropertyType.RECEIVE_MAXIMUM.value(), maxInflight));
        } catch (UnsupportedOperationException noProperties) {
            // An MQTT 3.1.1 CONNACK: the limit is enforced all the same.
        }
    }

    private boolean received(MqttMessage message, RemotingConnection connection) {
        if (message.fixedHeader().messageType() != MqttMessageType.PUBLISH
                || message.fixedHeader().qosLevel() == MqttQoS.AT_MOST_ONCE) {
            return true;
        }
        MqttPublishMessage publish = (MqttPublishMessage) message;
        Set<Integer> ids = inflight.computeIfAbsent(connection.getID(), id -> ConcurrentHashMap.newKeySet());
        int packetId = publish.variableHeader().packetId();
        if (!ids.contains(packetId) && ids.size() >= maxInflight) {
            denials.deny(
                    Denials.Kind.limit,
                    null,
                    connection.getRemoteAddress(),
                    publish.variableHeader().topicName() + " (client " + connection.getClientID() + ")",
                    "more than " + maxInflight + " QoS 1 and 2 publications in flight");
            return false;
        }
        ids.add(packetId);
        return true;
    }

    private boolean sent(MqttMessage message, RemotingConnection connection) {
        MqttMessageType type = message.fixedHeader().messageType();
        if (type == MqttMessageType.CONNACK) {
            announce((MqttConnAckMessage) message);
        }
        if ((type == MqttMessageType.PUBACK || type == MqttMessageType.PUBCOMP)
                && message.variableHeader() instanceof MqttMessageIdVariableHeader header) {
            Set<Integer> ids = inflight.get(connection.getID());
            if (ids != null) {
                ids.remove(header.messageId());
            }
        }
        return true;
    }
}
