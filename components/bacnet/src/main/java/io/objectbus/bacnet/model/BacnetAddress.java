// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.model;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Where a BACnet device is: the B/IP address (IP and UDP port) of the device itself, or of the router in front of
 * it together with the remote network number and the device's MAC address on that network (DNET/DADR, clause 6.2.2).
 *
 * @param socket  the BACnet/IP address the datagrams go to
 * @param network 0 for the local network, else the remote network number 1..65534
 * @param mac     the device's MAC address on the remote network; empty for a local device
 */
public record BacnetAddress(InetSocketAddress socket, int network, byte[] mac) {

    public BacnetAddress {
        if (network < 0 || network > 0xFFFE) {
            throw new IllegalArgumentException("network number out of range 0..65534: " + network);
        }
        mac = mac == null ? new byte[0] : mac.clone();
    }

    /** A device on the local BACnet/IP network. */
    public static BacnetAddress local(InetSocketAddress socket) {
        return new BacnetAddress(socket, 0, new byte[0]);
    }

    /** Parses {@code host:port}, optionally followed by {@code /network/machex} for a routed device. */
    public static BacnetAddress parse(String text) {
        String[] parts = text.trim().split("/");
        int colon = parts[0].lastIndexOf(':');
        InetSocketAddress socket = colon < 0
                ? new InetSocketAddress(parts[0], 0xBAC0)
                : new InetSocketAddress(parts[0].substring(0, colon), Integer.parseInt(parts[0].substring(colon + 1)));
        if (parts.length == 1) {
            return local(socket);
        }
        byte[] mac = parts.length > 2 ? HexFormat.of().parseHex(parts[2]) : new byte[0];
        return new BacnetAddress(socket, Integer.parseInt(parts[1]), mac);
    }

    public boolean isRemote() {
        return network != 0;
    }

    @Override
    public byte[] mac() {
        return mac.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BacnetAddress other
                && socket.equals(other.socket)
                && network == other.network
                && Arrays.equals(mac, other.mac);
    }

    @Override
    public int hashCode() {
        return (socket.hashCode() * 31 + network) * 31 + Arrays.hashCode(mac);
    }

    @Override
    public String toString() {
        String ip = socket.getAddress() != null ? socket.getAddress().getHostAddress() : socket.getHostString();
        String base = ip + ":" + socket.getPort();
        return network == 0 ? base : base + "/" + network + "/" + HexFormat.of().formatHex(mac);
    }
}
