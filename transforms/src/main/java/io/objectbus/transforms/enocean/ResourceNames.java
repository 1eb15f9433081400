// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.Locale;

/**
 * Resource ids on the bus are kebab case ({@code supply-voltage}, {@code last-seen}), as the rest of the bus names
 * them; the profiles name their resources in lower camel case ({@code supplyVoltage}). The mapping is one to one,
 * because profile ids never hold two capitals in a row or a dash.
 */
public final class ResourceNames {

    private ResourceNames() {}

    /** {@code supplyVoltage} → {@code supply-voltage}; {@code output1} stays {@code output1}. */
    public static String toBus(String profileId) {
        StringBuilder out = new StringBuilder(profileId.length() + 4);
        for (char c : profileId.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code supply-voltage} → {@code supplyVoltage}. */
    public static String toProfile(String busId) {
        StringBuilder out = new StringBuilder(busId.length());
        boolean upper = false;
        for (char c : busId.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** A readable name for a profile id: {@code supplyVoltage} → {@code Supply voltage}. */
    public static String label(String profileId) {
        String words = toBus(profileId).replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
