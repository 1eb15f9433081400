// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.List;
import java.util.Map;

/** A field read as true from a threshold on, e.g. A5-07-01 PIR status: 0..127 uncertain, 128..255 motion. */
record ThresholdField(String id, int offset, int size, long threshold) implements Field {

    @Override
    public ResourceSpec spec() {
        return ResourceSpec.flag(id);
    }

    @Override
    public void decode(byte[] data, List<Reading> out, List<String> problems) {
        out.add(new Reading(id, Bits.get(data, offset, size) >= threshold, null));
    }

    @Override
    public void encode(Map<String, Object> values, byte[] data) {
        Object value = values.get(id);
        if (value == null) {
            return;
        }
        if (!(value instanceof Boolean b)) {
            throw new EepException(id + " must be true or false, got " + value);
        }
        Bits.set(data, offset, size, b ? (1L << size) - 1 : 0);
    }
}
