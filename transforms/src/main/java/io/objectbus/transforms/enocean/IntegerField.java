// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.List;
import java.util.Map;

/** An unsigned EEP field taken as it stands (counters, set point steps, channel numbers). */
record IntegerField(String id, int offset, int size, String unit) implements Field {

    @Override
    public ResourceSpec spec() {
        return ResourceSpec.integer(id, unit, 0, (1L << size) - 1);
    }

    @Override
    public void decode(byte[] data, List<Reading> out, List<String> problems) {
        out.add(new Reading(id, Bits.get(data, offset, size), unit));
    }

    @Override
    public void encode(Map<String, Object> values, byte[] data) {
        Object value = values.get(id);
        if (value == null) {
            return;
        }
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new EepException(id + " must be a whole number, got " + value);
        }
        long v = n.longValue();
        if (v < 0 || v > (1L << size) - 1) {
            throw new EepException(id + " " + v + " outside 0.." + ((1L << size) - 1));
        }
        Bits.set(data, offset, size, v);
    }
}
