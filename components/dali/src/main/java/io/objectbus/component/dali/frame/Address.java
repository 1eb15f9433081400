// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.frame;

import java.util.Locale;

/**
 * The address byte of a 16-bit forward frame to control gear, IEC 62386-102 clause 7.2.2 (Table 2): short address
 * {@code 0AAAAAAS} (0..63), group address {@code 100GGGGS} (0..15), broadcast unaddressed {@code 1111110S} (gear
 * without a short address only) and broadcast {@code 1111111S}. S is the selector bit: 0 means the second byte is a
 * direct arc power level (DAPC), 1 a command.
 *
 * @param kind which of the four forms
 * @param number the short address (0..63) or group (0..15); 0 for the broadcasts
 */
public record Address(Kind kind, int number) {

    /** The four addressing forms of Table 2. */
    public enum Kind {
        SHORT,
        GROUP,
        BROADCAST_UNADDRESSED,
        BROADCAST
    }

    public Address {
        int limit = kind == Kind.SHORT ? 63 : kind == Kind.GROUP ? 15 : 0;
        if (number < 0 || number > limit) {
            throw new IllegalArgumentException(kind + " address must be 0.." + limit + ", got " + number);
        }
    }

    public static Address shortAddress(int address) {
        return new Address(Kind.SHORT, address);
    }

    public static Address group(int group) {
        return new Address(Kind.GROUP, group);
    }

    public static Address broadcast() {
        return new Address(Kind.BROADCAST, 0);
    }

    public static Address broadcastUnaddressed() {
        return new Address(Kind.BROADCAST_UNADDRESSED, 0);
    }

    /** The address byte with the selector bit: {@code command} true for a command, false for DAPC. */
    public int toByte(boolean command) {
        int s = command ? 1 : 0;
        return switch (kind) {
            case SHORT -> number << 1 | s;
            case GROUP -> 0x80 | number << 1 | s;
            case BROADCAST_UNADDRESSED -> 0xFC | s;
            case BROADCAST -> 0xFE | s;
        };
    }

    /** The address of an address byte, or null when the byte opens a special command (101xxxxx, 110xxxxx). */
    public static Address fromByte(int addressByte) {
        int a = addressByte & 0xFF;
        if ((a & 0x80) == 0) {
            return shortAddress(a >> 1);
        }
        if ((a & 0xE0) == 0x80) {
            return group((a >> 1) & 0x0F);
        }
        if ((a & 0xFE) == 0xFC) {
            return broadcastUnaddressed();
        }
        return (a & 0xFE) == 0xFE ? broadcast() : null;
    }

    /**
     * Parses the text form: {@code A0}..{@code A63} (short), {@code G0}..{@code G15} (group), {@code broadcast},
     * {@code unaddressed}; a bare number is a short address.
     */
    public static Address parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.equals("broadcast")) {
                return broadcast();
            }
            if (t.equals("unaddressed")) {
                return broadcastUnaddressed();
            }
            if (t.startsWith("g")) {
                return group(Integer.parseInt(t.substring(1)));
            }
            return shortAddress(Integer.parseInt(t.startsWith("a") ? t.substring(1) : t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "a DALI address is A0..A63, G0..G15, broadcast or unaddressed, got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return switch (kind) {
            case SHORT -> "A" + number;
            case GROUP -> "G" + number;
            case BROADCAST_UNADDRESSED -> "unaddressed";
            case BROADCAST -> "broadcast";
        };
    }
}
