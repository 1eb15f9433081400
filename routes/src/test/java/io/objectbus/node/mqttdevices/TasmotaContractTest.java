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

    @Override
    protected String adapterFile() {
        return """
                - route:
                    id: adapter-tasmota-plug
                    from:
                      uri: kamelet:tasmota-device
                      parameters:
                        name: plug-1
                        topic: tasmota_1A2B3C
                        title: Kitchen plug
                      steps:
                        - log: "Tasmota ${header.ObjectBusTopic}"
                """;
    }

    @Override
    protected String watchedObject() {
        return "plug-1";
    }

    @Override
    protected String watchedResource() {
        return "wifi-rssi";
    }

    @Override
    protected String connectionObject() {
        return "plug-1-connection";
    }

    @Override
    protected Write goodWrite() {
        return new Write("plug-1", "power", "{\"v\":true,\"p\":8}");
    }

    @Override
    protected boolean peerHoldsTheGoodWrite() {
        return plug.power();
    }

    @Override
    protected Write badWrite() {
        return new Write("plug-1", "power", "{\"v\":\"warm\",\"p\":8}");
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
        return new Write("plug-1", "power", "{\"v\":false,\"p\":8}");
    }
}
