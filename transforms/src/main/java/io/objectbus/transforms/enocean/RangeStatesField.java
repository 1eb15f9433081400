// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A field whose raw ranges name states, e.g. the A5-10 fan speed switch: 210..255 auto, 190..209 stage 0, 165..189
 * stage 1, 145..164 stage 2, 0..144 stage 3. {@code upperBounds} are the inclusive upper ends, ascending; a state
 * encodes as its upper bound.
 */
record RangeStatesField(String id, int offset, int size, int[] upperBounds, List<String> states) implements Field {

    RangeStatesField {
        if (upperBounds.length != states.size()) {
            throw new IllegalArgumentException("one upper bound per state");
        }
        upperBounds = upperBounds.clone();
        states = List.copyOf(states);
    }

    @Override
    public ResourceSpec spec() {
        return ResourceSpec.states(id, states);
    }

    @Override
    public void decode(byte[] data, List<Reading> out, List<String> problems) {
        long raw = Bits.get(data, offset, size);
        for (int i = 0; i < upperBounds.length; i++) {
            if (raw <= upperBounds[i]) {
                out.add(new Reading(id, states.get(i), null));
                return;
            }
        }
        problems.add(id + ": raw value " + raw + " above every defined range");
    }

    @Override
    public void encode(Map<String, Object> values, byte[] data) {
        Object value = values.get(id);
        if (value == null) {
            return;
        }
        int index = states.indexOf(value.toString());
        if (index < 0) {
            throw new EepException(id + " has no state " + value + "; states are " + states);
        }
        Bits.set(data, offset, size, upperBounds[index]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RangeStatesField f
                && f.id.equals(id)
                && f.offset == offset
                && Arrays.equals(f.upperBounds, upperBounds);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + offset;
    }
}
