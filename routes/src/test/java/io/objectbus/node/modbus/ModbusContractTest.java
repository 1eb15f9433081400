// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.modbus;

import io.objectbus.modbus.sim.DeviceImage;
import io.objectbus.modbus.sim.SimulatedModbusDevice;
import io.objectbus.node.contract.AdapterContractTest;
import io.objectbus.node.contract.PeerRefusals;

/**
 * The adapter contract of the modbus-device kamelet, with digitalpetri's Modbus TCP server in this JVM on a port the
 * kernel picks. Its connection is the TCP connection to that device: the device going turns the connection down and
 * the values stale, its return brings both back. The device refuses writes with ILLEGAL_DATA_VALUE when told to.
 */
class ModbusContractTest extends AdapterContractTest implements PeerRefusals {

    private final DeviceImage image = new DeviceImage(100);
    private SimulatedModbusDevice device;

    @Override
    protected String adapterFile() {
        return """
                - route:
                    id: adapter-modbus-contract
                    from:
                      uri: kamelet:modbus-device
                      parameters:
                        name: contract
                        host: 127.0.0.1
                        port: %d
                        pollInterval: 200
                        timeout: 1000
                        reconnectDelay: 200
                        reconnectMaxDelay: 1000
                        registers: |
                          - {name: temperature, table: input, address: 0, type: int16, scale: 0.1, unit: Cel}
                          - {name: level, table: input, address: 1, scale: 0.001, signal: 4-20mA, range: [0, 250]}
                          - {name: setpoint, table: holding, address: 10, type: float32, writable: true, unit: Cel}
                          - {name: pump, table: coil, address: 0, writable: true}
                      steps:
                        - log: "Modbus ${header.ModbusEvent}"
                """
                .formatted(device.port());
    }

    @Override
    protected void startPeer() throws Exception {
        image.input(0, 215);
        image.input(1, 12000);
        device = new SimulatedModbusDevice(image, "127.0.0.1", 0);
        device.start();
    }

    @Override
    protected void killPeer() throws Exception {
        device.stop();
    }

    @Override
    protected void restorePeer() throws Exception {
        device.start();
    }

    @Override
    protected void stopPeer() throws Exception {
        if (device != null) {
            device.close();
        }
    }

    @Override
    protected String watchedObject() {
        return "contract";
    }

    @Override
    protected String watchedResource() {
        return "temperature";
    }

    @Override
    protected String connectionObject() {
        return "modbus-contract";
    }

    @Override
    protected boolean connectionFollowsPeer() {
        return true;
    }

    @Override
    protected Write goodWrite() {
        return new Write(watchedObject(), "setpoint", "{\"v\":21.5,\"p\":8}");
    }

    @Override
    protected boolean peerHoldsTheGoodWrite() {
        return Float.intBitsToFloat((image.holding(10) << 16) | image.holding(11)) == 21.5f;
    }

    @Override
    protected Write badWrite() {
        return new Write(watchedObject(), "setpoint", "{\"v\":\"warm\",\"p\":8}");
    }

    @Override
    protected String writeKamelet() {
        return "modbus-write";
    }

    @Override
    public void refuseWrites() {
        image.refusedWrites().add(0);
    }

    @Override
    public void acceptWrites() {
        image.refusedWrites().clear();
    }

    @Override
    public String refusalReason() {
        return "Modbus write of true to contract/pump (pump) failed: the device refused it: ILLEGAL_DATA_VALUE (3)";
    }

    @Override
    public Write refusedWrite() {
        return new Write(watchedObject(), "pump", "{\"v\":true,\"p\":8}");
    }
}
