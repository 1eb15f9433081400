// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.dali;

import io.objectbus.component.dali.frame.Address;
import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.GearCommand;
import io.objectbus.component.dali.frame.InstanceCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds what is on a bus by asking each short address 0..63: control gear (IEC 62386-102: present, device type,
 * groups, min/max, level, status) and control devices (103: number of instances and their types). Two answers at
 * one address (a collision) are a problem of the bus, reported, and the address is skipped.
 */
public final class Discovery {

    private final BusLink link;
    private final List<String> problems = new ArrayList<>();

    private Discovery(BusLink link) {
        this.link = link;
    }

    /** What answered, with the problems met on the way. */
    public record Result(List<GearInfo> gear, List<InputDeviceInfo> devices, List<String> problems) {}

    public static Result scan(BusLink link) throws Exception {
        Discovery d = new Discovery(link);
        List<GearInfo> gear = new ArrayList<>();
        List<InputDeviceInfo> devices = new ArrayList<>();
        for (int a = 0; a < 64; a++) {
            GearInfo g = d.gear(a);
            if (g != null) {
                gear.add(g);
            }
            InputDeviceInfo device = d.device(a);
            if (device != null) {
                devices.add(device);
            }
        }
        return new Result(gear, devices, List.copyOf(d.problems));
    }

    /** The gear at a short address, or null when none answers. */
    public static GearInfo gearAt(BusLink link, int shortAddress) throws Exception {
        return new Discovery(link).gear(shortAddress);
    }

    private GearInfo gear(int a) throws Exception {
        Address at = Address.shortAddress(a);
        BackwardFrame present = link.send(ForwardFrame.command(at, GearCommand.QUERY_CONTROL_GEAR_PRESENT));
        if (!present.isAnswer()) {
            if (present.kind() == BackwardFrame.Kind.COLLISION) {
                problems.add("more than one control gear answers at short address A" + a);
            }
            return null;
        }
        int groups = query(at, GearCommand.QUERY_GROUPS_0_7) | query(at, GearCommand.QUERY_GROUPS_8_15) << 8;
        return new GearInfo(
                a,
                query(at, GearCommand.QUERY_DEVICE_TYPE),
                groups,
                query(at, GearCommand.QUERY_MIN_LEVEL),
                query(at, GearCommand.QUERY_MAX_LEVEL),
                query(at, GearCommand.QUERY_ACTUAL_LEVEL),
                GearStatus.decode(query(at, GearCommand.QUERY_STATUS)));
    }

    private InputDeviceInfo device(int a) throws Exception {
        BackwardFrame count = link.send(ForwardFrame.deviceCommand(a, InstanceCommand.QUERY_NUMBER_OF_INSTANCES));
        if (!count.isAnswer()) {
            return null;
        }
        List<Integer> types = new ArrayList<>();
        for (int i = 0; i < Math.min(32, count.value()); i++) {
            BackwardFrame type = link.send(ForwardFrame.instanceCommand(a, i, InstanceCommand.QUERY_INSTANCE_TYPE));
            types.add(type.isAnswer() ? type.value() : 0);
        }
        return new InputDeviceInfo(a, types);
    }

    private int query(Address at, GearCommand command) throws Exception {
        BackwardFrame answer = link.send(ForwardFrame.command(at, command));
        if (!answer.isAnswer()) {
            problems.add(at + " did not answer " + command + " (" + answer + ")");
            return 0;
        }
        return answer.value();
    }
}
