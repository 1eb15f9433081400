// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.List;
import java.util.Map;

/** A one-bit EEP field read as a boolean; {@code inverted} when the specification codes "true" as 0. */
record FlagField(String id, int offset, boolean inverted) implements Field {

    @Override
    public ResourceSpec spec() {
        return ResourceSpec.flag(id);
    }

    @Override
    public void decode(byte[] data, List<Reading> out, List<String> problems) {
        boolean bit = Bits.get(data, offset, 1) == 1;
        out.add(new Reading(id, bit != inverted, null));
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
        Bits.set(data, offset, 1, b != inverted ? 1 : 0);
    }
}
