// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawanns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.objectbus.bus.Json;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * ChirpStack v4's MQTT integration as the node's broker sees it, with a real MQTT client (Eclipse Paho): one device's
 * uplink (the golden file's, ChirpStack's documented event/up) published every few hundred milliseconds, and each
 * confirmed command/down answered with event/ack, acknowledged unless told to refuse. Killed, it goes silent.
 */
final class SimulatedChirpStack implements AutoCloseable {

    static final String APPLICATION = "00000000-0000-0000-0000-000000000001";
    static final String DEVICE = "0101010101010101";
    private static final String BASE = "application/" + APPLICATION + "/device/" + DEVICE + "/";

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "simulated-chirpstack");
        t.setDaemon(true);
        return t;
    });
    private volatile MqttAsyncClient client;
    private volatile double setpoint = 20;
    private volatile boolean refusing;
    private volatile boolean started;
    private int fCnt;

    void connect(String brokerUri) throws MqttException {
        MqttAsyncClient c = new MqttAsyncClient(brokerUri, "simulated-chirpstack", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        c.connect(options).waitForCompletion(30_000);
        c.subscribe(BASE + "command/down", 1, (topic, message) -> downlink(message.getPayload()))
                .waitForCompletion(30_000);
        client = c;
        if (!started) {
            started = true;
            timer.scheduleWithFixedDelay(this::uplink, 0, 300, TimeUnit.MILLISECONDS);
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

    void refuse(boolean refuse) {
        refusing = refuse;
    }

    private void uplink() {
        ObjectNode up = Json.MAPPER.createObjectNode();
        up.put("time", "2022-07-18T09:34:15.775023242+00:00");
        up.putObject("deviceInfo").put("applicationId", APPLICATION).put("devEui", DEVICE);
        up.put("devAddr", "00189440").put("fCnt", ++fCnt).put("fPort", 1).put("data", "qqo=");
        up.putObject("object").put("temperature", 22.5).put("setpoint", setpoint);
        up.putArray("rxInfo")
                .addObject()
                .put("gatewayId", "0016c001f153a14c")
                .put("rssi", -36)
                .put("snr", 10.5);
        publish(BASE + "event/up", up.toString());
    }

    private void downlink(byte[] payload) throws Exception {
        JsonNode down = Json.MAPPER.readTree(payload);
        boolean ack = !refusing;
        if (ack && down.path("object").path("setpoint").isNumber()) {
            setpoint = down.path("object").path("setpoint").doubleValue();
        }
        if (down.path("confirmed").asBoolean()) {
            ObjectNode event = Json.MAPPER.createObjectNode();
            event.putObject("deviceInfo").put("applicationId", APPLICATION).put("devEui", DEVICE);
            event.put("queueItemId", "2d8a5f8b-1e5a-4e2b-8a3b-8f5c1f0e4d1a")
                    .put("acknowledged", ack)
                    .put("fCntDown", 7);
            publish(BASE + "event/ack", event.toString());
        }
    }

    private void publish(String topic, String payload) {
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
