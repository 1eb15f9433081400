// SPDX-License-Identifier: Apache-2.0
package io.objectbus.model;

import java.util.regex.Pattern;

/**
 * Identifiers of nodes, objects and resources: {@code [A-Za-z0-9_-]}, 1 to 64 characters, so that no MQTT wildcard,
 * separator, broker separator ({@code .}) or {@code $} ever appears in a topic segment.
 */
public final class Ids {

    public static final int MAX_LENGTH = 64;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");
    private static final Pattern INVALID_RUN = Pattern.compile("[^A-Za-z0-9_-]+");

    private Ids() {}

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    public static String require(String id, String what) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " id must match [A-Za-z0-9_-]{1,64}: " + printable(id));
        }
        return id;
    }

    /**
     * The canonical id for a protocol address or a name: every run of other characters becomes one {@code -}, so the
     * same input always gives the same id ({@code "Room 1.01"} becomes {@code "Room-1-01"}).
     */
    public static String canonical(String raw) {
        String id = INVALID_RUN.matcher(raw.strip()).replaceAll("-");
        id = id.replaceAll("^-+|-+$", "");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("no identifier can be derived from " + printable(raw));
        }
        return id.length() > MAX_LENGTH ? id.substring(0, MAX_LENGTH) : id;
    }

    /** The id for logs and error messages, with control characters escaped and length capped. */
    public static String printable(String id) {
        if (id == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        id.codePoints().limit(80).forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
