// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.model.ObjectDescriptor;
import java.util.UUID;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the node's bus as any MQTT client would: subscribes to {@code {prefix}/{node}/#}, for which the bus sends
 * every descriptor and current value at once and changes after, and hands them to a {@link Listener}. Replies to the
 * server's writes arrive on the same connection.
 */
public final class BusMirror implements MqttCallback, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BusMirror.class);

    /** What the bus says, by object and resource. */
    public interface Listener {
        void described(ObjectDescriptor object);

        void removed(String objectId);

        void value(String objectId, String resourceId, JsonNode value);

        void reply(byte[] correlation, JsonNode reply);
    }

    private final ServerSettings settings;
    private final Listener listener;
    private final String base;
    private final MqttClient client;

    public BusMirror(ServerSettings settings, Listener listener) throws MqttException {
        this.settings = settings;
        this.listener = listener;
        this.base = settings.prefix() + "/" + settings.node() + "/";
        this.client = new MqttClient(
                settings.brokerUrl(),
                "opcua-server-" + settings.node() + "-" + UUID.randomUUID(),
                new MemoryPersistence());
        client.setCallback(this);
    }

    /** The topic the bus answers this server's writes on. */
    public String replyTopic() {
        return base + "$opcua/replies";
    }

    public void start() throws MqttException {
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(true);
        options.setAutomaticReconnect(true);
        options.setConnectionTimeout(10);
        client.connect(options);
        client.subscribe(base + "#", 1);
        LOG.info("OPC UA server mirrors {}# from {}", base, settings.brokerUrl());
    }

    /** Publishes a write request, QoS 1, with the reply topic and correlation data of MQTT 5. */
    public void publish(String topic, byte[] payload, byte[] correlation) throws MqttException {
        MqttMessage message = new MqttMessage(payload);
        MqttProperties properties = new MqttProperties();
        properties.setResponseTopic(replyTopic());
        properties.setCorrelationData(correlation);
        message.setProperties(properties);
        message.setQos(1);
        client.publish(topic, message);
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        try {
            route(topic, message);
        } catch (Exception e) {
            LOG.warn("OPC UA server skipped {}: {}", topic, e.getMessage());
        }
    }

    private void route(String topic, MqttMessage message) throws Exception {
        if (!topic.startsWith(base)) {
            return;
        }
        String[] levels = topic.substring(base.length()).split("/");
        byte[] payload = message.getPayload();
        if (topic.equals(replyTopic())) {
            byte[] correlation = message.getProperties() == null
                    ? null
                    : message.getProperties().getCorrelationData();
            listener.reply(correlation, Json.parse(payload));
        } else if (levels.length == 2 && levels[1].equals("$info") && !levels[0].startsWith("$")) {
            if (payload.length == 0) {
                listener.removed(levels[0]);
            } else {
                listener.described(Json.MAPPER.readValue(payload, ObjectDescriptor.class));
            }
        } else if (levels.length == 2 && !levels[0].startsWith("$") && !levels[1].startsWith("$")) {
            listener.value(levels[0], levels[1], Json.parse(payload));
        }
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect();
            }
            client.close(true);
        } catch (MqttException e) {
            LOG.debug("Closing the bus connection of the OPC UA server: {}", e.getMessage());
        }
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
        LOG.warn("OPC UA server lost its bus connection ({}); reconnecting", response.getReasonString());
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
        LOG.warn("OPC UA server bus connection: {}", exception.getMessage());
    }

    @Override
    public void deliveryComplete(IMqttToken token) {}

    @Override
    public void connectComplete(boolean reconnect, String serverURI) {
        if (reconnect) {
            // Not on Paho's callback thread, which a blocking subscribe would wait on.
            java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    client.subscribe(base + "#", 1);
                } catch (MqttException e) {
                    LOG.warn("OPC UA server could not subscribe to the bus again: {}", e.getMessage());
                }
            });
        }
    }

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {}
}
