// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import io.objectbus.model.ObjectDescriptor;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
 * The BACnet server's view of the bus, as any MQTT 5 client has it: a subscription to {@code {prefix}/{node}/+/+},
 * for which the bus sends every descriptor and current value at once and the changes after, and write requests
 * with a response topic whose replies come back on the same connection.
 */
final class BusLink implements MqttCallback, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BusLink.class);

    /** What the bus says. */
    interface Listener {
        void described(ObjectDescriptor object);

        void removed(String objectId);

        void value(String objectId, String resourceId, JsonNode value);

        void reply(String correlation, JsonNode reply);
    }

    private final ServerSettings settings;
    private final Listener listener;
    private final MqttClient client;
    private final String replies;

    BusLink(ServerSettings settings, Listener listener) throws MqttException {
        this.settings = settings;
        this.listener = listener;
        this.client = new MqttClient(
                settings.brokerUrl(),
                "bacnet-server-" + settings.node() + "-" + UUID.randomUUID(),
                new MemoryPersistence());
        this.replies = settings.base() + "$bacnet/replies";
        client.setCallback(this);
    }

    void start() throws MqttException {
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(true);
        options.setAutomaticReconnect(true);
        options.setConnectionTimeout(10);
        client.connect(options);
        subscribe();
    }

    /** One filter takes descriptors, values and the replies to this link ({@code $bacnet/replies}) alike. */
    private void subscribe() throws MqttException {
        client.subscribe(settings.base() + "+/+", 1);
    }

    /** Publishes a write request at QoS 1 with this link's response topic. */
    void request(String topic, byte[] payload, String correlation) throws MqttException {
        MqttMessage message = new MqttMessage(payload);
        MqttProperties properties = new MqttProperties();
        properties.setResponseTopic(replies);
        properties.setCorrelationData(correlation.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        message.setProperties(properties);
        message.setQos(1);
        client.publish(topic, message);
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        try {
            route(topic, message);
        } catch (Exception e) {
            LOG.warn("BACnet server skipped {}: {}", topic, e.getMessage());
        }
    }

    private void route(String topic, MqttMessage message) throws Exception {
        byte[] payload = message.getPayload();
        if (topic.equals(replies)) {
            byte[] correlation = message.getProperties() == null
                    ? null
                    : message.getProperties().getCorrelationData();
            if (correlation != null) {
                listener.reply(new String(correlation, java.nio.charset.StandardCharsets.UTF_8), Json.parse(payload));
            }
            return;
        }
        String[] levels = topic.substring(settings.base().length()).split("/");
        if (levels.length != 2 || levels[0].startsWith("$")) {
            return;
        }
        if (levels[1].equals("$info")) {
            if (payload.length == 0) {
                listener.removed(levels[0]);
            } else {
                listener.described(Json.MAPPER.readValue(payload, ObjectDescriptor.class));
            }
        } else if (!levels[1].startsWith("$")) {
            listener.value(levels[0], levels[1], Json.parse(payload));
        }
    }

    @Override
    public void connectComplete(boolean reconnect, String serverURI) {
        if (reconnect) {
            // Not on Paho's callback thread, which a blocking subscribe would wait on.
            CompletableFuture.runAsync(() -> {
                try {
                    subscribe();
                } catch (MqttException e) {
                    LOG.warn("BACnet server could not subscribe to the bus again: {}", e.getMessage());
                }
            });
        }
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
        LOG.warn("BACnet server lost its bus connection ({}); reconnecting", response.getReasonString());
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
        LOG.warn("BACnet server bus connection: {}", exception.getMessage());
    }

    @Override
    public void deliveryComplete(IMqttToken token) {}

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {}

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect();
            }
            client.close(true);
        } catch (MqttException e) {
            LOG.debug("Closing the BACnet server's bus connection: {}", e.getMessage());
        }
    }
}
