// SPDX-License-Identifier: Apache-2.0
package io.objectbus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ports on 127.0.0.1 that nothing listens on at the moment of asking.
 *
 * <p>A port is handed out before whoever asked binds it, so another process may take it in between. The kernel's
 * own choice (port 0) is the likeliest to be taken: every other listener on port 0 and every outgoing connection
 * draws from the same ephemeral range. The ports come from below that range instead, each test JVM of a build
 * from its own slice (surefire's fork number), one after another, so that neither the kernel nor a parallel test
 * JVM hands out the same port meanwhile. Where the ephemeral range starts too low for that, the kernel chooses.
 */
public final class FreePorts {

    private static final int LOWEST = 10_000;
    private static final Slice SLICE = Slice.ofThisJvm();

    private FreePorts() {}

    public static int next() {
        if (SLICE == null) {
            return kernelChosen();
        }
        for (int tries = 0; tries < SLICE.size(); tries++) {
            int port = SLICE.next();
            if (bindable(port)) {
                return port;
            }
        }
        return kernelChosen();
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Without address reuse: a port with connections still in TIME_WAIT is passed over too.
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int kernelChosen() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This JVM's share of the ports below the ephemeral range, walked from a random start. */
    private record Slice(int first, int size, AtomicInteger cursor) {

        static Slice ofThisJvm() {
            int ephemeralStart = ephemeralRangeStart();
            int forks = Math.max(1, Integer.getInteger("objectbus.test.forks", 1));
            int fork = Math.floorMod(forkNumber() - 1, forks);
            int size = (ephemeralStart - LOWEST) / forks;
            if (size < 1_000) {
                return null;
            }
            return new Slice(
                    LOWEST + fork * size,
                    size,
                    new AtomicInteger(ThreadLocalRandom.current().nextInt(size)));
        }

        /** Surefire's fork number, 1 for the first, passed as "fork-N" (a bare placeholder would be dropped). */
        private static int forkNumber() {
            String digits = System.getProperty("objectbus.test.fork", "").replaceAll("\\D", "");
            return digits.isEmpty() ? 1 : Integer.parseInt(digits);
        }

        int next() {
            return first + Math.floorMod(cursor.getAndIncrement(), size);
        }

        private static int ephemeralRangeStart() {
            try {
                // Not readString: it reads as many bytes as the file's size, and files in /proc have none.
                String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
                        .get(0);
                return Integer.parseInt(range.trim().split("\\s+")[0]);
            } catch (IOException | RuntimeException notLinux) {
                return 49_152; // the IANA dynamic range, which Windows and macOS use
            }
        }
    }
}
