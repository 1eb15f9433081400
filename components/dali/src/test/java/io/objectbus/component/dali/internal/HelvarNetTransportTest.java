// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.component.dali.GarbageAnswerException;
import io.objectbus.component.dali.frame.Address;
import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.DimmingCurve;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.GearCommand;
import io.objectbus.component.dali.frame.InstanceCommand;
import io.objectbus.component.dali.frame.SpecialCommand;
import io.objectbus.component.dali.sim.HelvarNetRouter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HelvarNet transport against a small HelvarNet router in the test on 127.0.0.1 ({@link HelvarNetRouter}), with
 * the command numbers of Helvar's "HelvarNet Overview" (Control Command Table, Query Commands, Query Replies Table):
 * 11 Recall Scene (Group), 12 Recall Scene (Device), 13 Direct Level (Group), 14 Direct Level (Device), 104 Query
 * Device Type, 112 Query Lamp Failure, 152 Query Load Level, error 11 for a device that does not exist. Devices
 * 1.2.1.4 and 1.2.1.5 (DALI A3, A4) are in HelvarNet group 2 (DALI G1).
 */
class HelvarNetTransportTest {

    private static final String A3 = "@1.2.1.4";
    private static final String A4 = "@1.2.1.5";

    private ServerSocket server;
    private HelvarNetRouter router;
    private DaliBus bus;

