// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Glob patterns: {@code *} any run of characters, {@code ?} one character, everything else literal. Matched without
 * regular expressions: a discovery request's pattern comes from any client, and {@code *a*a*a*a*b} as a regular
 * expression backtracks for seconds on a long name; this matcher takes at most pattern length times text length steps.
 */
public final class Glob {

    private Glob() {}

    public static Predicate<String> of(String glob) {
        return text -> text != null && matches(glob, text);
    }

    public static Predicate<String> ignoringCase(String glob) {
        String lower = glob.toLowerCase(Locale.ROOT);
        return text -> text != null && matches(lower, text.toLowerCase(Locale.ROOT));
    }

    /**
     * Greedy matching that remembers only the last star: on a mismatch, that star takes one more character. Earlier
     * stars never need to take more, since the last one can absorb anything they could.
     */
    public static boolean matches(String glob, String text) {
        int g = 0;
        int t = 0;
        int star = -1;
        int starText = 0;
        while (t < text.length()) {
            if (g < glob.length()
                    && (glob.charAt(g) == '?' || glob.charAt(g) == text.charAt(t))
                    && glob.charAt(g) != '*') {
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
