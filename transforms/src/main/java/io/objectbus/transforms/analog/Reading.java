// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.analog;

import io.objectbus.model.Quality;

/**
 * A value in engineering units with its quality: good, or bad (or uncertain) with the reason.
 *
 * @param value a Double, a Boolean, or null when there is no value yet
 */
public record Reading(Object value, Quality quality, String reason) {

    public static Reading good(Object value) {
        return new Reading(value, Quality.GOOD, null);
    }

    public static Reading bad(Object value, String reason) {
        return new Reading(value, Quality.BAD, reason);
    }

    public static Reading uncertain(Object value, String reason) {
        return new Reading(value, Quality.UNCERTAIN, reason);
    }
}
