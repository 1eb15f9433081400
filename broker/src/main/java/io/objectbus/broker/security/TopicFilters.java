// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker.security;

import io.objectbus.broker.Glob;

/**
 * MQTT topic filters with one more wildcard for grants: {@code *} inside a level matches any characters of that
 * level ({@code room-*}) and {@code ?} one character, as object id patterns and discovery globs do (one matcher:
 * {@link Glob}).
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
        return Glob.matches(grant, asked);
    }

    /** A shared subscription {@code $share/<group>/<filter>} is a subscription to its filter. */
    static String unshared(String filter) {
        if (!filter.startsWith(SHARED)) {
            return filter;
        }
        int slash = filter.indexOf('/', SHARED.length());
        return slash < 0 ? filter : filter.substring(slash + 1);
    }
}
