// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes timestamps as {@code yyyy-MM-ddTHH:mm:ss.SSSZ}. Values of one second share their first 20 characters, so
 * those are formatted once a second and only the milliseconds each time.
 */
final class Timestamps {

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.").withZone(ZoneOffset.UTC);

    private record Second(long epochSecond, String prefix) {}

    private static volatile Second last = new Second(Long.MIN_VALUE, "");

    private Timestamps() {}

    static void append(StringBuilder out, Instant instant) {
        long second = instant.getEpochSecond();
        Second cached = last;
        if (cached.epochSecond() != second) {
            cached = new Second(second, SECONDS.format(instant));
            last = cached;
        }
        int millis = instant.getNano() / 1_000_000;
        out.append(cached.prefix());
        if (millis < 100) {
            out.append(millis < 10 ? "00" : "0");
        }
        out.append(millis).append('Z');
    }
}
