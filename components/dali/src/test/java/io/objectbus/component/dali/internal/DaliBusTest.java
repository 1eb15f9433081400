// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.component.dali.DaliException;
import io.objectbus.component.dali.frame.Address;
import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.EventMessage;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.GearCommand;
import io.objectbus.component.dali.frame.SpecialCommand;
import io.objectbus.component.dali.sim.DaliServerSimulator;
import io.objectbus.component.dali.sim.SimulatedBus;
import io.objectbus.component.dali.sim.SimulatedGear;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The command queue against a simulated bus behind a daliserver on 127.0.0.1, on a port the kernel picked. */
class DaliBusTest {

    private final SimulatedBus simulated = new SimulatedBus(7);
    private DaliServerSimulator server;
    private DaliBus bus;

    @BeforeEach
    void start() throws Exception {
        simulated.add(new SimulatedGear(0, 0x111111).withLimits(10, 200).inGroups(1));
        simulated.add(new SimulatedGear(1, 0x222222).inGroups(1));
        server = new DaliServerSimulator(simulated, 0);
        bus = new DaliBus(
                new DaliServerTransport("127.0.0.1", server.port(), 2000, 1000), new BusTiming(2, 5), 5, 50, 200);
        bus.start();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> LinkState.UP.equals(bus.state().state()));
    }

    @AfterEach
    void stop() throws Exception {
        bus.stop();
        server.close();
    }

    private BackwardFrame send(ForwardFrame... frames) throws Exception {
        return bus.submit(List.of(frames), null).result().get(30, TimeUnit.SECONDS);
    }

    @Test
    void aLevelReachesTheGearAndItsQueryAnswersIt() throws Exception {
        send(ForwardFrame.dapc(Address.shortAddress(1), 128));
        assertEquals(128, simulated.gearAt(1).level());
        assertEquals(
                BackwardFrame.answer(128),
                send(ForwardFrame.command(Address.shortAddress(1), GearCommand.QUERY_ACTUAL_LEVEL)));
    }

    @Test
    void aConfigurationCommandGoesTwiceAndTakesEffect() throws Exception {
        send(
                ForwardFrame.special(SpecialCommand.DTR0, 150),
                ForwardFrame.command(Address.shortAddress(0), GearCommand.SET_MAX_LEVEL));
        assertEquals(
                BackwardFrame.answer(150),
                send(ForwardFrame.command(Address.shortAddress(0), GearCommand.QUERY_MAX_LEVEL)));
        long twice = simulated.log().stream()
                .filter(l -> l.equals("A0 SET_MAX_LEVEL"))
                .count();
        assertEquals(2, twice);
    }

    @Test
    void noAnswerAndACollisionAreToldApart() throws Exception {
        assertEquals(
                BackwardFrame.none(),
                send(ForwardFrame.command(Address.shortAddress(9), GearCommand.QUERY_CONTROL_GEAR_PRESENT)));
        assertEquals(
                BackwardFrame.collision(),
                send(ForwardFrame.command(Address.broadcast(), GearCommand.QUERY_ACTUAL_LEVEL)));
        assertEquals(
                BackwardFrame.collision(),
                send(ForwardFrame.command(Address.group(1), GearCommand.QUERY_CONTROL_GEAR_PRESENT)));
    }

    @Test
    void aWaitingLevelCommandIsReplacedByALaterOneToTheSameAddress() throws Exception {
        // Keep the bus busy with queries so that the level commands wait behind them.
        for (int i = 0; i < 3; i++) {
            bus.submit(List.of(ForwardFrame.command(Address.shortAddress(0), GearCommand.QUERY_STATUS)), null);
        }
        DaliBus.Queued first = bus.submit(List.of(ForwardFrame.dapc(Address.shortAddress(1), 50)), "level:A1");
        DaliBus.Queued second = bus.submit(List.of(ForwardFrame.dapc(Address.shortAddress(1), 90)), "level:A1");
        assertTrue(second.merged());
        first.result().get(30, TimeUnit.SECONDS);
        assertEquals(90, simulated.gearAt(1).level());
        assertTrue(
                simulated.log().stream().noneMatch(l -> l.equals("A1 DAPC 50")), "the superseded level never went out");
    }

    @Test
    void aFullQueueRefusesAtOnceAndTheBusGoesOn() throws Exception {
        List<DaliBus.Queued> queued = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 20; i++) {
            queued.add(
                    bus.submit(List.of(ForwardFrame.command(Address.shortAddress(0), GearCommand.QUERY_STATUS)), null));
        }
        ExecutionException refused = assertThrows(
                ExecutionException.class, () -> queued.get(19).result().get(1, TimeUnit.SECONDS));
        assertTrue(
                refused.getCause().getMessage().contains("queue capacity 5"),
                refused.getCause().getMessage());
        await().atMost(Duration.ofSeconds(30)).until(() -> bus.depth() == 0);
        assertTrue(send(ForwardFrame.command(Address.shortAddress(0), GearCommand.QUERY_STATUS))
                .isAnswer());
    }

    @Test
    void aGarbageAnswerFailsThatCommandWithTheBytesAndTheLinkStays() throws Exception {
        server.answerGarbageOnce();
        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> send(ForwardFrame.command(Address.shortAddress(0), GearCommand.QUERY_STATUS)));
        assertTrue(
                e.getCause().getMessage().contains("answered 7f 42 13 37"),
                e.getCause().getMessage());
        assertEquals(LinkState.UP, bus.state().state());
        assertTrue(send(ForwardFrame.command(Address.shortAddress(0), GearCommand.QUERY_STATUS))
                .isAnswer());
    }

    @Test
    void garbageAnswersInARowReopenTheLinkAndTheBusGoesOn() throws Exception {
        List<LinkState> states = new CopyOnWriteArrayList<>();
        bus.addStateListener(states::add);
        for (int i = 0; i < 3; i++) {
            server.answerGarbageOnce();
            assertThrows(
                    ExecutionException.class,
                    () -> send(ForwardFrame.command(Address.shortAddress(0), GearCommand.QUERY_STATUS)));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> states.stream().anyMatch(s -> s.state().equals("down")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> LinkState.UP.equals(bus.state().state()));
        assertTrue(send(ForwardFrame.command(Address.shortAddress(0), GearCommand.QUERY_STATUS))
                .isAnswer());
    }

    @Test
    void aLostGatewayTurnsTheLinkDownAndCommandsFailAtOnce() throws Exception {
        List<LinkState> states = new CopyOnWriteArrayList<>();
        bus.addStateListener(states::add);
        server.close();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            bus.submit(List.of(ForwardFrame.command(Address.shortAddress(0), GearCommand.QUERY_STATUS)), null);
            return LinkState.DOWN.equals(bus.state().state());
        });
        ExecutionException e =
                assertThrows(ExecutionException.class, () -> send(ForwardFrame.dapc(Address.shortAddress(0), 1)));
        assertTrue(e.getCause() instanceof DaliException);
        assertTrue(e.getCause().getMessage().contains("is down"), e.getCause().getMessage());
        assertTrue(states.stream().anyMatch(s -> s.state().equals(LinkState.DOWN)));
    }

    @Test
    void inputDeviceEventsComeFromTheGatewayBetweenCommands() {
        List<ForwardFrame> frames = new CopyOnWriteArrayList<>();
        bus.addFrameListener(frames::add);
        simulated.emit(new EventMessage(EventMessage.Scheme.DEVICE_INSTANCE, 4, -1, 0, -1, 2));
        await().atMost(Duration.ofSeconds(30)).until(() -> !frames.isEmpty());
        assertEquals(0x088002, frames.get(0).data());
    }
}
