// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.internal;

/** Waits that double from a first delay up to a longest one, and start over after a success. */
public final class Backoff {

    private final long first;
    private final long longest;
    private long next;

    public Backoff(long firstMillis, long longestMillis) {
        this.first = Math.max(1, firstMillis);
        this.longest = Math.max(this.first, longestMillis);
        this.next = this.first;
    }

    /** The wait before the next attempt; each call doubles the one after. */
    public synchronized long nextDelay() {
        long delay = next;
        next = Math.min(longest, next * 2);
        return delay;
    }

    public synchronized void reset() {
        next = first;
    }
}