    @BeforeEach
    void start() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        router = new HelvarNetRouter(server).withDevice(A3, 2).withDevice(A4, 2);
        router.scene(4, A3, 80).scene(4, A4, 20);
        bus = new DaliBus(
                new HelvarNetTransport("127.0.0.1", server.getLocalPort(), "1.2.1", 2000, 1000),
                new BusTiming(1, 5),
                10,
                50,
                200);
        bus.start();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> LinkState.UP.equals(bus.state().state()));
    }

    @AfterEach
    void stop() throws IOException {
        bus.stop();
        server.close();
    }

    private BackwardFrame send(ForwardFrame frame) throws Exception {
        return bus.submit(List.of(frame), null).result().get(30, TimeUnit.SECONDS);
    }

    /** A command the router does not answer may be taken after the bus went on: wait for the router to see it. */
    private void awaitLevel(String device, int percent) {
        await().atMost(Duration.ofSeconds(30)).until(() -> router.level(device) == percent);
    }

    @Test
    void aDaliLevelBecomesCommand14DirectLevelInPercentOfTheDevice() throws Exception {
        send(ForwardFrame.dapc(Address.shortAddress(3), DimmingCurve.arc(50)));
        awaitLevel(A3, 51);
        // Arc level 226 (nearest 50 %) is 50.6 % of light output: HelvarNet gets whole percent.
        assertEquals(">V:2,C:14,L:51,F:0," + A3, router.received().get(0));
        assertEquals(
                BackwardFrame.answer(DimmingCurve.arc(50)),
                send(ForwardFrame.command(Address.shortAddress(3), GearCommand.QUERY_ACTUAL_LEVEL)));
        send(ForwardFrame.command(Address.shortAddress(3), GearCommand.OFF));
        awaitLevel(A3, 0);
    }

    @Test
    void recallMinLevelStaysOnAtOnePercentRatherThanRoundToOff() throws Exception {
        send(ForwardFrame.command(Address.shortAddress(3), GearCommand.RECALL_MIN_LEVEL));
        awaitLevel(A3, 1);
    }

    @Test
    void aLevelToADaliGroupIsCommand13DirectLevelToItsHelvarNetGroup() throws Exception {
        send(ForwardFrame.dapc(Address.group(1), DimmingCurve.arc(50)));
        awaitLevel(A3, 51);
        awaitLevel(A4, 51);
        assertEquals(List.of(">V:2,C:13,G:2,L:51,F:0"), router.received());
        send(ForwardFrame.command(Address.group(1), GearCommand.RECALL_MAX_LEVEL));
        awaitLevel(A4, 100);
    }

    @Test
    void goToSceneToAGroupIsCommand11RecallSceneInBlock1() throws Exception {
        send(ForwardFrame.command(Address.group(1), GearCommand.GO_TO_SCENE, 3));
        awaitLevel(A3, 80);
        awaitLevel(A4, 20);
        assertEquals(List.of(">V:2,C:11,G:2,B:1,S:4,F:0"), router.received());
    }

    @Test
    void goToSceneToAShortAddressIsCommand12RecallSceneOfTheDevice() throws Exception {
        send(ForwardFrame.command(Address.shortAddress(4), GearCommand.GO_TO_SCENE, 3));
        awaitLevel(A4, 20);
        assertEquals(0, router.level(A3));
        assertEquals(List.of(">V:2,C:12,B:1,S:4,F:0," + A4), router.received());
    }

    @Test
    void queryStatusIsCommand112LampFailureAsStatusBit1() throws Exception {
        assertEquals(
                BackwardFrame.answer(0), send(ForwardFrame.command(Address.shortAddress(3), GearCommand.QUERY_STATUS)));
        router.lampFailure(A3);
        assertEquals(
                BackwardFrame.answer(0b10),
                send(ForwardFrame.command(Address.shortAddress(3), GearCommand.QUERY_STATUS)));
    }

    @Test
    void whatDiscoveryAsksHasAnAnswerAndADeviceThatDoesNotExistIsNoAnswer() throws Exception {
        Address a3 = Address.shortAddress(3);
        assertEquals(
                BackwardFrame.answer(BackwardFrame.YES),
                send(ForwardFrame.command(a3, GearCommand.QUERY_CONTROL_GEAR_PRESENT)));
        assertEquals(
                BackwardFrame.none(),
                send(ForwardFrame.command(Address.shortAddress(9), GearCommand.QUERY_CONTROL_GEAR_PRESENT)));
        int before = router.received().size();
        // No HelvarNet query for these: the router clamps levels itself.
        assertEquals(BackwardFrame.answer(1), send(ForwardFrame.command(a3, GearCommand.QUERY_MIN_LEVEL)));
        assertEquals(BackwardFrame.answer(254), send(ForwardFrame.command(a3, GearCommand.QUERY_MAX_LEVEL)));
        assertEquals(BackwardFrame.none(), send(ForwardFrame.command(a3, GearCommand.QUERY_DEVICE_TYPE)));
        assertEquals(
                BackwardFrame.none(), send(ForwardFrame.deviceCommand(3, InstanceCommand.QUERY_NUMBER_OF_INSTANCES)));
        assertEquals(before, router.received().size());
    }

    @Test
    void aDevicesGroupsComeFrom164QueryGroupAskedOnceForHelvarNetGroups1To16() throws Exception {
        // A3 is in HelvarNet group 2, DALI group 1: bit 1 of QUERY GROUPS 0-7.
        Address a3 = Address.shortAddress(3);
        assertEquals(BackwardFrame.answer(0b10), send(ForwardFrame.command(a3, GearCommand.QUERY_GROUPS_0_7)));
        assertEquals(BackwardFrame.answer(0), send(ForwardFrame.command(a3, GearCommand.QUERY_GROUPS_8_15)));
        assertEquals(
                BackwardFrame.answer(0),
                send(ForwardFrame.command(Address.shortAddress(0), GearCommand.QUERY_GROUPS_0_7)));
        List<String> asked = router.received().stream()
                .filter(r -> r.startsWith(">V:2,C:164,"))
                .toList();
        assertEquals(HelvarNetGroups.GROUPS, asked.size());
        assertTrue(asked.contains(">V:2,C:164,G:1"), asked::toString);
        assertTrue(asked.contains(">V:2,C:164,G:16"), asked::toString);
    }

    @Test
    void aDeviceInSeveralRouterGroupsIsInEachOfTheirDaliGroupsAndOnlyItsOwnEntryCounts() throws Exception {
        // 164 Query Group answers the group's members ("?V:2,C:164,G:10=@1.2.1.6,..."): a device is found by its
        // own address in those lists, not by the address of another device on the same subnet.
        String a5 = "@1.2.1.6";
        router.withDevice(a5, 2, 10);
        Address address = Address.shortAddress(5);
        assertEquals(BackwardFrame.answer(0b10), send(ForwardFrame.command(address, GearCommand.QUERY_GROUPS_0_7)));
        // HelvarNet group 10 is DALI group 9: bit 1 of QUERY GROUPS 8-15.
        assertEquals(BackwardFrame.answer(0b10), send(ForwardFrame.command(address, GearCommand.QUERY_GROUPS_8_15)));
        assertEquals(
                BackwardFrame.answer(0),
                send(ForwardFrame.command(Address.shortAddress(4), GearCommand.QUERY_GROUPS_8_15)));
        // No request names a device: HelvarNet has no query of one device's groups.
        assertTrue(router.received().stream().noneMatch(r -> r.contains("C:164") && r.contains("@")));
    }

    @Test
    void aGroupAnswerThatIsNotAListOfDevicesIsGarbage() throws Exception {
        assertThrows(
                GarbageAnswerException.class, () -> HelvarNetAnswer.devices("?V:2,C:164,G:1=lamp,@1", "C:164,G:1"));
        assertThrows(GarbageAnswerException.class, () -> HelvarNetAnswer.devices("?V:2,C:152=@1.1.1.1", "C:164,G:1"));
        // An error answer is a group the router does not have.
        assertEquals(List.of(), HelvarNetAnswer.devices("!V:2,C:164,G:9=2", "C:164,G:9"));
    }

    @Test
    void aFrameHelvarNetCannotCarryIsRefusedAndTheLinkStays() throws Exception {
        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> send(ForwardFrame.command(Address.broadcast(), GearCommand.GO_TO_SCENE, 2)));
        assertTrue(
                e.getCause().getMessage().startsWith("HelvarNet carries no broadcast GO_TO_SCENE 2"),
                e.getCause().getMessage());
        assertThrows(ExecutionException.class, () -> send(ForwardFrame.special(SpecialCommand.INITIALISE, 0xFF)));
        assertEquals(LinkState.UP, bus.state().state());
    }

    @Test
    void aGarbageAnswerFailsTheQueryWithWhatCame() throws Exception {
        router.answerGarbage("?V:9,C:1=zz");
        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> send(ForwardFrame.command(Address.shortAddress(3), GearCommand.QUERY_ACTUAL_LEVEL)));
        assertTrue(
                e.getCause().getMessage().contains("answered '?V:9,C:1=zz'"),
                e.getCause().getMessage());
    }

    @Test
    void randomAnswersDecodeOrAreGarbageNeverAnythingElse() {
        Random random = new Random(50000);
        String alphabet = "?!V:2,C=15@.#0123456789x";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder s = new StringBuilder(i % 3 == 0 ? "?V:2,C:152,@1.1.1.1=" : "");
            for (int n = random.nextInt(12); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (HelvarNetCommands.Reply reply : HelvarNetCommands.Reply.values()) {
                try {
                    BackwardFrame b = HelvarNetAnswer.decode(s.toString(), "C:152,@1.1.1.1", reply);
                    assertTrue(b.kind() != BackwardFrame.Kind.ANSWER || b.value() <= 0xFF);
                } catch (GarbageAnswerException e) {
                    assertTrue(e.getMessage().startsWith("HelvarNet answered"), e.getMessage());
                }
            }
        }
    }
}
