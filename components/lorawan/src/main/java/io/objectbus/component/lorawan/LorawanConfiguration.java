// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan;

import io.objectbus.component.lorawan.internal.AbpDevice;
import io.objectbus.component.lorawan.internal.OtaaDevice;
import io.objectbus.component.lorawan.internal.ServerSettings;
import io.objectbus.component.lorawan.station.StationTransport;
import java.nio.file.Path;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Configurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/** Endpoint options of the {@code lorawan:} component, copied per endpoint. */
@Configurer
@UriParams
public class LorawanConfiguration implements Cloneable {

    @UriPath
    @Metadata(required = true)
    private String name;

    @UriParam(label = "consumer", defaultValue = "1700")
    private int port = 1700;

    @UriParam(label = "consumer", defaultValue = "0.0.0.0")
    private String host = "0.0.0.0";

    @UriParam(label = "consumer", defaultValue = "packet-forwarder", enums = "packet-forwarder,basics-station,both")
    private String transport = "packet-forwarder";

    @UriParam(label = "consumer", defaultValue = "3001")
    private int stationPort = 3001;

    @UriParam(label = "consumer,security")
    private String stationKeyStore;

    @UriParam(label = "consumer,security", secret = true)
    private String stationKeyStorePassword;

    @UriParam(label = "consumer,security", secret = true)
    private String abpDevices;

    @UriParam(label = "consumer,security", secret = true)
    private String otaaDevices;

    @UriParam(label = "consumer")
    private String sessionFile;

    @UriParam(label = "consumer", defaultValue = "000000")
    private String netId = "000000";

    @UriParam(label = "consumer", defaultValue = "200", javaType = "java.time.Duration")
    private long deduplicationWindow = 200;

    @UriParam(label = "consumer", defaultValue = "60000", javaType = "java.time.Duration")
    private long gatewayTimeout = 60000;

    @UriParam(label = "consumer", defaultValue = "rx1", enums = "rx1,rx2")
    private String rxWindow = "rx1";

    @UriParam(label = "consumer", defaultValue = "1")
    private int rx1Delay = 1;

    @UriParam(label = "consumer", defaultValue = "869.525")
    private double rx2Frequency = 869.525;

    @UriParam(label = "consumer", defaultValue = "SF12BW125")
    private String rx2DataRate = "SF12BW125";

    @UriParam(label = "consumer", defaultValue = "14")
    private int txPower = 14;

    @UriParam(label = "consumer", defaultValue = "900000", javaType = "java.time.Duration")
    private long downlinkTimeout = 900000;

    @UriParam(label = "consumer", defaultValue = "1")
    private int routeThreads = 1;

    @UriParam(label = "producer", defaultValue = "1")
    private int fport = 1;

    @UriParam(label = "producer", defaultValue = "false")
    private boolean confirmed;

    /** What a network server of this endpoint runs with; fails on a malformed device list or NetID. */
    public ServerSettings serverSettings() {
        return new ServerSettings(
                host,
                port,
                Integer.parseInt(netId, 16),
                deduplicationWindow,
                gatewayTimeout,
                "rx2".equals(rxWindow),
                rx1Delay,
                rx2Frequency,
                rx2DataRate,
                txPower,
                downlinkTimeout,
                sessionFile == null || sessionFile.isBlank() ? null : Path.of(sessionFile),
                AbpDevice.parse(abpDevices),
                OtaaDevice.parse(otaaDevices),
                !"basics-station".equals(transport),
                !"packet-forwarder".equals(transport),
                stationPort,
                stationKeyStore == null || stationKeyStore.isBlank()
                        ? null
                        : new StationTransport.Tls(
                                stationKeyStore, stationKeyStorePassword == null ? "" : stationKeyStorePassword));
    }

