// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A two-way table between BACnet enumeration values and their standard hyphenated names. */
final class Names {
    private final String prefix;
    private final Map<Integer, String> byValue = new HashMap<>();
    private final Map<String, Integer> byKey = new HashMap<>();

    Names(String prefix) {
        this.prefix = prefix;
    }

    Names add(int value, String name) {
        byValue.put(value, name);
        byKey.put(key(name), value);
        return this;
    }

    Names alias(String alias, int value) {
        byKey.put(key(alias), value);
        return this;
    }

    /** The standard name, or {@code prefix-N} for values the table does not know (proprietary ones). */
    String name(int value) {
        String name = byValue.get(value);
        return name != null ? name : prefix + "-" + value;
    }

    /** Accepts the hyphenated name, camelCase, UPPER_SNAKE, a number, or {@code prefix-N}. */
    int parse(String text) {
        String trimmed = text.trim();
        if (!trimmed.isEmpty() && trimmed.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(trimmed);
        }
        Integer value = byKey.get(key(trimmed));
        if (value != null) {
            return value;
        }
        String generic = key(prefix);
        String key = key(trimmed);
        if (key.startsWith(generic) && key.length() > generic.length()) {
            return Integer.parseInt(key.substring(generic.length()));
        }
        throw new IllegalArgumentException("unknown " + prefix + ": " + text);
    }

    /** Case and separator insensitive key, so that present-value, presentValue and PRESENT_VALUE match. */
    private static String key(String text) {
        return text.replace("-", "").replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
