// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.mqttdevices;

/** The adapter contract of the shelly-device kamelet, with a simulated Shelly Plus 1PM on the node's broker. */
class ShellyContractTest extends MqttDeviceContractTest {

    private static final String PREFIX = SimulatedShelly.ID;
    private final SimulatedShelly shelly = new SimulatedShelly(PREFIX);

    @Override
    SimulatedDevice device() {
        return shelly;
    }

    @Override
    String deviceTopic() {
        return PREFIX + "/events/rpc";
    }

    /** The shipped example, as a user copies it. */
    @Override
    protected String adapterFile() {
        return example("shelly-example.camel.yaml.disabled");
    }

    @Override
    protected String watchedObject() {
        return "pump-relay";
    }

    @Override
    protected String watchedResource() {
        return "switch-0-voltage";
    }

    @Override
    protected String connectionObject() {
        return "pump-relay-connection";
    }

    @Override
    protected Write goodWrite() {
        return new Write("pump-relay", "switch-0", "{\"v\":true,\"p\":8}");
    }

    @Override
    protected boolean peerHoldsTheGoodWrite() {
        return shelly.output();
    }

    @Override
    protected Write badWrite() {
        return new Write("pump-relay", "switch-0", "{\"v\":42,\"p\":8}");
    }

    @Override
    protected String writeKamelet() {
        return "shelly-write";
    }

    @Override
    public String refusalReason() {
        return SimulatedShelly.REFUSAL;
    }

    @Override
    public Write refusedWrite() {
        return new Write("pump-relay", "switch-0", "{\"v\":false,\"p\":8}");
    }
}
