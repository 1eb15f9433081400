// SPDX-License-Identifier: Apache-2.0
package io.objectbus.model;

import java.time.Instant;

/**
 * A value an adapter read from a device, before the bus decides whether to publish it.
 *
 * @param value a Number, Boolean or String; null only with a quality other than good
 * @param timestamp when the device measured it (the source timestamp where the protocol has one)
 */
public record Sample(Object value, Quality quality, String reason, Instant timestamp) {

    public static Sample good(Object value, Instant timestamp) {
        return new Sample(value, Quality.GOOD, null, timestamp);
    }

    public Sample withQuality(Quality quality, String reason) {
        return new Sample(value, quality, reason, timestamp);
    }
}
