// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.dali;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.SpecialCommand;
import io.objectbus.component.dali.sim.SimulatedBus;
import io.objectbus.component.dali.sim.SimulatedGear;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Random address allocation (IEC 62386-102 clause 9.14) and discovery on a simulated bus. */
class CommissioningTest {

    private final SimulatedBus bus = new SimulatedBus(42);

    @Test
    void unaddressedGearGetFreeShortAddressesAndAddressedGearKeepTheirs() throws Exception {
        bus.add(new SimulatedGear(0, 0x000100).withLevel(254));
        bus.add(new SimulatedGear(2, 0x000200));
        for (int i = 0; i < 4; i++) {
            bus.add(new SimulatedGear(-1, 0));
        }
        List<Commissioning.Progress> progress = new ArrayList<>();
        Commissioning.Result result = new Commissioning(new SimLink(bus), Set.of(0, 2), progress::add).run();

        assertEquals(List.of(1, 3, 4, 5), result.programmed().stream().sorted().toList());
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        Set<Integer> addresses =
                bus.gear().stream().map(SimulatedGear::shortAddress).collect(Collectors.toSet());
        assertEquals(Set.of(0, 1, 2, 3, 4, 5), addresses);
        assertEquals(254, bus.gearAt(0).level(), "addressed gear was not disturbed");
        assertEquals(0x000100, bus.gearAt(0).randomAddress(), "addressed gear was not randomised");
        assertEquals("done: 4 gear addressed", progress.get(progress.size() - 1).message());
        assertEquals("TERMINATE 0", bus.log().get(bus.log().size() - 1));
    }

    @Test
    void progressCountsTheGearFoundFirstThenHowManyOfThemGotAnAddress() throws Exception {
        bus.add(new SimulatedGear(0, 0x000100));
        for (int i = 0; i < 3; i++) {
            bus.add(new SimulatedGear(-1, 0));
        }
        List<Commissioning.Progress> progress = new ArrayList<>();
        new Commissioning(new SimLink(bus), Set.of(0), progress::add).run();

        List<String> doneOf =
                progress.stream().map(p -> p.programmed() + "/" + p.expected()).toList();
        assertEquals(List.of("0/0", "0/1", "0/2", "0/3", "1/3", "2/3", "3/3", "3/3"), doneOf);
        assertTrue(progress.get(1).message().startsWith("found gear at random address "), progress.toString());
        assertTrue(progress.get(4).message().endsWith(" is A1"), progress.toString());
        assertEquals("done: 3 gear addressed", progress.get(7).message());
    }

    @Test
    void gearThatVanishesMidCommissioningIsReportedAndTheRestAreAddressed() throws Exception {
        bus.add(new SimulatedGear(-1, 0));
        bus.add(new SimulatedGear(-1, 0));
        BusLink link = new SimLink(bus);
        boolean[] gone = {false};
        BusLink vanishing = frames -> {
            if (!gone[0] && frames[0].firstByte() == SpecialCommand.PROGRAM_SHORT_ADDRESS.code()) {
                // The gear the search just found (the lowest random address) loses power before it takes A0.
                gone[0] = true;
                bus.gear().stream()
                        .min(Comparator.comparingInt(SimulatedGear::randomAddress))
                        .ifPresent(bus::remove);
                return BackwardFrame.none();
            }
            return link.send(frames);
        };
        Commissioning.Result result = new Commissioning(vanishing, Set.of(), p -> {}).run();
        assertEquals(List.of(0), result.programmed());
        assertEquals(1, result.problems().size());
        assertTrue(
                result.problems().get(0).contains("did not confirm A0"),
                result.problems().get(0));
        assertEquals(0, bus.gear().get(0).shortAddress());
    }

    @Test
    void discoveryFindsGearWithTheirGroupsAndLimitsAndReportsAnAddressUsedTwice() throws Exception {
        bus.add(new SimulatedGear(3, 1).withLimits(20, 200).inGroups(0, 9).withLevel(100));
        bus.add(new SimulatedGear(7, 2));
        bus.add(new SimulatedGear(7, 3));
        Discovery.Result result = Discovery.scan(new SimLink(bus));
        assertEquals(1, result.gear().size());
        GearInfo gear = result.gear().get(0);
        assertEquals(new GearInfo(3, 6, 1 | 1 << 9, 20, 200, 100, GearStatus.decode(4)), gear);
        assertEquals(List.of(0, 9), gear.groupList());
        assertEquals(List.of("more than one control gear answers at short address A7"), result.problems());
    }
}
