// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's {@code $state}: an MQTT connection to the broker that publishes {@code online} (retained) and leaves a
 * will that the broker publishes as {@code offline} when the connection dies without a goodbye: a crashed or hung
 * node, or one cut off from its broker.
 */
final class NodePresence implements MqttCallback {

    private static final Logger LOG = LoggerFactory.getLogger(NodePresence.class);

    private final Topics topics;
    private final String brokerUrl;
    private final Clock clock;
    private final String since;
    private MqttAsyncClient client;

    NodePresence(Topics topics, String brokerUrl, Clock clock) {
        this.topics = topics;
        this.brokerUrl = brokerUrl;
        this.clock = clock;
        this.since = Json.timestamp(clock.instant());
    }

    static String clientId(String node) {
        return "objectbus-presence-" + node;
    }

    void start() throws MqttException {
        client = new MqttAsyncClient(brokerUrl, clientId(topics.node()), new MemoryPersistence());
        client.setCallback(this);
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(true);
        options.setAutomaticReconnect(true);
        options.setKeepAliveInterval(10);
        options.setWill(topics.state(), message(false, "connection lost"));
        client.connect(options).waitForCompletion(10_000);
    }

    void stop() {
        if (client == null) {
            return;
        }
        try {
            if (client.isConnected()) {
                client.publish(topics.state(), message(false, "stopped")).waitForCompletion(5_000);
                client.disconnect().waitForCompletion(5_000);
            }
            client.close(true);
        } catch (MqttException e) {
            LOG.warn("Could not announce the node offline: {}", e.toString());
        }
        client = null;
    }

    /** The {@code $state} the node announced at start, for a router that resends the node's current picture. */
    byte[] onlinePayload() {
        return message(true, null).getPayload();
    }

    private MqttMessage message(boolean online, String reason) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("online", online);
        state.put("since", online ? since : Json.timestamp(clock.instant()));
        if (reason != null) {
            state.put("reason", reason);
        }
        MqttMessage message = new MqttMessage(Json.bytes(state));
        message.setQos(1);
        message.setRetained(true);
        return message;
    }

    @Override
    public void connectComplete(boolean reconnect, String serverURI) {
        try {
            client.publish(topics.state(), message(true, null));
        } catch (MqttException e) {
            LOG.warn("Could not announce the node online: {}", e.toString());
        }
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
        LOG.warn("Node lost its broker connection ({}); reconnecting", response.getReasonString());
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
        LOG.warn("MQTT error on the presence connection: {}", exception.toString());
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {}

    @Override
    public void deliveryComplete(IMqttToken token) {}

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {}
}
