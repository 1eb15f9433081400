// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import io.objectbus.component.dali.frame.Address;
import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.DimmingCurve;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.FrameNames;
import io.objectbus.component.dali.frame.GearCommand;

/**
 * Which HelvarNet command a DALI frame becomes (command numbers of Helvar's "Control Command Table" and "Query
 * Commands"). A short address n is device {@code @<subnet>.<n+1>}, a DALI group n HelvarNet group n+1, DALI scene n
 * scene n+1 of block 1. Levels: 14 Direct Level (Device), 13 Direct Level (Group), in whole percent. Scenes: 12
 * Recall Scene (Device), 11 Recall Scene (Group). Queries to a device: 104 Query Device Type (present), 152 Query
 * Load Level, 112 Query Lamp Failure (status bit 1), 164 Query Group for the groups ({@link HelvarNetGroups}).
 * HelvarNet has no query for MIN/MAX LEVEL or the DALI device type: the router clamps a direct level to the
 * device's limits itself, so MIN/MAX LEVEL answer the full range 1..254, the device type no answer. A 24-bit query is not answered (HelvarNet shows no
 * DALI input devices). Any other frame is refused with the reason.
 */
final class HelvarNetCommands {

    /** How the router's answer to a query reads as a backward frame. */
    enum Reply {
        /** a load level in percent: its arc power level */
        LEVEL,
        /** any value: YES */
        PRESENT,
        /** 1 failed, 0 OK: the DALI status byte with bit 1, lamp failure */
        LAMP_FAILURE,
        /** the device's groups 0..7 from {@link HelvarNetGroups} */
        GROUPS_0_7,
        /** the device's groups 8..15 from {@link HelvarNetGroups} */
        GROUPS_8_15
    }

    /**
     * @param request the command without {@code >V:2,} and {@code #}, or null when the transport answers itself
     * @param reply how to read the answer; null for a command the router does not answer
     * @param fixed the answer when no request goes out
     * @param device the device a groups query asks about ({@code @1.2.1.4}); HelvarNet has no query of a device's
     *     groups, so its request is null and the answer comes from the groups' members ({@link HelvarNetGroups})
     */
    record Command(String request, Reply reply, BackwardFrame fixed, String device) {

        Command(String request, Reply reply, BackwardFrame fixed) {
            this(request, reply, fixed, null);
        }

        static Command groupsOf(String device, Reply half) {
            return new Command(null, half, null, device);
        }

        boolean asksGroups() {
            return reply == Reply.GROUPS_0_7 || reply == Reply.GROUPS_8_15;
        }
    }

    private final String subnet;

    HelvarNetCommands(String subnet) {
        this.subnet = subnet;
    }

    Command of(ForwardFrame frame) {
        if (frame.bits() != 16) {
            return answered(frame, BackwardFrame.none());
        }
        Address address = Address.fromByte(frame.firstByte());
        if (address == null || address.kind() != Address.Kind.SHORT && address.kind() != Address.Kind.GROUP) {
            throw unsupported(frame);
        }
        if ((frame.firstByte() & 1) == 0) {
            return frame.lastByte() == 255 ? answered(frame, BackwardFrame.none()) : level(address, frame.lastByte());
        }
        GearCommand.Indexed c = GearCommand.fromOpcode(frame.lastByte()).orElseThrow(() -> unsupported(frame));
        return switch (c.command()) {
            case OFF -> level(address, 0);
            case RECALL_MAX_LEVEL -> level(address, 254);
            case RECALL_MIN_LEVEL -> level(address, 1);
            case GO_TO_SCENE -> scene(address, c.index());
            default -> query(frame, address, c.command());
        };
    }

    private Command level(Address address, int arc) {
        // Whole percent; the lowest arc levels (below 0.5 %) stay on at 1 % rather than go off.
        long percent = arc == 0 ? 0 : Math.max(1, Math.round(DimmingCurve.percent(arc)));
        String request = address.kind() == Address.Kind.GROUP
                ? "C:13,G:" + (address.number() + 1) + ",L:" + percent + ",F:0"
                : "C:14,L:" + percent + ",F:0," + device(address);
        return new Command(request, null, null);
    }

    private Command scene(Address address, int scene) {
        String request = address.kind() == Address.Kind.GROUP
                ? "C:11,G:" + (address.number() + 1) + ",B:1,S:" + (scene + 1) + ",F:0"
                : "C:12,B:1,S:" + (scene + 1) + ",F:0," + device(address);
        return new Command(request, null, null);
    }

    private Command query(ForwardFrame frame, Address address, GearCommand command) {
        if (address.kind() != Address.Kind.SHORT) {
            throw unsupported(frame);
        }
        String device = device(address);
        return switch (command) {
            case QUERY_CONTROL_GEAR_PRESENT -> new Command("C:104," + device, Reply.PRESENT, null);
            case QUERY_ACTUAL_LEVEL -> new Command("C:152," + device, Reply.LEVEL, null);
            case QUERY_STATUS -> new Command("C:112," + device, Reply.LAMP_FAILURE, null);
            case QUERY_MIN_LEVEL -> answered(frame, BackwardFrame.answer(1));
            case QUERY_MAX_LEVEL -> answered(frame, BackwardFrame.answer(254));
            case QUERY_GROUPS_0_7 -> Command.groupsOf(device, Reply.GROUPS_0_7);
            case QUERY_GROUPS_8_15 -> Command.groupsOf(device, Reply.GROUPS_8_15);
            case QUERY_DEVICE_TYPE -> answered(frame, BackwardFrame.none());
            default -> throw unsupported(frame);
        };
    }

    private static Command answered(ForwardFrame frame, BackwardFrame answer) {
        if (!frame.answered() && frame.bits() != 16) {
            throw unsupported(frame);
        }
        return new Command(null, null, answer);
    }

    private String device(Address address) {
        return "@" + subnet + "." + (address.number() + 1);
    }

    private static IllegalArgumentException unsupported(ForwardFrame frame) {
        return new IllegalArgumentException("HelvarNet carries no " + FrameNames.describe(frame)
                + ": only levels (DAPC, OFF, RECALL MAX/MIN LEVEL) and GO TO SCENE to a short address or group, and"
                + " the queries discovery and polls use to a short address");
    }
}
