// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawan;

import io.objectbus.component.lorawan.sim.SimulatedDevice;
import io.objectbus.component.lorawan.sim.SimulatedGateway;
import io.objectbus.node.contract.AdapterContractTest;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The adapter contract of the lorawan-gateway kamelet. The peer is a simulated gateway speaking the packet forwarder
 * protocol over UDP on 127.0.0.1 with a simulated ABP device that sends a Cayenne LPP temperature every 1.5 s (a class A device sends nothing while its receive windows are open); the
 * connection is the gateway's (down when its keep-alives stop); a write is a confirmed downlink the device
 * acknowledges in its next uplink.
 */
class LorawanContractTest extends AdapterContractTest {

    private static final String DEVICE = "0011223344556677";
    private static final String GATEWAY = "aa555a0000000001";
    private static final String NWK = "44024241ed4ce9a68c6a8bc055233fd3";
    private static final String APP = "ec925802ae430ca77fd3dd73cb2cc588";

    private final SimulatedDevice device = SimulatedDevice.abp(DEVICE, "26011bda", NWK, APP);
    private final long sessions = System.nanoTime();
    private int serverPort;
    private SimulatedGateway gateway;
    private ScheduledExecutorService sensor;

    @Override
    protected String adapterFile() {
        return """
                - route:
                    id: adapter-lorawan-contract
                    from:
                      uri: kamelet:lorawan-gateway
                      parameters:
                        name: contract
                        port: %d
                        host: 127.0.0.1
                        gatewayTimeout: 3000
                        sessionFile: target/test-data/lorawan-contract-%d.json
                        abpDevices: "%s, 26011bda, %s, %s"
                        devices: "%s, lpp, name=Office climate, interval=60, confirmed=true"
                      steps:
                        - log: "LoRaWAN ${header.CamelLorawanEvent}"
                """
                .formatted(serverPort, sessions, DEVICE, NWK, APP, DEVICE);
    }

    @Override
    protected void startPeer() throws Exception {
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            serverPort = probe.getLocalPort();
        }
        restorePeer();
    }

    /** The gateway loses power: no more keep-alives, no more uplinks. */
    @Override
    protected void killPeer() {
        sensor.shutdownNow();
        gateway.close();
    }

    @Override
    protected void restorePeer() throws Exception {
        gateway = new SimulatedGateway(GATEWAY, new InetSocketAddress("127.0.0.1", serverPort), 500);
        gateway.add(device);
        sensor = Executors.newSingleThreadScheduledExecutor();
        sensor.scheduleWithFixedDelay(
                () -> gateway.hear(device.uplink(1, HexFormat.of().parseHex("016700e1"), false), -70, 7.5),
                0,
                1500,
                TimeUnit.MILLISECONDS);
    }

    @Override
    protected void stopPeer() {
        if (sensor != null) {
            killPeer();
        }
    }

    @Override
    protected String watchedObject() {
        return "lorawan-" + DEVICE;
    }

    @Override
    protected String watchedResource() {
        return "temperature1";
    }

    @Override
    protected String connectionObject() {
        return "lorawan-gw-" + GATEWAY + "-connection";
    }

    @Override
    protected boolean connectionFollowsPeer() {
        return true;
    }

    @Override
    protected Write goodWrite() {
        return new Write(watchedObject(), "downlink", "{\"v\":\"0a0b\"}");
    }

    @Override
    protected boolean peerHoldsTheGoodWrite() {
        return device.downlinks().stream().anyMatch(d -> Arrays.equals(d, new byte[] {0x0a, 0x0b}));
    }

    @Override
    protected Write badWrite() {
        return new Write(watchedObject(), "downlink", "{\"v\":5}");
    }

    @Override
    protected String writeKamelet() {
        return "lorawan-write";
    }
}
