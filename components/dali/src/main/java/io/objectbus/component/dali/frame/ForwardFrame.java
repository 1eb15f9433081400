// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.frame;

import java.util.HexFormat;

/**
 * A forward frame as it goes on the bus: 16 bits to control gear (IEC 62386-102 clause 7.2: address byte, then
 * level, opcode or data) or 24 bits to control devices and their instances (IEC 62386-103 clause 7.2: address,
 * instance, opcode; bit 16 set for a command, clear for an event message).
 *
 * @param bits 16 or 24
 * @param data the frame, most significant byte first on the wire
 * @param sendTwice the command takes effect only when received twice within 100 ms
 * @param answered the receiver answers with an 8-bit backward frame (or stays silent for "no")
 */
public record ForwardFrame(int bits, int data, boolean sendTwice, boolean answered) {

    /** 103 clause 9.2: the instance byte of a command to the device as a whole. */
    public static final int DEVICE_INSTANCE = 0xFE;

    public ForwardFrame {
        if (bits != 16 && bits != 24) {
            throw new IllegalArgumentException("a DALI forward frame has 16 or 24 bits, not " + bits);
        }
        if (data < 0 || data >= 1 << bits) {
            throw new IllegalArgumentException(
                    "frame data 0x" + Integer.toHexString(data) + " exceeds " + bits + " bits");
        }
    }

    /** Direct arc power control: the level 0..254 (255 is MASK, "stop fading") to gear at an address. */
    public static ForwardFrame dapc(Address address, int level) {
        if (level < 0 || level > 255) {
            throw new IllegalArgumentException("a DALI arc power level is 0..254 (255 = MASK), got " + level);
        }
        return new ForwardFrame(16, address.toByte(false) << 8 | level, false, false);
    }

    /** A standard command without index to gear at an address. */
    public static ForwardFrame command(Address address, GearCommand command) {
        return command(address, command, 0);
    }

    /** A standard command with its index (scene or group 0..15) to gear at an address. */
    public static ForwardFrame command(Address address, GearCommand command, int index) {
        return new ForwardFrame(
                16, address.toByte(true) << 8 | command.opcode(index), command.sendTwice(), command.answered());
    }

    /** A special command with its data byte. */
    public static ForwardFrame special(SpecialCommand command, int data) {
        if (data < 0 || data > 255) {
            throw new IllegalArgumentException(command + " takes a data byte 0..255, got " + data);
        }
        return new ForwardFrame(16, command.code() << 8 | data, command.sendTwice(), command.answered());
    }

    /** A 103 command to instance {@code instance} (0..31) of the control device at a short address. */
    public static ForwardFrame instanceCommand(int shortAddress, int instance, InstanceCommand command) {
        if (instance < 0 || instance > 31) {
            throw new IllegalArgumentException("an instance number is 0..31, got " + instance);
        }
        return deviceFrame(shortAddress, instance, command.opcode(), command.sendTwice(), command.answered());
    }

    /** A 103 command to a control device as a whole at a short address. */
    public static ForwardFrame deviceCommand(int shortAddress, InstanceCommand command) {
        return deviceFrame(shortAddress, DEVICE_INSTANCE, command.opcode(), command.sendTwice(), command.answered());
    }

    private static ForwardFrame deviceFrame(int shortAddress, int instance, int opcode, boolean twice, boolean ans) {
        int addressByte = Address.shortAddress(shortAddress).toByte(true);
        return new ForwardFrame(24, addressByte << 16 | instance << 8 | opcode, twice, ans);
    }

    /** The first byte: the address byte of a 16-bit frame, the address byte of a 24-bit frame. */
    public int firstByte() {
        return data >> (bits - 8) & 0xFF;
    }

    /** The last byte: level, opcode or data. */
    public int lastByte() {
        return data & 0xFF;
    }

    /** A 24-bit frame with bit 16 clear is an event message of an input device (103 clause 9.6). */
    public boolean isEvent() {
        return bits == 24 && (data & 0x10000) == 0;
    }

    @Override
    public String toString() {
        return bits + ":" + HexFormat.of().withUpperCase().toHexDigits(data).substring(8 - bits / 4);
    }

    /** Bytes on the wire, most significant first. */
    public static final class Serializer {

        private Serializer() {}

        public static byte[] encode(ForwardFrame frame) {
            byte[] out = new byte[frame.bits / 8];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) (frame.data >> (8 * (out.length - 1 - i)));
            }
            return out;
        }

        /** Decodes 2 or 3 bytes; the send-twice and answered flags come from the opcode tables where known. */
        public static ForwardFrame decode(byte[] bytes) throws FrameException {
            if (bytes.length != 2 && bytes.length != 3) {
                throw new FrameException("a DALI forward frame has 2 or 3 bytes, got " + bytes.length);
            }
            int data = 0;
            for (byte b : bytes) {
                data = data << 8 | b & 0xFF;
            }
            return bytes.length == 2 ? FrameNames.classify16(data) : new ForwardFrame(24, data, false, false);
        }
    }
}
