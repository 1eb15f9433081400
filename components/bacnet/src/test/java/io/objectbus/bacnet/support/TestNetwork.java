// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.support;

import io.objectbus.bacnet.client.BacnetException;
import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.stack.StackConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Loopback ports chosen at run time, never 47808, and helpers to wait for client futures. */
public final class TestNetwork {
    public static final String LOOPBACK_BROADCAST = "127.255.255.255";

    private TestNetwork() {}

    /** Octets from hex digits; spaces are for legibility. */
    public static byte[] hex(String text) {
        return java.util.HexFormat.of().parseHex(text.replace(" ", ""));
    }

    /** A UDP port that was free a moment ago. */
    public static int freePort() {
        try (DatagramSocket socket = new DatagramSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port on every interface whose broadcasts reach a device listening on {@code devicePort}. */
    public static StackConfig clientConfig(int devicePort) {
        return StackConfig.defaults()
                .withLocalPort(0)
                .withBroadcast(LOOPBACK_BROADCAST, devicePort)
                .withTimeouts(Duration.ofMillis(300), 2);
    }

    public static StackConfig deviceConfig() {
        int port = freePort();
        return StackConfig.defaults().withLocalPort(port).withBroadcast(LOOPBACK_BROADCAST, port);
    }

    public static BacnetAddress loopback(int port) {
        return BacnetAddress.local(new InetSocketAddress("127.0.0.1", port));
    }

    /** The future's value, or its BACnet failure rethrown as such (not wrapped). */
    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new BacnetException(e.getCause().toString());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("no result within 10 s", e);
        }
    }
}
