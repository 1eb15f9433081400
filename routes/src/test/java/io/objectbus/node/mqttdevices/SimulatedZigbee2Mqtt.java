// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.mqttdevices;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * A Zigbee2MQTT bridge with one light (https://www.zigbee2mqtt.io/guide/usage/mqtt_topics_and_messages.html): the
 * bridge's state online, offline as its last will; the device list with the light's exposes; the light's
 * availability and its state, reported every half second as a device on a Zigbee network reports; {@code /set}
 * answered with the new state, or with a failed publish in the bridge's log. Killed is the bridge gone.
 */
final class SimulatedZigbee2Mqtt extends SimulatedDevice {

    static final String REFUSAL = "Zigbee2MQTT: 'Error: Command 0x0017880104e45517/11 genOnOff.on({}) failed "
            + "(Data request failed with error: 'MAC no ack' (233))'";

    private final String base;
    private final String friendlyName;
    private final ScheduledExecutorService reports = Executors.newSingleThreadScheduledExecutor();
    private volatile ScheduledFuture<?> reporting;
    private volatile boolean on;

    SimulatedZigbee2Mqtt(String base, String friendlyName) {
        super("zigbee2mqtt_" + Long.toHexString(System.nanoTime()));
        this.base = base;
        this.friendlyName = friendlyName;
    }

    boolean on() {
        return on;
    }

    @Override
    String willTopic() {
        return base + "/bridge/state";
    }

    @Override
    String willPayload() {
        return "{\"state\":\"offline\"}";
    }

    @Override
    List<String> commandTopics() {
        return List.of(base + "/" + friendlyName + "/set");
    }

    @Override
    void connected() throws MqttException {
        publish(willTopic(), "{\"state\":\"online\"}", true);
        publish(base + "/bridge/devices", devices(), true);
        publish(base + "/" + friendlyName + "/availability", "{\"state\":\"online\"}", true);
        reporting = reports.scheduleAtFixedRate(this::report, 0, 500, TimeUnit.MILLISECONDS);
    }

    @Override
    void kill() throws MqttException {
        reporting.cancel(false);
        super.kill();
    }

    @Override
    void command(String topic, String payload) throws Exception {
        JsonNode set = Json.MAPPER.readTree(payload);
        if (refusing()) {
            publish(
                    base + "/bridge/logging",
                    "{\"level\":\"error\",\"message\":\"Publish 'set' 'state' to '"
                            + friendlyName + "' failed: "
                            + REFUSAL.substring("Zigbee2MQTT: ".length()).replace("\"", "\\\"")
                            + "\"}",
                    false);
            return;
        }
        if (set.has("state")) {
            on = set.get("state").asText().equals("ON");
        }
        report();
    }

    private void report() {
        try {
            publish(
                    base + "/" + friendlyName,
                    "{\"state\":\"" + (on ? "ON" : "OFF")
                            + "\",\"brightness\":128,\"color_temp\":325,\"linkquality\":99}",
                    true);
        } catch (MqttException e) {
            // the bridge is being killed
        }
    }

    /** The device list of the exposes documentation's light example. */
    private String devices() {
        return """
                [{"ieee_address":"0x00124b0012345678","type":"Coordinator","friendly_name":"Coordinator","definition":null},\
                {"ieee_address":"0x0017880104e45517","type":"Router","friendly_name":"%s","definition":{"model":"9290012573A",\
                "vendor":"Philips","description":"Hue white and color ambiance E26/E27/E14","exposes":[{"type":"light",\
                "features":[{"type":"binary","name":"state","property":"state","access":7,"value_on":"ON","value_off":"OFF",\
                "value_toggle":"TOGGLE"},{"type":"numeric","name":"brightness","property":"brightness","access":7,\
                "value_min":0,"value_max":254}]},{"type":"numeric","name":"linkquality","property":"linkquality",\
                "access":1,"unit":"lqi","value_min":0,"value_max":255}]}}]"""
                .formatted(friendlyName);
    }

    @Override
    public void close() throws MqttException {
        reports.shutdownNow();
        super.close();
    }
}
