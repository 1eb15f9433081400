// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.internal;

import io.objectbus.component.lorawan.station.StationTransport;
import java.nio.file.Path;
import java.util.List;

/**
 * What a network server needs to run: where it listens, its network id, timing of deduplication, gateway liveness and
 * class A receive windows, its devices, and where sessions are kept.
 *
 * @param host              address to bind, e.g. 0.0.0.0
 * @param port              UDP port of the packet forwarder protocol, 0 for one the kernel picks
 * @param netId             24-bit NetID; its 7 low bits prefix the DevAddrs given to joining devices
 * @param dedupWindowMillis how long the same frame from further gateways is collected into one uplink
 * @param gatewayTimeoutMillis silence (no PULL_DATA) after which a gateway is down
 * @param rx2               whether downlinks go in RX2 (fixed frequency and data rate) rather than RX1
 * @param rx1DelaySeconds   RECEIVE_DELAY1 of data frames; RX2 is a second later
 * @param rx2Frequency      RX2 frequency, MHz
 * @param rx2DataRate       RX2 data rate, e.g. SF12BW125
 * @param txPower           transmit power of downlinks, dBm
 * @param downlinkTimeoutMillis how long a queued downlink waits to be sent and, if confirmed, acknowledged
 * @param sessionFile       JSON file of sessions and counters, or null to keep them in memory only
 * @param abp               devices activated by personalisation
 * @param otaa              devices that may join over the air
 * @param packetForwarder   whether gateways running the Semtech UDP packet forwarder are served (on port)
 * @param basicsStation     whether gateways running LoRa Basics Station are served (on stationPort)
 * @param stationPort       TCP port of the Basics Station WebSocket server, 0 for one the kernel picks
 * @param stationTls        TLS of the Basics Station server, or null for plain WebSocket
 */
public record ServerSettings(
        String host,
        int port,
        int netId,
        long dedupWindowMillis,
        long gatewayTimeoutMillis,
        boolean rx2,
        int rx1DelaySeconds,
        double rx2Frequency,
        String rx2DataRate,
        int txPower,
        long downlinkTimeoutMillis,
        Path sessionFile,
        List<AbpDevice> abp,
        List<OtaaDevice> otaa,
        boolean packetForwarder,
        boolean basicsStation,
        int stationPort,
        StationTransport.Tls stationTls) {}
