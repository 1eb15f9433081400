// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.FrameException;
import java.util.HexFormat;

/**
 * The 4-byte messages of the daliserver TCP protocol (the Tridonic DALI-USB multiplexer, port 55825, as openHAB's
 * DALI binding speaks it): a request {@code [2, 0, address, opcode]} is answered {@code [2, status, value, 0]} with
 * status 0 no answer, 1 an answer in {@code value}, 255 an error or a collision on the bus.
 *
 * <p>Beyond that protocol, and only where a gateway offers it (the simulator does; the Tridonic firmware does not):
 * version 3 carries a 24-bit frame, {@code [3, a, b, c]}, answered {@code [3, status, value, 0]}; and the gateway
 * reports a 24-bit frame it saw on the bus (an input device's event) as {@code [0x83, a, b, c]}.
 */
public final class DaliServerMessage {

    public static final int VERSION_16 = 2;
    public static final int VERSION_24 = 3;
    public static final int BUS_FRAME_24 = 0x83;
    public static final int STATUS_NONE = 0;
    public static final int STATUS_ANSWER = 1;
    public static final int STATUS_ERROR = 255;

    private DaliServerMessage() {}

    /** The request carrying a forward frame. */
    public static byte[] request(ForwardFrame frame) {
        int d = frame.data();
        return frame.bits() == 16
                ? new byte[] {VERSION_16, 0, (byte) (d >> 8), (byte) d}
                : new byte[] {VERSION_24, (byte) (d >> 16), (byte) (d >> 8), (byte) d};
    }

    /** Whether a received message is a frame seen on the bus rather than the answer to a request. */
    public static boolean isBusFrame(byte[] message) {
        return (message[0] & 0xFF) == BUS_FRAME_24;
    }

    /** The 24-bit frame of a bus-frame message. */
    public static ForwardFrame busFrame(byte[] m) {
        return new ForwardFrame(24, (m[1] & 0xFF) << 16 | (m[2] & 0xFF) << 8 | m[3] & 0xFF, false, false);
    }

    /** Decodes the answer to a request of frame size {@code bits}; garbage is a {@link FrameException}. */
    public static BackwardFrame response(byte[] m, int bits) throws FrameException {
        int version = m[0] & 0xFF;
        int expected = bits == 16 ? VERSION_16 : VERSION_24;
        if (m.length != 4 || version != expected) {
            throw new FrameException("gateway answered "
                    + HexFormat.ofDelimiter(" ").formatHex(m) + ", not a daliserver response of version " + expected);
        }
        return switch (m[1] & 0xFF) {
            case STATUS_NONE -> BackwardFrame.none();
            case STATUS_ANSWER -> BackwardFrame.answer(m[2] & 0xFF);
            case STATUS_ERROR -> BackwardFrame.collision();
            default ->
                throw new FrameException(
                        "gateway answered status " + (m[1] & 0xFF) + " (daliserver knows 0, 1 and 255): "
                                + HexFormat.ofDelimiter(" ").formatHex(m));
        };
    }

    /** The response to a request, as a gateway sends it. */
    public static byte[] encodeResponse(int bits, BackwardFrame answer) {
        int status =
                switch (answer.kind()) {
                    case NONE -> STATUS_NONE;
                    case ANSWER -> STATUS_ANSWER;
                    case COLLISION -> STATUS_ERROR;
                };
        int version = bits == 16 ? VERSION_16 : VERSION_24;
        return new byte[] {(byte) version, (byte) status, (byte) Math.max(answer.value(), 0), 0};
    }
}
