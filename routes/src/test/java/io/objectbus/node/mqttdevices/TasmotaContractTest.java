// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.mqttdevices;

/** The adapter contract of the tasmota-device kamelet, with a simulated Tasmota plug on the node's broker. */
class TasmotaContractTest extends MqttDeviceContractTest {

    private final SimulatedTasmota plug = new SimulatedTasmota("tasmota_1A2B3C");

    @Override
    SimulatedDevice device() {
        return plug;
    }

    @Override
    String deviceTopic() {
        return "tele/tasmota_1A2B3C/STATE";
    }

    /** The shipped example, as a user copies it. */
    @Override
    protected String adapterFile() {
        return example("tasmota-example.camel.yaml.disabled");
    }

    @Override
    protected String watchedObject() {
        return "kitchen-plug";
    }

    @Override
    protected String watchedResource() {
        return "wifi-rssi";
    }

    @Override
    protected String connectionObject() {
        return "kitchen-plug-connection";
    }

    @Override
    protected Write goodWrite() {
        return new Write("kitchen-plug", "power", "{\"v\":true,\"p\":8}");
    }

    @Override
    protected boolean peerHoldsTheGoodWrite() {
        return plug.power();
    }

    @Override
    protected Write badWrite() {
        return new Write("kitchen-plug", "power", "{\"v\":\"warm\",\"p\":8}");
    }

    @Override
    protected String writeKamelet() {
        return "tasmota-write";
    }

    @Override
    public String refusalReason() {
        return "Tasmota: command error";
    }

    @Override
    public Write refusedWrite() {
        return new Write("kitchen-plug", "power", "{\"v\":false,\"p\":8}");
    }
}
