// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

/** Reconnect delays: the first after a loss, doubled after each failure up to a cap, reset by a success. */
final class Backoff {

    private final long first;
    private final long max;
    private long next;

    Backoff(long firstMillis, long maxMillis) {
        this.first = Math.max(1, firstMillis);
        this.max = Math.max(first, maxMillis);
        this.next = first;
    }

    long nextDelay() {
        long d = next;
        next = Math.min(max, next * 2);
        return d;
    }

    void reset() {
        next = first;
    }
}
