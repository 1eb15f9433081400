// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import java.time.Instant;

/** Wall-clock microseconds, comparable between the processes of one machine. */
final class Clocks {

    private Clocks() {}

    static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    /** The {@code "v":} number at the start of a payload, or -1. */
    static long valueOf(byte[] payload) {
        int i = 0;
        while (i < payload.length - 4 && !(payload[i] == '"' && payload[i + 1] == 'v' && payload[i + 2] == '"')) {
            i++;
        }
        i += 4;
        long v = 0;
        boolean any = false;
        while (i < payload.length && payload[i] >= '0' && payload[i] <= '9') {
            v = v * 10 + (payload[i++] - '0');
            any = true;
        }
        return any ? v : -1;
    }
}
