// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.List;
import java.util.Map;

/**
 * One row of an EEP table: a bit field of the data bytes and how it maps to a resource value. Profiles are lists of
 * fields; the static factories read like the specification's tables.
 */
public interface Field {

    /** The resource this field yields. */
    ResourceSpec spec();

    /** Adds this field's reading to {@code out}, or a reason to {@code problems}. */
    void decode(byte[] data, List<Reading> out, List<String> problems);

    /** Writes the value for this field's resource from {@code values}, if present, into {@code data}. */
    void encode(Map<String, Object> values, byte[] data);

    /** A linear field: raw rawMin..rawMax maps to scaleMin..scaleMax (either may run downwards). */
    static Field scaled(
            String id, int offset, int size, long rawMin, long rawMax, double scaleMin, double scaleMax, String unit) {
        return new ScaledField(id, offset, size, rawMin, rawMax, scaleMin, scaleMax, unit);
    }

    /** An enumeration: raw values to state names. Raw values missing from the map are reported as problems. */
    static Field states(String id, int offset, int size, Map<Integer, String> states) {
        return new EnumField(id, offset, size, states);
    }

    /** A one-bit flag, true when the bit is 1. */
    static Field flag(String id, int offset) {
        return new FlagField(id, offset, false);
    }

    /** A one-bit flag, true when the bit is 0 (e.g. "button pressed" coded as 0). */
    static Field flagWhenZero(String id, int offset) {
        return new FlagField(id, offset, true);
    }

    /** An unsigned integer as it stands, with an optional unit. */
    static Field integer(String id, int offset, int size, String unit) {
        return new IntegerField(id, offset, size, unit);
    }

    /** This field only when the bits at {@code offset}/{@code size} equal {@code expected}. */
    default Field when(int offset, int size, int expected) {
        return new ConditionalField(this, offset, size, expected);
    }
}
