// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;

/**
 * How a router carries a message to the inbox of the node on the far side: one MQTT 5 publication on
 * {@code $objectbus/inbox/{sender}}, with the original topic and the network's fields as user properties, so that the
 * whole link has one broker address on the far side (one queue, in order, bounded as a whole).
 */
public final class Envelope {

    public static final String TOPIC = "ob-topic";
    public static final String PATH = "ob-path";
    public static final String ID = "ob-id";
    public static final String QOS = "ob-qos";
    public static final String STATE = "ob-state";
    public static final String HIST = "ob-hist";
    public static final String SEQ = "ob-seq";
    public static final String STORE_SEQ = "ob-store";

    /** Asks the far side to send its current picture again (after a restart or a gap). */
    public static final String RESYNC = "$objectbus/resync";

    private Envelope() {}

    public static String inbox(String sender) {
        return "$objectbus/inbox/" + sender;
    }

    /** Where a node's router for a sender says it is ready to take that sender's messages. */
    public static String ready(String sender) {
        return "$objectbus/ready/" + sender;
    }

    /** The message as the router sends it, with the path as the next node sees it. */
    public static MqttMessage wrap(LinkMessage m, String localNode) {
        MqttMessage message = new MqttMessage(m.payload());
        message.setQos(1);
        MqttProperties properties = new MqttProperties();
        List<UserProperty> user = new ArrayList<>();
        user.add(new UserProperty(TOPIC, m.topic()));
        user.add(new UserProperty(PATH, m.pathThrough(localNode)));
        user.add(new UserProperty(QOS, String.valueOf(m.qos())));
        if (m.networkId() != null) {
            user.add(new UserProperty(ID, m.networkId()));
        }
        if (m.currentState()) {
            user.add(new UserProperty(STATE, "true"));
        }
        if (m.hist()) {
            user.add(new UserProperty(HIST, "true"));
        }
        if (m.sequence() != null) {
            user.add(new UserProperty(STORE_SEQ, m.sequence()));
        }
        if (m.wireSequence() != null) {
            user.add(new UserProperty(SEQ, m.wireSequence()));
        }
        properties.setUserProperties(user);
        properties.setResponseTopic(m.responseTopic());
        properties.setCorrelationData(m.correlationData());
        message.setProperties(properties);
        return message;
    }
}
