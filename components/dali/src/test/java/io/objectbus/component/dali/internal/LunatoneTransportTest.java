// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.component.dali.DaliException;
import io.objectbus.component.dali.frame.Address;
import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.DimmingCurve;
import io.objectbus.component.dali.frame.EventMessage;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.GearCommand;
import io.objectbus.component.dali.frame.SpecialCommand;
import io.objectbus.component.dali.sim.LunatoneGatewaySimulator;
import io.objectbus.component.dali.sim.SimulatedBus;
import io.objectbus.component.dali.sim.SimulatedGear;
import io.objectbus.component.dali.sim.SimulatedInputDevice;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Lunatone transport against a small DALI-2 IoT gateway in the test on 127.0.0.1 ({@link LunatoneGatewaySimulator})
 * speaking the gateway's formats: {@code GET /info} of its REST API (openapi.json "Dali IoT" 1.10.3/1.3.0, InfoModel),
 * and on its WebSocket (protocol version 1.0) {@code daliFrame} with line, numberOfBits, mode and daliData,
 * acknowledged {@code daliFrame} result 0, {@code daliAnswer} result 0 (none), 8 (daliData), 63 (framing error), and
 * {@code daliMonitor} bits/data for frames seen on the bus.
 */
class LunatoneTransportTest {

    private final SimulatedBus simulated = new SimulatedBus(7);
    private final SimulatedGear a3 =
            simulated.add(new SimulatedGear(3, 0x10).withLimits(1, 254).withLevel(0));
    private LunatoneGatewaySimulator gateway;
    private DaliBus bus;

    @BeforeEach
    void start() throws IOException {
        simulated.add(new SimulatedGear(5, 0x11).inGroups(1));
        simulated.add(new SimulatedGear(6, 0x12).inGroups(1));
        gateway = new LunatoneGatewaySimulator(simulated, 0);
        bus = new DaliBus(
                new LunatoneTransport("127.0.0.1", gateway.port(), 2000, 1000), new BusTiming(1, 5), 10, 50, 200);
        bus.start();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> LinkState.UP.equals(bus.state().state()));
    }

    @AfterEach
    void stop() throws IOException {
        bus.stop();
        gateway.close();
    }

    private BackwardFrame send(ForwardFrame frame) throws Exception {
        return bus.submit(List.of(frame), null).result().get(30, TimeUnit.SECONDS);
    }

    @Test
    void aLevelGoesOutAsADaliFrameAndTheGearTakesIt() throws Exception {
        send(ForwardFrame.dapc(Address.shortAddress(3), DimmingCurve.arc(50)));
        assertEquals(DimmingCurve.arc(50), a3.level());
    }

    @Test
    void aQueryIsAnsweredWithTheGearsValueThroughDaliAnswer() throws Exception {
        send(ForwardFrame.dapc(Address.shortAddress(3), 200));
        assertEquals(
                BackwardFrame.answer(200),
                send(ForwardFrame.command(Address.shortAddress(3), GearCommand.QUERY_ACTUAL_LEVEL)));
    }

    @Test
    void absentGearIsNoAnswerAndTwoAnsweringGearAreACollision() throws Exception {
        assertEquals(
                BackwardFrame.none(),
                send(ForwardFrame.command(Address.shortAddress(40), GearCommand.QUERY_CONTROL_GEAR_PRESENT)));
        assertEquals(
                BackwardFrame.collision(),
                send(ForwardFrame.command(Address.group(1), GearCommand.QUERY_CONTROL_GEAR_PRESENT)));
    }

    @Test
    void configurationCommandsSentTwiceWithinTheWindowTakeEffect() throws Exception {
        bus.submit(
                        List.of(
                                ForwardFrame.special(SpecialCommand.DTR0, 120),
                                ForwardFrame.command(Address.shortAddress(3), GearCommand.SET_MAX_LEVEL)),
                        null)
                .result()
                .get(30, TimeUnit.SECONDS);
        assertEquals(
                BackwardFrame.answer(120),
                send(ForwardFrame.command(Address.shortAddress(3), GearCommand.QUERY_MAX_LEVEL)));
    }

    @Test
    void anInputDevicesEventMessageOnTheMonitorReachesTheFrameListener() {
        simulated.add(new SimulatedInputDevice(4, List.of(EventMessage.PUSH_BUTTON)));
        List<ForwardFrame> frames = new CopyOnWriteArrayList<>();
        bus.addFrameListener(frames::add);
        simulated.emit(new EventMessage(EventMessage.Scheme.DEVICE_INSTANCE, 4, -1, 0, -1, 2));
        await().atMost(Duration.ofSeconds(30)).until(() -> !frames.isEmpty());
        assertEquals(0x088002, frames.get(0).data());
        assertEquals(1, frames.size(), "our own frames on the monitor are no events");
    }

    @Test
    void aFrameTheGatewayDidNotSendFailsWithItsReasonAndTheLinkStays() throws Exception {
        gateway.refuseNextWith(1);
        ExecutionException e =
                assertThrows(ExecutionException.class, () -> send(ForwardFrame.dapc(Address.shortAddress(3), 100)));
        assertTrue(
                e.getCause().getMessage().endsWith("did not send 16:0664: the DALI bus has no power"),
                e.getCause().getMessage());
        assertEquals(LinkState.UP, bus.state().state());
        send(ForwardFrame.dapc(Address.shortAddress(3), 100));
        assertEquals(100, a3.level());
    }

    @Test
    void garbageFailsTheCommandWithTheTextAndTheNextCommandGoesThrough() throws Exception {
        gateway.answerGarbageToLevels(true);
        ExecutionException e =
                assertThrows(ExecutionException.class, () -> send(ForwardFrame.dapc(Address.shortAddress(3), 100)));
        assertEquals(DaliException.class, e.getCause().getClass());
        assertTrue(
                e.getCause().getMessage().contains("gateway sent '}{ not json': not JSON"),
                e.getCause().getMessage());
        gateway.answerGarbageToLevels(false);
        send(ForwardFrame.dapc(Address.shortAddress(3), 90));
        assertEquals(90, a3.level());
    }

    @Test
    void aGatewayThatDropsTheWebSocketIsLostAndReconnected() throws Exception {
        List<LinkState> states = new CopyOnWriteArrayList<>();
        bus.addStateListener(states::add);
        gateway.dropClients();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> states.stream().anyMatch(s -> LinkState.DOWN.equals(s.state())));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> LinkState.UP.equals(bus.state().state()));
        send(ForwardFrame.dapc(Address.shortAddress(3), 80));
        assertEquals(80, a3.level());
    }

    @Test
    void somethingThatIsNoDali2IotIsRefusedAtOpenWithWhatItAnswered() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> answer404(other));
            t.setDaemon(true);
            t.start();
            LunatoneTransport t2 = new LunatoneTransport("127.0.0.1", other.getLocalPort(), 2000, 1000);
            IOException e = assertThrows(IOException.class, t2::open);
            assertEquals(
                    "Lunatone 127.0.0.1:" + other.getLocalPort()
                            + ": GET /info answered 404, not a DALI-2 IoT gateway's info",
                    e.getMessage());
            t2.close();
        }
    }

    private static void answer404(ServerSocket server) {
        try (var s = server.accept()) {
            s.getInputStream().read(new byte[4096]);
            s.getOutputStream()
                    .write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes());
        } catch (IOException e) {
            // the test's assertion says what went wrong
        }
    }
}
