// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.mqttdevices;

/**
 * The adapter contract of the zigbee2mqtt-device kamelet, with a simulated Zigbee2MQTT bridge and light on the node's
 * broker: killed is the bridge gone (its last will), which takes its devices with it.
 */
class Zigbee2MqttContractTest extends MqttDeviceContractTest {

    private final SimulatedZigbee2Mqtt bridge = new SimulatedZigbee2Mqtt("zigbee2mqtt", "hall/light");

    @Override
    SimulatedDevice device() {
        return bridge;
    }

    @Override
    String deviceTopic() {
        return "zigbee2mqtt/hall/light";
    }

    /** The shipped example, as a user copies it. */
    @Override
    protected String adapterFile() {
        return example("zigbee2mqtt-example.camel.yaml.disabled");
    }

    @Override
    protected String watchedObject() {
        return "hall-light";
    }

    @Override
    protected String watchedResource() {
        return "brightness";
    }

    @Override
    protected String connectionObject() {
        return "hall-light-connection";
    }

    @Override
    protected Write goodWrite() {
        return new Write("hall-light", "state", "{\"v\":true,\"p\":8}");
    }

    @Override
    protected boolean peerHoldsTheGoodWrite() {
        return bridge.on();
    }

    @Override
    protected Write badWrite() {
        return new Write("hall-light", "state", "{\"v\":\"bright\",\"p\":8}");
    }

    @Override
    protected String writeKamelet() {
        return "zigbee2mqtt-write";
    }

    @Override
    public String refusalReason() {
        return SimulatedZigbee2Mqtt.REFUSAL;
    }

    @Override
    public Write refusedWrite() {
        return new Write("hall-light", "state", "{\"v\":false,\"p\":8}");
    }
}
