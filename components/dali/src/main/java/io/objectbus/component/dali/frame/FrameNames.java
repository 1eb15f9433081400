// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.frame;

/** Names 16-bit frames after the command tables of IEC 62386-102, for logs and for decoding received frames. */
public final class FrameNames {

    private FrameNames() {}

    /** The frame with the send-twice and answered flags the tables give its opcode. */
    static ForwardFrame classify16(int data) {
        int first = data >> 8;
        Address address = Address.fromByte(first);
        if (address == null) {
            return SpecialCommand.fromCode(first)
                    .map(c -> new ForwardFrame(16, data, c.sendTwice(), c.answered()))
                    .orElseGet(() -> new ForwardFrame(16, data, false, false));
        }
        if ((first & 1) == 0) {
            return new ForwardFrame(16, data, false, false);
        }
        return GearCommand.fromOpcode(data & 0xFF)
                .map(c -> new ForwardFrame(
                        16, data, c.command().sendTwice(), c.command().answered()))
                .orElseGet(() -> new ForwardFrame(16, data, false, false));
    }

    /** A readable name: "A3 DAPC 254", "G1 GO_TO_SCENE 4", "DTR0 128", or the hex frame when unknown. */
    public static String describe(ForwardFrame frame) {
        if (frame.bits() != 16) {
            return frame.toString();
        }
        Address address = Address.fromByte(frame.firstByte());
        if (address == null) {
            return SpecialCommand.fromCode(frame.firstByte())
                    .map(c -> c + " " + frame.lastByte())
                    .orElse(frame.toString());
        }
        if ((frame.firstByte() & 1) == 0) {
            return address + " DAPC " + frame.lastByte();
        }
        return GearCommand.fromOpcode(frame.lastByte())
                .map(c -> address + " " + c.command() + (c.command().indexed() ? " " + c.index() : ""))
                .orElse(frame.toString());
    }
}
