// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.mqttdevices;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * A device that speaks MQTT as the real one does, with a real MQTT 3.1.1 client (Eclipse Paho) on the node's broker:
 * its last will set, its documented payloads published, its commands answered. Killed, it drops its connection
 * without a DISCONNECT, so the broker publishes its last will, as after a power cut.
 */
abstract class SimulatedDevice implements MqttCallback, AutoCloseable {

    private final String clientId;
    private volatile MqttAsyncClient client;
    private volatile boolean refusing;

    SimulatedDevice(String clientId) {
        this.clientId = clientId;
    }

    /** The last will: topic and payload, published retained by the broker when the device is lost. */
    abstract String willTopic();

    abstract String willPayload();

    /** The command topics the device listens on. */
    abstract List<String> commandTopics();

    /** What the device publishes once connected (its online message, its state). */
    abstract void connected() throws MqttException;

    /** A command arrived. */
    abstract void command(String topic, String payload) throws Exception;

    void connect(String brokerUri) throws MqttException {
        MqttAsyncClient c = new MqttAsyncClient(brokerUri, clientId, new MemoryPersistence());
        c.setCallback(this);
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        options.setCleanSession(true);
        options.setWill(willTopic(), willPayload().getBytes(StandardCharsets.UTF_8), 1, true);
        c.connect(options).waitForCompletion(30_000);
        for (String topic : commandTopics()) {
            c.subscribe(topic, 1).waitForCompletion(30_000);
        }
        client = c;
        connected();
    }

    /** A power cut: the connection drops without a DISCONNECT, and the broker publishes the last will. */
    void kill() throws MqttException {
        MqttAsyncClient c = client;
        client = null;
        c.disconnectForcibly(0, 0, false);
        c.close(true);
    }

    void publish(String topic, String payload, boolean retained) throws MqttException {
        MqttAsyncClient c = client;
        if (c != null) {
            c.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, retained);
        }
    }

    boolean refusing() {
        return refusing;
    }

    void refuse(boolean refuse) {
        refusing = refuse;
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws Exception {
        command(topic, new String(message.getPayload(), StandardCharsets.UTF_8));
    }

    @Override
    public void connectionLost(Throwable cause) {}

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {}

    @Override
    public void close() throws MqttException {
        MqttAsyncClient c = client;
        client = null;
        if (c != null && c.isConnected()) {
            c.disconnect().waitForCompletion(10_000);
        }
        if (c != null) {
            c.close(true); // the node may have stopped first: nothing left to say goodbye to
        }
    }
}
