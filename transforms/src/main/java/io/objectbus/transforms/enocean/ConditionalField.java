// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.List;
import java.util.Map;

/**
 * A field present only when a selector field has a given value: range select of A5-06-01, the "supply voltage
 * supported" bit of A5-07-01, the sensor availability bits of A5-04-01 and A5-09-04.
 */
record ConditionalField(Field inner, int offset, int size, int expected) implements Field {

    @Override
    public ResourceSpec spec() {
        return inner.spec();
    }

    @Override
    public void decode(byte[] data, List<Reading> out, List<String> problems) {
        if (Bits.get(data, offset, size) == expected) {
            inner.decode(data, out, problems);
        }
    }

    @Override
    public void encode(Map<String, Object> values, byte[] data) {
        if (values.get(inner.spec().id()) != null) {
            Bits.set(data, offset, size, expected);
            inner.encode(values, data);
        }
    }
}
