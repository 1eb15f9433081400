// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.sim;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.component.enocean.Hex;
import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.Esp3Packet;
import io.objectbus.component.enocean.frame.FrameException;
import io.objectbus.component.enocean.frame.Rorg;
import io.objectbus.component.enocean.internal.GatewayConnection;
import io.objectbus.component.enocean.internal.TcpTransportFactory;
import io.objectbus.component.support.Backoff;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator streams real ESP3 bytes over 127.0.0.1; the gateway connection survives the line faults. */
class GatewaySimulatorStreamTest {

    private GatewaySimulator simulator;
    private GatewayConnection connection;
    private final List<Erp1Telegram> telegrams = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startSimulator() throws Exception {
        simulator = new GatewaySimulator(InetAddress.getLoopbackAddress(), 0, 0xFF800000).start();
    }

    @AfterEach
    void stopAll() {
        if (connection != null) {
            connection.stop();
        }
        simulator.close();
    }

    private void connect() {
        connection = new GatewayConnection(
                "sim", new TcpTransportFactory("127.0.0.1", simulator.port(), 2000), new Backoff(20, 200));
        connection.addListener(packet -> {
            try {
                telegrams.add(Erp1Telegram.Serializer.decode(packet));
            } catch (FrameException e) {
                throw new IllegalStateException(e);
            }
        });
        connection.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> connection.isConnected() && simulator.clients() == 1);
    }

    private static Erp1Telegram telegram(int n) {
        return Erp1Telegram.outgoing(Rorg.BS4, new byte[] {0, (byte) n, 0x55, 0x08}, 0x01810000 + n);
    }

    @Test
    void theStreamOnTheWireIsTheExactEsp3Frame() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), simulator.port())) {
            await().until(() -> simulator.clients() == 1);
            Erp1Telegram t = telegram(1);
            simulator.emit(t);
            byte[] expected = Esp3Packet.Serializer.encode(Erp1Telegram.Serializer.encode(t));
            InputStream in = socket.getInputStream();
            assertEquals(Hex.of(expected), Hex.of(in.readNBytes(expected.length)));
        }
    }

    @Test
    void garbageSplitFramesAndBadCrcsLoseOnlyTheCorruptedTelegrams() {
        connect();
        simulator.faults().garbage(true).split(true).corruptEvery(3);
        List<Erp1Telegram> expected = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            simulator.emit(telegram(n));
            if (n % 3 != 0) {
                expected.add(telegram(n));
            }
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> telegrams.size() >= expected.size());
        assertEquals(senders(expected), senders(telegrams));
        assertEquals(10, simulator.faults().corrupted());
    }

    @Test
    void theConnectionComesBackAfterTheRelayDropsIt() {
        connect();
        simulator.dropClients();
        await().atMost(Duration.ofSeconds(10)).until(() -> connection.isConnected() && simulator.clients() == 1);
        simulator.emit(telegram(7));
        await().atMost(Duration.ofSeconds(5)).until(() -> !telegrams.isEmpty());
        assertEquals(telegram(7).senderId(), telegrams.get(0).senderId());
    }

    @Test
    void theDefaultSiteStreamsEveryDeviceAndItsTeachIns() throws Exception {
        try (GatewaySimulator site = DefaultSite.start(0, 0)) {
            simulator.close();
            simulator = site;
            connect();
            site.emitAll();
            site.devices().forEach(d -> d.teachIn().ifPresent(site::emit));
            await().atMost(Duration.ofSeconds(5)).until(() -> telegrams.size() == 5 + 3);
            assertTrue(telegrams.stream().anyMatch(t -> t.rorg() == Rorg.UTE), "UTE teach-in of the actuator");
        }
    }

    private static List<String> senders(List<Erp1Telegram> list) {
        return list.stream().map(t -> Integer.toHexString(t.senderId())).toList();
    }
}
