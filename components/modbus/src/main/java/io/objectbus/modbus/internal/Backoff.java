// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus.internal;

/** Waits between connection attempts: the first delay, doubled after each failure up to the longest. */
final class Backoff {

    private final long first;
    private final long longest;
    private long next;

    Backoff(long firstMillis, long longestMillis) {
        this.first = Math.max(1, firstMillis);
        this.longest = Math.max(this.first, longestMillis);
        this.next = this.first;
    }

    long nextDelay() {
        long delay = next;
        next = Math.min(longest, next * 2);
        return delay;
    }

    void reset() {
        next = first;
    }
}
