// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.dali;

import io.objectbus.component.dali.frame.Address;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.GearCommand;
import java.util.OptionalInt;

/**
 * The arc level a control gear shows once a frame to it went out, known from the command alone (IEC 62386-102
 * clause 9.7 and Table 15): DAPC clamps to MIN/MAX LEVEL (0 is off, 255 MASK changes nothing), OFF is 0, RECALL
 * MAX/MIN LEVEL are the gear's limits. A scene's level lives in the gear, so GO TO SCENE is not known here.
 */
public final class LevelAfterWrite {

    private static final int MASK = 255;

    private LevelAfterWrite() {}

    /** Whether the frame's address reaches the gear: its short address, one of its groups, or broadcast. */
    public static boolean reaches(ForwardFrame frame, GearInfo gear) {
        if (frame.bits() != 16) {
            return false;
        }
        Address address = Address.fromByte(frame.firstByte());
        return address != null
                && switch (address.kind()) {
                    case SHORT -> address.number() == gear.shortAddress();
                    case GROUP -> (gear.groups() >> address.number() & 1) != 0;
                    case BROADCAST -> true;
                    default -> false;
                };
    }

    /** The level after the frame, or empty when the frame does not say (GO TO SCENE, MASK, queries). */
    public static OptionalInt level(ForwardFrame frame, GearInfo gear) {
        if ((frame.firstByte() & 1) == 0) {
            return dapc(frame.lastByte(), gear);
        }
        return GearCommand.fromOpcode(frame.lastByte())
                .map(c -> switch (c.command()) {
                    case OFF -> OptionalInt.of(0);
                    case RECALL_MAX_LEVEL -> OptionalInt.of(gear.maxLevel());
                    case RECALL_MIN_LEVEL -> OptionalInt.of(gear.minLevel());
                    default -> OptionalInt.empty();
                })
                .orElse(OptionalInt.empty());
    }

    private static OptionalInt dapc(int arc, GearInfo gear) {
        if (arc == MASK) {
            return OptionalInt.empty();
        }
        if (arc == 0) {
            return OptionalInt.of(0);
        }
        return OptionalInt.of(Math.max(gear.minLevel(), Math.min(gear.maxLevel(), arc)));
    }
}
