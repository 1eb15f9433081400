// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.Locale;

/**
 * An EnOcean Equipment Profile number RORG-FUNC-TYPE (EEP 2.6, clause 1.2), e.g. {@code A5-02-05}.
 *
 * @param rorg radio organisation, 0..255
 * @param func function, 0..63 (6 bits in a 4BS teach-in)
 * @param type type, 0..127 (7 bits in a 4BS teach-in)
 */
public record EepId(int rorg, int func, int type) implements Comparable<EepId> {

    public EepId {
        if (rorg < 0 || rorg > 0xFF || func < 0 || func > 0xFF || type < 0 || type > 0xFF) {
            throw new IllegalArgumentException("EEP out of range: " + rorg + "/" + func + "/" + type);
        }
    }

    /**
     * Parses {@code A5-02-05} (also with colons or no separators, any case).
     *
     * @throws IllegalArgumentException when the text is not three hex bytes
     */
    public static EepId parse(String text) {
        String digits = text.strip().replaceAll("[-:.\\s]", "");
        if (!digits.matches("[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("not an EEP (RORG-FUNC-TYPE): " + text);
        }
        int value = Integer.parseInt(digits, 16);
        return new EepId(value >> 16, (value >> 8) & 0xFF, value & 0xFF);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%02X-%02X-%02X", rorg, func, type);
    }

    @Override
    public int compareTo(EepId o) {
        return Integer.compare((rorg << 16) | (func << 8) | type, (o.rorg << 16) | (o.func << 8) | o.type);
    }
}
