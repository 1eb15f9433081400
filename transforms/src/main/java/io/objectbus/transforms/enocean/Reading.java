// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.Objects;

/**
 * One value decoded from a telegram.
 *
 * @param resource the resource ID, lower camel case ({@code temperature}, {@code humidity}, {@code output1})
 * @param value    a {@link Double} for measurements, {@link Long} for counts and raw numbers, {@link Boolean} for
 *                 flags, {@link String} for an enumeration state ({@code open}, {@code tilted}, {@code AI})
 * @param unit     the UCUM/SenML unit ({@code Cel}, {@code %RH}, {@code lx}, {@code ppm}, {@code W}, {@code Wh},
 *                 {@code V}, {@code %}), or null for states, flags and plain numbers
 */
public record Reading(String resource, Object value, String unit) {

    public Reading {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(value, "value");
    }

    /** The value as a number, for measurements and counts. */
    public double number() {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalStateException(resource + " is not a number: " + value);
    }

    @Override
    public String toString() {
        return resource + "=" + value + (unit == null ? "" : " " + unit);
    }
}
