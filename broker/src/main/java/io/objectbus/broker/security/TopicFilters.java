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

    /**
     * Whether a level matches a grant's pattern, {@code *} any characters. Greedy, remembering only the last star, as
     * the bus's discovery globs ({@code io.objectbus.bus.Glob}) match: a client's long level against a grant with
     * several stars takes at most pattern length times level length steps, never a backtracking search.
     */
    static boolean globMatches(String glob, String text) {
        int g = 0;
        int t = 0;
        int star = -1;
        int starText = 0;
        while (t < text.length()) {
            if (g < glob.length() && glob.charAt(g) != '*' && glob.charAt(g) == text.charAt(t)) {
                g++;
                t++;
            } else if (g < glob.length() && glob.charAt(g) == '*') {
                star = g++;
                starText = t;
            } else if (star >= 0) {
                g = star + 1;
                t = ++starText;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') {
            g++;
        }
        return g == glob.length();
    }
}
