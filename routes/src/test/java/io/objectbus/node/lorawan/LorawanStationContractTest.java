// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawan;

import static org.awaitility.Awaitility.await;

import io.objectbus.component.lorawan.sim.SimulatedDevice;
import io.objectbus.component.lorawan.sim.SimulatedStation;
import io.objectbus.node.contract.AdapterContractTest;
import io.objectbus.testing.Paho5Probe;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The adapter contract of the lorawan-gateway kamelet with transport basics-station. The peer is a simulated LoRa
 * Basics Station on the JDK's WebSocket client (router-info, version, updf, dnmsg/dntxed) with a simulated ABP device
 * that sends a Cayenne LPP temperature every 1.5 s; the connection is the station's (down when its WebSocket
 * closes); a write is a confirmed downlink the device acknowledges in its next uplink.
 */
class LorawanStationContractTest extends AdapterContractTest {

    private static final String DEVICE = "0011223344556677";
    private static final String STATION = "b827ebfffe610f2c";
    private static final String NWK = "44024241ed4ce9a68c6a8bc055233fd3";
    private static final String APP = "ec925802ae430ca77fd3dd73cb2cc588";

    private final SimulatedDevice device = SimulatedDevice.abp(DEVICE, "26011bda", NWK, APP);
    private final long sessions = System.nanoTime();
    private int stationPort;
    private String broker;
    private volatile SimulatedStation station;
    private ScheduledExecutorService sensor;

    @Override
    protected String adapterFile() {
        return """
                - route:
                    id: adapter-lorawan-station-contract
                    from:
                      uri: kamelet:lorawan-gateway
                      parameters:
                        name: station-contract
                        transport: basics-station
                        stationPort: %d
                        host: 127.0.0.1
                        sessionFile: target/test-data/lorawan-station-contract-%d.json
                        abpDevices: "%s, 26011bda, %s, %s"
                        devices: "%s, lpp, name=Office climate, interval=60, confirmed=true"
                      steps:
                        - log: "LoRaWAN ${header.CamelLorawanEvent}"
                """
                .formatted(stationPort, sessions, DEVICE, NWK, APP, DEVICE);
    }

    @Override
    protected void startPeer() throws Exception {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            stationPort = probe.getLocalPort();
        }
        restorePeer();
    }

    @Override
    protected void nodeStarted(String brokerUri) {
        broker = brokerUri;
    }

    /**
     * The station goes silent, then loses its connection. The pause lets the last uplink's deduplication window
     * close first: a frame heard before the connection went down is still delivered, and would make the values good.
     */
    @Override
    protected void killPeer() throws Exception {
        sensor.shutdownNow();
        sensor.awaitTermination(30, TimeUnit.SECONDS);
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(30)).until(() -> true);
        if (station != null) {
            station.close();
            station = null;
        }
    }

    /** The station connects as soon as the node serves it (once the file is dropped), then sends uplinks. */
    @Override
    protected void restorePeer() {
        sensor = Executors.newSingleThreadScheduledExecutor();
        sensor.scheduleWithFixedDelay(this::uplink, 0, 1500, TimeUnit.MILLISECONDS);
    }

    private void uplink() {
        try {
            if (station == null || station.isClosed()) {
                station = SimulatedStation.connect(stationPort, STATION);
                station.add(device);
            }
            station.updf(device.uplink(1, HexFormat.of().parseHex("016700e1"), false), System.nanoTime(), 1, -70, 7.5);
        } catch (Exception e) {
            // the node is not serving yet (the file is not dropped) or the station is gone: the next one tries again
        }
    }

    @Override
    protected void stopPeer() throws Exception {
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
        return "lorawan-gw-" + STATION + "-connection";
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

    @Test
    @Order(6)
    void garbageJsonFromTheStationGoesToErrorsWithItsEuiAndItsUplinksGoOn() throws Exception {
        try (Paho5Probe probe = new Paho5Probe(broker, "station-errors")) {
            probe.subscribe("ob/v1/" + NODE + "/#", 1);

            station.send("{\"msgtype\":\"updf\",\"DevAddr\":");

            probe.await(r -> r.topic().endsWith("/$errors")
                    && r.text().contains(STATION)
                    && r.text().contains("does not parse"));
            probe.clear();
            // The frame counter changes with every uplink (an unchanged temperature is not published again).
            probe.awaitOn("ob/v1/" + NODE + "/" + watchedObject() + "/fCnt");
        }
    }
}
