// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawanns;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * A LoRaWAN network server's MQTT integration as the node's broker sees it, with a real MQTT client (Eclipse Paho):
 * one device's uplink published every few hundred milliseconds, and each confirmed downlink answered, acknowledged
 * unless told to refuse. Killed, it goes silent. The subclasses speak one network server's topics and payloads.
 */
abstract class SimulatedNetworkServer implements AutoCloseable {

    private final String name;
    private final ScheduledExecutorService timer;
    private volatile MqttAsyncClient client;
    private volatile double setpoint = 20;
    private volatile boolean refusing;
    private volatile boolean started;
    private int fCnt;

    SimulatedNetworkServer(String name) {
        this.name = name;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The object id the adapter gives the simulated device. */
    abstract String object();

    /** The topic the network server takes downlinks on. */
    abstract String downlinkTopic();

    /** Publishes one uplink with this frame counter and the device's setpoint. */
    abstract void uplink(int fCnt, double setpoint);

    /** Answers one downlink: takes its setpoint when {@code ack}, and acknowledges it when it is confirmed. */
    abstract void downlink(byte[] payload, boolean ack) throws Exception;

    void connect(String brokerUri) throws MqttException {
        MqttAsyncClient c = new MqttAsyncClient(brokerUri, name, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        c.connect(options).waitForCompletion(30_000);
        c.subscribe(downlinkTopic(), 1, (topic, message) -> downlink(message.getPayload(), !refusing))
                .waitForCompletion(30_000);
        client = c;
        if (!started) {
            started = true;
            timer.scheduleWithFixedDelay(() -> uplink(++fCnt, setpoint), 0, 300, TimeUnit.MILLISECONDS);
        }
    }

    void kill() throws MqttException {
        MqttAsyncClient c = client;
        client = null;
        c.disconnectForcibly(0, 0, false);
        c.close(true);
    }

    double setpoint() {
        return setpoint;
    }

    void setpoint(double setpoint) {
        this.setpoint = setpoint;
    }

    void refuse(boolean refuse) {
        refusing = refuse;
    }

    void publish(String topic, String payload) {
        MqttAsyncClient c = client;
        try {
            if (c != null && c.isConnected()) {
                c.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false);
            }
        } catch (MqttException e) {
            // killed meanwhile: silence is what a dead network server gives
        }
    }

    @Override
    public void close() throws MqttException {
        timer.shutdownNow();
        MqttAsyncClient c = client;
        client = null;
        if (c != null && c.isConnected()) {
            c.disconnect().waitForCompletion(10_000);
        }
        if (c != null) {
            c.close(true);
        }
    }
}
