// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.frame;

import java.util.HexFormat;

/**
 * Text forms of LoRaWAN identifiers: EUIs and DevAddrs are written most significant byte first (as on labels and in
 * network servers' consoles) while the air carries them little-endian.
 */
public final class Hex {

    private static final HexFormat LOWER = HexFormat.of();

    private Hex() {}

    public static String eui(long eui) {
        return String.format("%016x", eui);
    }

    public static long eui(String text) {
        return Long.parseUnsignedLong(clean(text, 16), 16);
    }

    public static String devAddr(int devAddr) {
        return String.format("%08x", devAddr);
    }

    public static int devAddr(String text) {
        return (int) Long.parseLong(clean(text, 8), 16);
    }

    /** A 16-byte key from 32 hex digits. */
    public static byte[] key(String text) {
        return LOWER.parseHex(clean(text, 32));
    }

    public static String bytes(byte[] bytes) {
        return LOWER.formatHex(bytes);
    }

    public static byte[] bytes(String text) {
        return LOWER.parseHex(text.strip());
    }

    private static String clean(String text, int digits) {
        String hex = text.strip().replace(":", "").replace("-", "");
        if (hex.length() != digits || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("expected " + digits + " hex digits, got '" + text + "'");
        }
        return hex;
    }
}
