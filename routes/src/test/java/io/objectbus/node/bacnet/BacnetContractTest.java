// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet;

import io.objectbus.bacnet.internal.service.ServiceChoice;
import io.objectbus.bacnet.model.BacnetValue.RealValue;
import io.objectbus.bacnet.model.ErrorNames;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.server.Fault;
import io.objectbus.bacnet.sim.SimulatedBacnetDevice;
import io.objectbus.node.contract.AdapterContractTest;
import io.objectbus.node.contract.PeerRefusals;

/**
 * The adapter contract of the bacnet-network kamelet, with a simulated device over UDP on loopback. Its connection is
 * its own UDP socket: a lost device turns its objects stale and leaves the connection up.
 */
class BacnetContractTest extends AdapterContractTest implements PeerRefusals {
    private static final int INSTANCE = 1001;
    private static final String SETPOINT = "bacnet-1001-analog-value-1";

    private final int adapterPort = BacnetSite.freeUdpPort();
    private int devicePort;
    private SimulatedBacnetDevice device;

    @Override
    protected String adapterFile() {
        return """
                - route:
                    id: adapter-bacnet-contract
                    from:
                      uri: kamelet:bacnet-network
                      parameters:
                        name: contract
                        localPort: %d
                        broadcastAddress: %s
                        broadcastPort: %d
                        deviceLow: %d
                        deviceHigh: %d
                        whoIsInterval: 2000
                        pollInterval: 300
                        covLifetime: 60
                        apduTimeout: 300
                        apduRetries: 1
                      steps:
                        - log: "BACnet ${header.CamelBacnetEvent}"
                """
                .formatted(adapterPort, BacnetSite.BROADCAST, devicePort, INSTANCE, INSTANCE);
    }

    @Override
    protected void startPeer() throws Exception {
        device = BacnetSite.device(INSTANCE, adapterPort);
        devicePort = device.port();
    }

    @Override
    protected void killPeer() {
        device.close();
        device = null;
    }

    /** The device on its port again, as after a power cut: its I-Am reaches the adapter's port. */
    @Override
    protected void restorePeer() throws Exception {
        device = BacnetSite.device(INSTANCE, devicePort, adapterPort);
    }

    @Override
    protected void stopPeer() {
        if (device != null) {
            device.close();
        }
    }

    @Override
    protected String watchedObject() {
        return "bacnet-1001-analog-input-1";
    }

    @Override
    protected String watchedResource() {
        return "present-value";
    }

    @Override
    protected String connectionObject() {
        return "bacnet-contract";
    }

    @Override
    protected boolean connectionFollowsPeer() {
        return false;
    }

    @Override
    protected Write goodWrite() {
        return new Write(SETPOINT, "present-value", "{\"v\":22.5,\"p\":8}");
    }

    @Override
    protected boolean peerHoldsTheGoodWrite() {
        return new RealValue(22.5f)
                .equals(device.objects()
                        .point(ObjectIdentifier.parse("analog-value:1"))
                        .priorityArray()
                        .slots()
                        .get(7));
    }

    @Override
    protected Write badWrite() {
        return new Write(SETPOINT, "present-value", "{\"v\":\"warm\",\"p\":8}");
    }

    @Override
    protected String writeKamelet() {
        return "bacnet-write";
    }

    @Override
    public void refuseWrites() {
        device.faults()
                .fail(
                        ServiceChoice.WRITE_PROPERTY,
                        Fault.error(ErrorNames.CLASS_PROPERTY, ErrorNames.CODE_WRITE_ACCESS_DENIED));
    }

    @Override
    public void acceptWrites() {
        device.faults().clear();
    }

    @Override
    public String refusalReason() {
        return "BACnet error property/write-access-denied";
    }

    @Override
    public Write refusedWrite() {
        return new Write(SETPOINT, "present-value", "{\"v\":23,\"p\":8}");
    }
}
