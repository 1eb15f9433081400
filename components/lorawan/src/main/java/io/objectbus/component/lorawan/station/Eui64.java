// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.station;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.component.lorawan.frame.FrameException;
import java.util.Locale;

/**
 * The forms in which a Basics Station writes an EUI (its glossary): an integer, {@code HH-HH-HH-HH-HH-HH-HH-HH},
 * 16 hex digits, or the ID6 form of four 16-bit groups with {@code ::} for zero groups ({@code b827:ebff:fe61:f2c}).
 */
public final class Eui64 {

    private Eui64() {}

    /** Reads an EUI in any of its forms. */
    public static long parse(JsonNode n) throws FrameException {
        if (n.isIntegralNumber()) {
            return n.asLong();
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            throw new FrameException("not an EUI: " + n);
        }
        String s = n.asText().trim().toLowerCase(Locale.ROOT);
        try {
            return s.contains(":") ? id6(s) : Long.parseUnsignedLong(s.replace("-", ""), 16);
        } catch (NumberFormatException e) {
            throw new FrameException("not an EUI: " + s);
        }
    }

    /** The ID6 form: four hex groups, the first run of zero groups written as ::. */
    public static String id6(long eui) {
        String[] g = new String[4];
        for (int i = 0; i < 4; i++) {
            g[i] = Integer.toHexString((int) (eui >>> (48 - 16 * i)) & 0xFFFF);
        }
        String full = String.join(":", g);
        if (full.startsWith("0:0:0:0")) {
            return "::0";
        }
        return full.replaceFirst("(^|:)0(:0)+(:|$)", "::");
    }

    /** The dashed form a Basics Station expects in a dnmsg's DevEui. */
    public static String dashed(long eui) {
        StringBuilder b = new StringBuilder(23);
        for (int i = 7; i >= 0; i--) {
            b.append(String.format("%02x", (eui >>> (8 * i)) & 0xFF));
            if (i > 0) {
                b.append('-');
            }
        }
        return b.toString();
    }

    private static long id6(String s) throws FrameException {
        String[] halves = s.split("::", -1);
        if (halves.length > 2) {
            throw new FrameException("not an ID6: " + s);
        }
        String[] head = groups(halves[0]);
        String[] tail = halves.length == 2 ? groups(halves[1]) : new String[0];
        if (halves.length == 1 && head.length != 4 || head.length + tail.length > 4) {
            throw new FrameException("not an ID6: " + s);
        }
        long eui = 0;
        for (String g : head) {
            eui = eui << 16 | Integer.parseInt(g, 16);
        }
        eui <<= 16 * (4 - head.length - tail.length);
        for (String g : tail) {
            eui = eui << 16 | Integer.parseInt(g, 16);
        }
        return eui;
    }

    private static String[] groups(String part) throws FrameException {
        String[] groups = part.isEmpty() ? new String[0] : part.split(":", -1);
        for (String g : groups) {
            if (g.isEmpty() || g.length() > 4) {
                throw new FrameException("not an ID6 group: " + g);
            }
        }
        return groups;
    }
}
