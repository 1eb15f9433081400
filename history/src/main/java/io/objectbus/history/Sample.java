// SPDX-License-Identifier: Apache-2.0
package io.objectbus.history;

import io.objectbus.bus.BusValue;
import java.time.Clock;
import java.time.Instant;

/**
 * One recorded value of a resource.
 *
 * @param number the value when it is a number or a boolean (1 or 0), else null
 * @param text the value when it is text, else null
 * @param quality {@code good}, {@code uncertain}, {@code bad} or {@code stale}
 */
public record Sample(
        String node, String object, String resource, Instant time, Double number, String text, String quality) {

    /**
     * A value as the bus published it, at the time the device measured it (a router's replay lands in its place), or
     * when it has none, the clock's time; the clock is read only then (an {@code Instant} a value less on the bus's
     * thread).
     */
    public static Sample of(BusValue value, Clock receivedBy) {
        Object v = value.value();
        Double number = v instanceof Number n ? n.doubleValue() : v instanceof Boolean b ? (b ? 1.0 : 0.0) : null;
        String text = v instanceof String s ? s : null;
        return new Sample(
                value.node(),
                value.object(),
                value.resource(),
                value.timestamp() != null ? value.timestamp() : receivedBy.instant(),
                number,
                text,
                value.quality().wireName());
    }
}
