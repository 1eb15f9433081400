// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.analog;

import java.time.Duration;
import java.time.Instant;

/**
 * A counter (pulses, energy, volume) to a rate per {@code unit} of time. A counter that wraps at {@code rollover}
 * (65536 for a 16-bit register) counts on across the wrap; a counter that goes back without one (a reset, or a
 * counter without rollover) gives no rate for that interval, uncertain, and counts on from the new reading.
 */
public final class CounterRate {

    private final long rollover;
    private final Duration unit;
    private Long last;
    private Instant lastTime;

    /** @param rollover the value the counter wraps at; 0 when it does not wrap */
    public CounterRate(long rollover, Duration unit) {
        this.rollover = rollover;
        this.unit = unit;
    }

    public synchronized Reading apply(long count, Instant time) {
        Long previous = last;
        Instant previousTime = lastTime;
        last = count;
        lastTime = time;
        if (previous == null) {
            return Reading.uncertain(null, "first reading of the counter: a rate needs two");
        }
        long elapsedNanos = Duration.between(previousTime, time).toNanos();
        if (elapsedNanos <= 0) {
            return Reading.uncertain(null, "two counter readings at the same time");
        }
        long delta = count - previous;
        if (delta < 0 && rollover > 0 && previous < rollover && count < rollover) {
            delta += rollover;
        } else if (delta < 0) {
            return Reading.uncertain(null, "counter went back from " + previous + " to " + count + " (reset?)");
        }
        return Reading.good(delta * (double) unit.toNanos() / elapsedNanos);
    }
}
