// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

import java.util.Optional;

/** ESP3 packet types (EnOcean Serial Protocol 3, clause 1.8, table "Packet types"). */
public enum PacketType {
    RADIO_ERP1(0x01),
    RESPONSE(0x02),
    RADIO_SUB_TEL(0x03),
    EVENT(0x04),
    COMMON_COMMAND(0x05),
    SMART_ACK_COMMAND(0x06),
    REMOTE_MAN_COMMAND(0x07),
    RADIO_MESSAGE(0x09),
    RADIO_ERP2(0x0A),
    COMMAND_ACCEPTED(0x0C),
    RADIO_802_15_4(0x10),
    COMMAND_2_4(0x11);

    private final int code;

    PacketType(int code) {
        this.code = code;
    }

    /** The one-byte code on the wire. */
    public int code() {
        return code;
    }

    /** The type with this code, empty for codes the specification reserves or leaves to manufacturers. */
    public static Optional<PacketType> of(int code) {
        for (PacketType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
