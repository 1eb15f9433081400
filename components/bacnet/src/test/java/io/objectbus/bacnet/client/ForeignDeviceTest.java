// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import static io.objectbus.bacnet.support.TestNetwork.hex;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.bacnet.stack.BacnetStack;
import io.objectbus.bacnet.stack.StackConfig;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Registration with a BBMD as a foreign device (Annex J.5), against a socket that plays the BBMD. */
class ForeignDeviceTest {

    private static byte[] receive(DatagramSocket socket) throws Exception {
        DatagramPacket packet = new DatagramPacket(new byte[1500], 1500);
        socket.receive(packet);
        return Arrays.copyOf(packet.getData(), packet.getLength());
    }

    @Test
    void registrationIsRenewedWithinItsTimeToLiveAndBroadcastsGoThroughTheBbmd() throws Exception {
        try (DatagramSocket bbmd = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            bbmd.setSoTimeout(5000);
            StackConfig config = StackConfig.defaults()
                    .withLocalPort(0)
                    .withBbmd(new InetSocketAddress("127.0.0.1", bbmd.getLocalPort()), Duration.ofSeconds(1));
            long start = System.nanoTime();
            try (BacnetStack stack = BacnetStack.open(config)) {
                // J.2.6: Register-Foreign-Device, X'81 05 0006', time-to-live 1 s; renewed at half of it.
                assertArrayEquals(hex("81 05 0006 0001"), receive(bbmd));
                assertArrayEquals(hex("81 05 0006 0001"), receive(bbmd));
                long elapsed = Duration.ofNanos(System.nanoTime() - start).toMillis();
                assertTrue(elapsed >= 400 && elapsed < 1000, "renewed after " + elapsed + " ms");

                stack.client().whoIs(-1, -1);

                byte[] distributed;
                do {
                    distributed = receive(bbmd);
                } while (distributed[1] == 0x05);
                // J.2.12: Distribute-Broadcast-To-Network carrying a global Who-Is.
                assertArrayEquals(hex("81 09 000C 01 20 FFFF 00 FF 10 08"), distributed);
            }
        }
    }

    @Test
    void aBvlcResultNakIsLoggedAndThePortGoesOnReceiving() throws Exception {
        try (BacnetStack stack = BacnetStack.open(StackConfig.defaults().withLocalPort(0));
                DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            BacnetClient client = stack.client();
            byte[] nak = hex("81 00 0006 0030");
            byte[] iAm = hex("81 0B 0014 01 00 10 00 C402000003 220400 9103 2163");
            peer.send(new DatagramPacket(nak, nak.length, InetAddress.getLoopbackAddress(), stack.localPort()));
            peer.send(new DatagramPacket(iAm, iAm.length, InetAddress.getLoopbackAddress(), stack.localPort()));

            await().atMost(Duration.ofSeconds(5))
                    .until(() -> client.knownDevices().containsKey(3));
            assertEquals(1024, client.knownDevices().get(3).maxApdu());
        }
    }
}
