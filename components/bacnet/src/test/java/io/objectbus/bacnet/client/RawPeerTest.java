// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import static io.objectbus.bacnet.support.TestNetwork.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.bacnet.internal.Apdu;
import io.objectbus.bacnet.internal.Bvlc;
import io.objectbus.bacnet.internal.Npdu;
import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.model.ErrorNames;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.PropertyIdentifier;
import io.objectbus.bacnet.sim.SimulatedBacnetDevice;
import io.objectbus.bacnet.stack.BacnetStack;
import io.objectbus.bacnet.stack.StackConfig;
import io.objectbus.bacnet.support.TestNetwork;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Frames written by hand, for what a simulated device on the same network cannot show: routing and forwarding. */
class RawPeerTest {
    private static DatagramSocket socket() throws Exception {
        DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        socket.setSoTimeout(5000);
        return socket;
    }

    private static void send(DatagramSocket socket, byte[] datagram, int port) throws Exception {
        socket.send(new DatagramPacket(datagram, datagram.length, InetAddress.getLoopbackAddress(), port));
    }

    private static byte[] receive(DatagramSocket socket) throws Exception {
        DatagramPacket packet = new DatagramPacket(new byte[1500], 1500);
        socket.receive(packet);
        return Arrays.copyOf(packet.getData(), packet.getLength());
    }

    @Test
    void aRequestFromARemoteNetworkIsAnsweredThroughItsRouterWithDnetAndDadr() throws Exception {
        // Clause 6.2.2: the router put SNET 7 / SADR 0x2A on the request; the answer goes back with DNET/DADR.
        try (SimulatedBacnetDevice device = SimulatedBacnetDevice.start(TestNetwork.deviceConfig(), 31, 0);
                DatagramSocket router = socket()) {
            send(router, hex("81 0A 0015 01 0C 0007 01 2A 00 05 01 0C 0C00000001 1955"), device.port());

            byte[] answer = receive(router);

            Bvlc.OriginalUnicastNpdu unicast = (Bvlc.OriginalUnicastNpdu) Bvlc.Serializer.decode(answer);
            Npdu npdu = Npdu.Serializer.decode(unicast.npdu());
            assertEquals(7, npdu.dnet());
            assertArrayEquals(hex("2A"), npdu.dadr());
            assertEquals(255, npdu.hopCount());
            Apdu.ComplexAck ack = (Apdu.ComplexAck) Apdu.Serializer.decode(npdu.payload());
            assertEquals(1, ack.invokeId());
        }
    }

    @Test
    void aForwardedWhoIsIsAnsweredToTheOriginatorNotTheBbmd() throws Exception {
        // Annex J.4.5: a Forwarded-NPDU carries the B/IP address of the device that broadcast it.
        try (SimulatedBacnetDevice device = SimulatedBacnetDevice.start(TestNetwork.deviceConfig(), 32, 0);
                DatagramSocket bbmd = socket();
                DatagramSocket originator = socket()) {
            byte[] origin = Bvlc.Serializer.encode(new Bvlc.ForwardedNpdu(
                    new InetSocketAddress("127.0.0.1", originator.getLocalPort()), hex("01 00 10 08")));
            send(bbmd, origin, device.port());

            byte[] answer = receive(originator);

            assertArrayEquals(hex("81 0A 0014 01 00 10 00 C402000020"), Arrays.copyOf(answer, 13));
        }
    }

    @Test
    void aSegmentedAnswerIsAbortedAndTheRequestFails() throws Exception {
        try (DatagramSocket device = socket();
                BacnetStack stack = BacnetStack.open(StackConfig.defaults().withLocalPort(0))) {
            BacnetAddress address = BacnetAddress.local(new InetSocketAddress("127.0.0.1", device.getLocalPort()));
            CompletableFuture<PropertyResult> read = stack.client()
                    .readProperty(address, ObjectIdentifier.device(1), PropertyIdentifier.OBJECT_LIST, null);
            byte[] request = receive(device);
            int invokeId = request[8] & 0xFF;

            // ComplexACK with SEG and MOR set, sequence 0, window 4 (clause 20.1.5).
            byte[] segment = hex("81 0A 000D 01 00 3C 00 00 04 0C 0C 02");
            segment[8] = (byte) invokeId;
            send(device, segment, stack.localPort());

            byte[] abort = receive(device);
            assertArrayEquals(hex("81 0A 0009 01 00 70"), Arrays.copyOf(abort, 7), "Abort from the client");
            assertEquals(ErrorNames.ABORT_SEGMENTATION_NOT_SUPPORTED, abort[8]);
            BacnetAbortException e = assertThrows(BacnetAbortException.class, () -> TestNetwork.await(read));
            assertEquals(ErrorNames.ABORT_SEGMENTATION_NOT_SUPPORTED, e.reason());
        }
    }

    @Test
    void aSegmentedRequestIsAbortedByTheDevice() throws Exception {
        // Clause 5.4.5: a device that cannot receive segments aborts with segmentation-not-supported (server).
        try (SimulatedBacnetDevice device = SimulatedBacnetDevice.start(TestNetwork.deviceConfig(), 34, 0);
                DatagramSocket peer = socket()) {
            send(peer, hex("81 0A 0011 01 04 0C 05 09 00 04 0C 0C00000001"), device.port());

            assertArrayEquals(hex("81 0A 0009 01 00 71 09 04"), receive(peer));
        }
    }

    @Test
    void networkLayerMessagesAreSkippedWithoutAnAnswer() throws Exception {
        try (SimulatedBacnetDevice device = SimulatedBacnetDevice.start(TestNetwork.deviceConfig(), 33, 0);
                DatagramSocket peer = socket()) {
            // Who-Is-Router-To-Network (clause 6.4.1), then an ordinary Who-Is.
            send(peer, hex("81 0A 0007 01 80 00"), device.port());
            send(peer, hex("81 0A 0008 01 00 10 08"), device.port());

            byte[] answer = receive(peer);

            assertTrue(answer.length > 8 && answer[6] == 0x10 && answer[7] == 0x00, "the first answer is the I-Am");
        }
    }
}
