// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.support;

/**
 * Reconnect delays: the first after a loss, doubled after each failure up to the longest, back to the first after a
 * success. Camel's {@code org.apache.camel.util.backoff.BackOffTimerTask} (4.17) does not keep the documented options
 * of our components: with delay 500, max 30000, multiplier 2 its delays are 1000, 2000, …, 16000, 32000 (the first one
 * doubled, the cap exceeded), and after {@code reset()} every delay is 0, so a peer lost after a success would be
 * hammered.
 */
public final class Backoff {

    private final long first;
    private final long longest;
    private long next;

    /** A first delay below 1 ms counts as 1 ms, a longest below the first as the first. */
    public Backoff(long firstMillis, long longestMillis) {
        this.first = Math.max(1, firstMillis);
        this.longest = Math.max(first, longestMillis);
        this.next = first;
    }

    /** The delay to wait now; the one after it is twice as long, up to the longest. */
    public synchronized long nextDelay() {
        long delay = next;
        next = Math.min(longest, next * 2);
        return delay;
    }

    /** Called after a successful connect. */
    public synchronized void reset() {
        next = first;
    }
}
