// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Glob patterns: {@code *} any run of characters, {@code ?} one character, everything else literal. */
public final class Glob {

    private Glob() {}

    public static Predicate<String> of(String glob) {
        Pattern regex = Pattern.compile(toRegex(glob));
        return s -> s != null && regex.matcher(s).matches();
    }

    public static Predicate<String> ignoringCase(String glob) {
        Pattern regex = Pattern.compile(toRegex(glob), Pattern.CASE_INSENSITIVE);
        return s -> s != null && regex.matcher(s).matches();
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
