// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.frame;

import java.util.Locale;

/** EnOcean 32-bit IDs (sender, destination, base ID): big-endian on the wire, 8 upper-case hex digits in text. */
public final class EnoceanIds {

    /** The broadcast destination ID. */
    public static final int BROADCAST = 0xFFFFFFFF;

    private EnoceanIds() {}

    /** The ID as 8 upper-case hex digits, e.g. {@code 0181B744}. */
    public static String toHex(int id) {
        return String.format(Locale.ROOT, "%08X", id);
    }

    /**
     * The ID in hex text, with or without colons or a {@code 0x} prefix ({@code 01:81:B7:44}, {@code 0x0181b744}).
     *
     * @throws IllegalArgumentException when the text is not 1 to 8 hex digits
     */
    public static int parse(String text) {
        String digits = text.strip().replace(":", "");
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            digits = digits.substring(2);
        }
        if (digits.isEmpty() || digits.length() > 8 || !digits.matches("[0-9A-Fa-f]+")) {
            throw new IllegalArgumentException("not an EnOcean ID: " + text);
        }
        return Integer.parseUnsignedInt(digits, 16);
    }

    /** Reads a big-endian 32-bit ID at {@code offset}. */
    public static int read(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFF) << 24)
                | ((bytes[offset + 1] & 0xFF) << 16)
                | ((bytes[offset + 2] & 0xFF) << 8)
                | (bytes[offset + 3] & 0xFF);
    }

    /** Writes a big-endian 32-bit ID at {@code offset}. */
    public static void write(int id, byte[] bytes, int offset) {
        bytes[offset] = (byte) (id >>> 24);
        bytes[offset + 1] = (byte) (id >>> 16);
        bytes[offset + 2] = (byte) (id >>> 8);
        bytes[offset + 3] = (byte) id;
    }
}
