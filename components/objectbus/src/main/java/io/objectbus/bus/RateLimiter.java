// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import java.time.Clock;

/** A token bucket: up to {@code perSecond} requests a second, with a burst of the same size. */
final class RateLimiter {

    private final double perSecond;
    private final Clock clock;
    private double tokens;
    private long lastNanos;

    RateLimiter(int perSecond, Clock clock) {
        this.perSecond = perSecond;
        this.clock = clock;
        this.tokens = perSecond;
        this.lastNanos = nanos();
    }

    synchronized boolean tryAcquire() {
        long now = nanos();
        tokens = Math.min(perSecond, tokens + (now - lastNanos) / 1e9 * perSecond);
        lastNanos = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    private long nanos() {
        return clock.millis() * 1_000_000L;
    }
}
