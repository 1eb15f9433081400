// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import java.time.Instant;
import java.util.Date;

/** Reads a timestamp given as an Instant, a Date, epoch milliseconds or ISO-8601 text. */
final class Timestamps {

    private Timestamps() {}

    static Instant of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Number millis) {
            return Instant.ofEpochMilli(millis.longValue());
        }
        try {
            return Instant.parse(value.toString());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a timestamp: " + value);
        }
    }
}
