// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.mqttdevices;

import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * A Tasmota plug (https://tasmota.github.io/docs/MQTT/): LWT Online/Offline on tele/%topic%/LWT, tele/STATE and
 * tele/SENSOR as the documentation's examples show them, Power and Status 11 answered on stat/ as Tasmota does.
 */
final class SimulatedTasmota extends SimulatedDevice {

    private final String topic;
    private volatile boolean power;

    SimulatedTasmota(String topic) {
        super("DVES_" + topic);
        this.topic = topic;
    }

    boolean power() {
        return power;
    }

    @Override
    String willTopic() {
        return "tele/" + topic + "/LWT";
    }

    @Override
    String willPayload() {
        return "Offline";
    }

    @Override
    List<String> commandTopics() {
        return List.of("cmnd/" + topic + "/+");
    }

    @Override
    void connected() throws MqttException {
        publish(willTopic(), "Online", true);
        publish("tele/" + topic + "/STATE", state());
        publish(
                "tele/" + topic + "/SENSOR",
                """
                {"Time":"2019-12-21T18:21:14","ENERGY":{"TotalStartTime":"2019-12-21T17:49:16","Total":0.003,\
                "Yesterday":0.000,"Today":0.003,"Period":0,"Power":22,"ApparentPower":44,"ReactivePower":38,\
                "Factor":0.50,"Voltage":227,"Current":0.195}}""");
    }

    @Override
    void command(String commandTopic, String payload) throws Exception {
        String command =
                commandTopic.substring(commandTopic.lastIndexOf('/') + 1).toUpperCase();
        if (command.equals("STATUS") && payload.equals("11")) {
            publish("stat/" + topic + "/STATUS11", "{\"StatusSTS\":" + state() + "}");
        } else if (command.equals("POWER") && refusing()) {
            publish("stat/" + topic + "/RESULT", "{\"Command\":\"Error\"}");
        } else if (command.equals("POWER")) {
            power = payload.equalsIgnoreCase("ON") || (payload.equalsIgnoreCase("TOGGLE") && !power);
            publish("stat/" + topic + "/RESULT", "{\"POWER\":\"" + onOff() + "\"}");
            publish("stat/" + topic + "/POWER", onOff());
        } else {
            publish("stat/" + topic + "/RESULT", "{\"Command\":\"Unknown\"}");
        }
    }

    /** tele/STATE of the documentation's example, with the relay as it is. */
    private String state() {
        return """
                {"Time":"2019-01-06T20:31:11","Uptime":"0T00:05:14","UptimeSec":314,"Heap":28,"SleepMode":"Dynamic",\
                "Sleep":50,"LoadAvg":19,"MqttCount":1,"POWER":"%s","Wifi":{"AP":1,"SSId":"indebuurt1",\
                "BSSId":"00:00:00:00:00:00","Channel":1,"RSSI":100,"Signal":-48,"LinkCount":1,"Downtime":"0T00:00:06"}}"""
                .formatted(onOff());
    }

    private String onOff() {
        return power ? "ON" : "OFF";
    }

    private void publish(String t, String payload) throws MqttException {
        publish(t, payload, false);
    }
}
