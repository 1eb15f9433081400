// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawan;

import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import java.util.Objects;

/**
 * One value decoded from a LoRaWAN payload.
 *
 * @param resource the resource ID ({@code temperature1}, {@code accelerationX6})
 * @param value    a {@link Double} for measurements, {@link Long} for counts and raw numbers, {@link Boolean} for flags
 * @param unit     the UCUM unit ({@code Cel}, {@code %RH}, {@code hPa}), or null
 */
public record Measurement(String resource, Object value, String unit) {

    public Measurement {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(value, "value");
    }

    /** What the resource is, from the kind of its value: integer, number or flag. */
    public ResourceDescriptor descriptor() {
        ValueType type = value instanceof Boolean
                ? ValueType.BOOLEAN
                : value instanceof Long ? ValueType.INTEGER : ValueType.NUMBER;
        return new ResourceDescriptor(type, unit, false, null, null, null, null, null, null, null);
    }
}
