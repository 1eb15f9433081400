// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.stack;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * How one BACnet/IP port is set up. Each process on a host needs its own UDP port; a device on loopback answers
 * broadcasts sent to 127.255.255.255 at its port.
 *
 * @param bindAddress      local address to bind, {@code 0.0.0.0} to receive broadcasts on every interface
 * @param localPort        local UDP port, 47808 (X'BAC0') by default; 0 picks a free one
 * @param broadcastAddress where local broadcasts (Who-Is, I-Am) go
 * @param broadcastPort    the UDP port of the devices that broadcasts are meant for
 * @param bbmd             a BBMD to register with as a foreign device (Annex J.5), or null
 * @param foreignDeviceTtl time-to-live of the foreign device registration; it is renewed at half of it
 * @param apduTimeout      how long to wait for the answer to a confirmed request before sending it again
 * @param apduRetries      how many times a confirmed request is sent again before it fails with a timeout
 * @param maxApdu          the largest APDU this port accepts and sends, 50..1476 octets
 */
public record StackConfig(
        String bindAddress,
        int localPort,
        String broadcastAddress,
        int broadcastPort,
        InetSocketAddress bbmd,
        Duration foreignDeviceTtl,
        Duration apduTimeout,
        int apduRetries,
        int maxApdu) {
    public static final int DEFAULT_PORT = 0xBAC0;

    /** Defaults: every interface, port 47808, broadcast to 255.255.255.255:47808, 3 s timeout, 3 retries. */
    public static StackConfig defaults() {
        return new StackConfig(
                "0.0.0.0",
                DEFAULT_PORT,
                "255.255.255.255",
                DEFAULT_PORT,
                null,
                Duration.ofSeconds(300),
                Duration.ofSeconds(3),
                3,
                1476);
    }

    public StackConfig withLocalPort(int port) {
        return new StackConfig(
                bindAddress,
                port,
                broadcastAddress,
                broadcastPort,
                bbmd,
                foreignDeviceTtl,
                apduTimeout,
                apduRetries,
                maxApdu);
    }

    public StackConfig withBroadcast(String address, int port) {
        return new StackConfig(
                bindAddress, localPort, address, port, bbmd, foreignDeviceTtl, apduTimeout, apduRetries, maxApdu);
    }

    public StackConfig withBbmd(InetSocketAddress address, Duration ttl) {
        return new StackConfig(
                bindAddress,
                localPort,
                broadcastAddress,
                broadcastPort,
                address,
                ttl,
                apduTimeout,
                apduRetries,
                maxApdu);
    }

    public StackConfig withTimeouts(Duration timeout, int retries) {
        return new StackConfig(
                bindAddress,
                localPort,
                broadcastAddress,
                broadcastPort,
                bbmd,
                foreignDeviceTtl,
                timeout,
                retries,
                maxApdu);
    }

    public StackConfig withMaxApdu(int octets) {
        return new StackConfig(
                bindAddress,
                localPort,
                broadcastAddress,
                broadcastPort,
                bbmd,
                foreignDeviceTtl,
                apduTimeout,
                apduRetries,
                octets);
    }
}
