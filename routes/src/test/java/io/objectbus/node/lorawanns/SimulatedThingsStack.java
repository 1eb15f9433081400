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
 * The Things Stack's MQTT integration as the node's broker sees it (bridged there), with a real MQTT client (Eclipse
 * Paho): one device's up message after the "Data formats" example every few hundred milliseconds, each confirmed
 * down/push answered with down/ack, or down/nack when told to refuse. Killed, it goes silent.
 */
final class SimulatedThingsStack implements AutoCloseable {

    static final String DEVICE = "dev1";
    private static final String BASE = "v3/app1@ttn/devices/" + DEVICE + "/";

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "simulated-thingsstack");
        t.setDaemon(true);
        return t;
    });
    private volatile MqttAsyncClient client;
    private volatile double setpoint = 20;
    private volatile boolean refusing;
    private volatile boolean started;
    private int fCnt;

    void connect(String brokerUri) throws MqttException {
        MqttAsyncClient c = new MqttAsyncClient(brokerUri, "simulated-thingsstack", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        c.connect(options).waitForCompletion(30_000);
        c.subscribe(BASE + "down/push", 1, (topic, message) -> downlink(message.getPayload()))
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
        ObjectNode message = Json.MAPPER.createObjectNode();
        message.putObject("end_device_ids").put("device_id", DEVICE).put("dev_eui", "0004A30B001C0530");
        message.put("received_at", "2020-02-12T15:15:49.622Z");
        ObjectNode up = message.putObject("uplink_message");
        up.put("f_port", 15).put("f_cnt", ++fCnt).put("frm_payload", "DA==");
        up.putObject("decoded_payload").put("temperature", 18.5).put("setpoint", setpoint);
        up.putArray("rx_metadata")
                .addObject()
                .put("rssi", -35)
                .put("snr", 5.2)
                .putObject("gateway_ids")
                .put("gateway_id", "eui-b827ebfffe1b6f68");
        publish(BASE + "up", message.toString());
    }

    private void downlink(byte[] payload) throws Exception {
        JsonNode down = Json.MAPPER.readTree(payload).path("downlinks").path(0);
        boolean ack = !refusing;
        if (ack && down.path("decoded_payload").path("setpoint").isNumber()) {
            setpoint = down.path("decoded_payload").path("setpoint").doubleValue();
        }
        if (down.path("confirmed").asBoolean()) {
            ObjectNode event = Json.MAPPER.createObjectNode();
            event.putObject("end_device_ids").put("device_id", DEVICE);
            event.set(ack ? "downlink_ack" : "downlink_nack", down);
            publish(BASE + (ack ? "down/ack" : "down/nack"), event.toString());
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
