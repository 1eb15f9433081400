// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker.security;

/** A token bucket per connection: a burst of one second's allowance, refilled continuously. */
final class PublishRate {

    private final int perSecond;
    private double tokens;
    private long lastNanos;

    PublishRate(int perSecond, long nowNanos) {
        this.perSecond = perSecond;
        this.tokens = perSecond;
        this.lastNanos = nowNanos;
    }

    synchronized boolean take(long nowNanos) {
        tokens = Math.min(perSecond, tokens + (nowNanos - lastNanos) * perSecond / 1e9);
        lastNanos = nowNanos;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
