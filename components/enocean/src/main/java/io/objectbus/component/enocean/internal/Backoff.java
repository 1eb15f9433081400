// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean.internal;

/**
 * Exponential reconnect delays: initial, doubled after every failure, capped; back to initial after a success.
 * Camel's {@code org.apache.camel.util.backoff.BackOffTimerTask} (4.17) does not keep the documented options: with
 * delay 500, max 30000, multiplier 2 its delays are 1000, 2000, …, 16000, 32000, 32000 (the first one doubled, the
 * cap exceeded), and after {@code reset()} every delay is 0, so a gateway lost after a success would be hammered.
 */
public final class Backoff {

    private final long initialMillis;
    private final long maxMillis;
    private long nextMillis;

    public Backoff(long initialMillis, long maxMillis) {
        if (initialMillis < 1 || maxMillis < initialMillis) {
            throw new IllegalArgumentException("need 1 <= initial <= max, got " + initialMillis + ", " + maxMillis);
        }
        this.initialMillis = initialMillis;
        this.maxMillis = maxMillis;
        this.nextMillis = initialMillis;
    }

    /** The delay to wait now; the one after it is twice as long, up to the cap. */
    public synchronized long next() {
        long delay = nextMillis;
        nextMillis = Math.min(maxMillis, nextMillis * 2);
        return delay;
    }

    /** Called after a successful connect. */
    public synchronized void reset() {
        nextMillis = initialMillis;
    }
}
