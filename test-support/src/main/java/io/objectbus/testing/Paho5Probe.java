// SPDX-License-Identifier: Apache-2.0
package io.objectbus.testing;

import java.nio.charset.StandardCharsets;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/** An MQTT 5 test client (Eclipse Paho). */
public final class Paho5Probe extends MqttProbe implements MqttCallback {

    private final MqttClient client;

    public Paho5Probe(String brokerUrl, String clientId) throws MqttException {
        this(brokerUrl, clientId, true, 0);
    }

    /**
     * @param sessionExpirySeconds 0 for a session that ends with the connection
     */
    public Paho5Probe(String brokerUrl, String clientId, boolean cleanStart, long sessionExpirySeconds)
            throws MqttException {
        this(brokerUrl, clientId, options(cleanStart, sessionExpirySeconds));
    }

    /** A client with options of its own: a user name and password, a TLS socket factory. */
    public Paho5Probe(String brokerUrl, String clientId, MqttConnectionOptions options) throws MqttException {
        client = new MqttClient(brokerUrl, clientId, new MemoryPersistence());
        client.setCallback(this);
        client.connect(options);
    }

    /** The options the other constructors use; a test adds what it needs. */
    public static MqttConnectionOptions options(boolean cleanStart, long sessionExpirySeconds) {
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(cleanStart);
        options.setSessionExpiryInterval(sessionExpirySeconds);
        options.setConnectionTimeout(10);
        return options;
    }

    public MqttClient client() {
        return client;
    }

    @Override
    public void subscribe(String filter, int qos) throws MqttException {
        client.subscribe(filter, qos);
    }

    @Override
    public void publish(String topic, String payload, int qos, boolean retained) throws MqttException {
        client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), qos, retained);
    }

    /** Publishes an MQTT 5 request with a response topic and correlation data. */
    public void request(String topic, String payload, String responseTopic, String correlation) throws MqttException {
        MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
        MqttProperties properties = new MqttProperties();
        properties.setResponseTopic(responseTopic);
        properties.setCorrelationData(correlation.getBytes(StandardCharsets.UTF_8));
        message.setProperties(properties);
        message.setQos(1);
        client.publish(topic, message);
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        byte[] correlation =
                message.getProperties() == null ? null : message.getProperties().getCorrelationData();
        received.add(new Received(topic, message.getPayload(), message.isRetained(), message.getQos(), correlation));
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect();
            }
            client.close(true);
        } catch (MqttException e) {
            // the broker may be gone already
        }
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
}