    public LorawanConfiguration copy() {
        try {
            return (LorawanConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getName() {
        return name;
    }

    /** The network server's name: one server per name, run by its consumer, sending the downlinks of its producers. */
    public void setName(String name) {
        this.name = name;
    }

    public int getPort() {
        return port;
    }

    /** UDP port the gateways' packet forwarders send to (their serv_port_up and serv_port_down); 0 picks a free one. */
    public void setPort(int port) {
        this.port = port;
    }

    public String getHost() {
        return host;
    }

    /** Address to bind the UDP port to; 0.0.0.0 for all interfaces. */
    public void setHost(String host) {
        this.host = host;
    }

    public String getTransport() {
        return transport;
    }

    /**
     * Which gateways are served: packet-forwarder (Semtech UDP on port), basics-station (LoRa Basics Station LNS
     * protocol, WebSocket on stationPort) or both.
     */
    public void setTransport(String transport) {
        if (!java.util.List.of("packet-forwarder", "basics-station", "both").contains(transport)) {
            throw new IllegalArgumentException(
                    "transport is packet-forwarder, basics-station or both, not " + transport);
        }
        this.transport = transport;
    }

    public int getStationPort() {
        return stationPort;
    }

    /** TCP port of the Basics Station WebSocket server (router-info and traffic); 0 picks a free one. */
    public void setStationPort(int stationPort) {
        this.stationPort = stationPort;
    }

    public String getStationKeyStore() {
        return stationKeyStore;
    }

    /** PKCS#12 (or .jks) key store of the Basics Station server's key and certificate: serves wss:// when given. */
    public void setStationKeyStore(String stationKeyStore) {
        this.stationKeyStore = stationKeyStore;
    }

    public String getStationKeyStorePassword() {
        return stationKeyStorePassword;
    }

    /** Password of the station key store. */
    public void setStationKeyStorePassword(String stationKeyStorePassword) {
        this.stationKeyStorePassword = stationKeyStorePassword;
    }

    public String getAbpDevices() {
        return abpDevices;
    }

    /** Devices activated by personalisation: 'DevEUI, DevAddr, NwkSKey, AppSKey' each, separated by ';' (hex). */
    public void setAbpDevices(String abpDevices) {
        this.abpDevices = abpDevices;
    }

    public String getOtaaDevices() {
        return otaaDevices;
    }

    /** Devices that join over the air: 'DevEUI, AppEUI, AppKey' each, separated by ';' (hex). */
    public void setOtaaDevices(String otaaDevices) {
        this.otaaDevices = otaaDevices;
    }

    public String getSessionFile() {
        return sessionFile;
    }

    /** JSON file that keeps joined sessions, frame counters and used DevNonces across restarts; empty: memory only. */
    public void setSessionFile(String sessionFile) {
        this.sessionFile = sessionFile;
    }

    public String getNetId() {
        return netId;
    }

    /** The network's NetID, 6 hex digits; its 7 low bits prefix the DevAddrs given to joining devices. */
    public void setNetId(String netId) {
        this.netId = netId;
    }

    public long getDeduplicationWindow() {
        return deduplicationWindow;
    }

    /** How long copies of a frame from further gateways are collected into one uplink (the best RSSI is kept), ms. */
    public void setDeduplicationWindow(long deduplicationWindow) {
        this.deduplicationWindow = deduplicationWindow;
    }

    public long getGatewayTimeout() {
        return gatewayTimeout;
    }

    /** A gateway that sent no PULL_DATA keep-alive for this long is down, ms. */
    public void setGatewayTimeout(long gatewayTimeout) {
        this.gatewayTimeout = gatewayTimeout;
    }

    public String getRxWindow() {
        return rxWindow;
    }

    /** The class A receive window downlinks go in: rx1 (the uplink's channel and data rate) or rx2 (fixed). */
    public void setRxWindow(String rxWindow) {
        this.rxWindow = rxWindow;
    }

    public int getRx1Delay() {
        return rx1Delay;
    }

    /** RECEIVE_DELAY1 in seconds, as the devices have it (1 unless a Join-Accept or MAC command changed it). */
    public void setRx1Delay(int rx1Delay) {
        this.rx1Delay = rx1Delay;
    }

    public int getRouteThreads() {
        return routeThreads;
    }

    /**
     * Threads running the consumer's route, off the network server's thread; each device's events stay in order on
     * one of them, different devices' run in parallel. 1 (the default) keeps every event in arrival order.
     */
    public void setRouteThreads(int routeThreads) {
        this.routeThreads = routeThreads;
    }

    public double getRx2Frequency() {
        return rx2Frequency;
    }

    /** RX2 frequency in MHz (EU868: 869.525). */
    public void setRx2Frequency(double rx2Frequency) {
        this.rx2Frequency = rx2Frequency;
    }

    public String getRx2DataRate() {
        return rx2DataRate;
    }

    /** RX2 data rate (EU868: SF12BW125). */
    public void setRx2DataRate(String rx2DataRate) {
        this.rx2DataRate = rx2DataRate;
    }

    public int getTxPower() {
        return txPower;
    }

    /** Transmit power of downlinks, dBm. */
    public void setTxPower(int txPower) {
        this.txPower = txPower;
    }

    public long getDownlinkTimeout() {
        return downlinkTimeout;
    }

    /** How long a downlink may wait for the device's next uplink and, if confirmed, its acknowledgement, ms. */
    public void setDownlinkTimeout(long downlinkTimeout) {
        this.downlinkTimeout = downlinkTimeout;
    }

    public int getFport() {
        return fport;
    }

    /** FPort of downlinks, 1..223 (0 carries MAC commands). */
    public void setFport(int fport) {
        this.fport = fport;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    /** Whether downlinks are confirmed: done when the device acknowledges them rather than when sent. */
    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
