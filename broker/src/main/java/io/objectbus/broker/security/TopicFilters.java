// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker.security;

/**
 * MQTT topic filters with one more wildcard for grants: {@code *} inside a level matches any characters of that
 * level ({@code room-*}), as object id patterns do.
 */
final class TopicFilters {

    private static final String SHARED = "$share/";

    private TopicFilters() {}

    /** Whether the grant's pattern matches a topic a client publishes to. */
    static boolean matches(String pattern, String topic) {
        return covers(pattern, topic);
    }

    /** Whether every topic the filter can match is matched by the pattern: a subscription inside the grant. */
    static boolean covers(String pattern, String filter) {
        String[] grant = pattern.split("/", -1);
        String[] asked = unshared(filter).split("/", -1);
        for (int level = 0; level < asked.length; level++) {
            if (level >= grant.length) {
                return false;
            }
            String g = grant[level];
            if (g.equals("#")) {
                return true;
            }
            if (!levelCovers(g, asked[level])) {
                return false;
            }
        }
        // "a/#" also matches "a" itself.
        return grant.length == asked.length || grant.length == asked.length + 1 && grant[asked.length].equals("#");
    }

    private static boolean levelCovers(String grant, String asked) {
        if (asked.equals("#")) {
            return false;
        }
        if (grant.equals("+") || grant.equals("*")) {
            return true;
        }
        if (asked.equals("+")) {
            return false;
        }
        return grant.contains("*") ? globMatches(grant, asked) : grant.equals(asked);
    }

    /** A shared subscription {@code $share/<group>/<filter>} is a subscription to its filter. */
    static String unshared(String filter) {
        if (!filter.startsWith(SHARED)) {
            return filter;
        }
        int slash = filter.indexOf('/', SHARED.length());
        return slash < 0 ? filter : filter.substring(slash + 1);
    }

    static boolean globMatches(String glob, String text) {
        int star = glob.indexOf('*');
        if (star < 0) {
            return glob.equals(text);
        }
        String head = glob.substring(0, star);
        if (!text.startsWith(head)) {
            return false;
        }
        String rest = glob.substring(star + 1);
        for (int from = head.length(); from <= text.length(); from++) {
            if (globMatches(rest, text.substring(from))) {
                return true;
            }
        }
        return false;
    }
}
