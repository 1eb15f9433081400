// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.List;
import java.util.Map;

/** A linear EEP field (EEP 2.6, clause 1.5 "Valid range / Scale"). Values are rounded to 2 decimals. */
record ScaledField(
        String id, int offset, int size, long rawMin, long rawMax, double scaleMin, double scaleMax, String unit)
        implements Field {

    @Override
    public ResourceSpec spec() {
        return ResourceSpec.number(id, unit, scaleMin, scaleMax);
    }

    @Override
    public void decode(byte[] data, List<Reading> out, List<String> problems) {
        long raw = Bits.get(data, offset, size);
        if (raw < Math.min(rawMin, rawMax) || raw > Math.max(rawMin, rawMax)) {
            problems.add(id + ": raw value " + raw + " outside the valid range " + rawMin + ".." + rawMax);
            return;
        }
        double value = scaleMin + (raw - rawMin) * (scaleMax - scaleMin) / (rawMax - rawMin);
        out.add(new Reading(id, Math.round(value * 100) / 100.0, unit));
    }

    @Override
    public void encode(Map<String, Object> values, byte[] data) {
        Object value = values.get(id);
        if (value == null) {
            return;
        }
        if (!(value instanceof Number number)) {
            throw new EepException(id + " must be a number, got " + value);
        }
        double v = number.doubleValue();
        double lo = Math.min(scaleMin, scaleMax);
        double hi = Math.max(scaleMin, scaleMax);
        if (Double.isNaN(v) || v < lo - 1e-9 || v > hi + 1e-9) {
            throw new EepException(id + " " + v + " outside " + lo + ".." + hi + (unit == null ? "" : " " + unit));
        }
        long raw = Math.round(rawMin + (v - scaleMin) * (rawMax - rawMin) / (scaleMax - scaleMin));
        Bits.set(data, offset, size, raw);
    }
}
