// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An enumerated EEP field: raw values name states; several raw values may share a state (first one encodes). */
record EnumField(String id, int offset, int size, Map<Integer, String> states) implements Field {

    EnumField {
        states = new TreeMap<>(states);
    }

    @Override
    public ResourceSpec spec() {
        return ResourceSpec.states(id, states.values().stream().distinct().toList());
    }

    @Override
    public void decode(byte[] data, List<Reading> out, List<String> problems) {
        int raw = (int) Bits.get(data, offset, size);
        String state = states.get(raw);
        if (state == null) {
            problems.add(id + ": raw value " + raw + " is not a defined state");
        } else {
            out.add(new Reading(id, state, null));
        }
    }

    @Override
    public void encode(Map<String, Object> values, byte[] data) {
        Object value = values.get(id);
        if (value == null) {
            return;
        }
        Bits.set(data, offset, size, rawOf(value));
    }

    private int rawOf(Object value) {
        for (Map.Entry<Integer, String> e : states.entrySet()) {
            if (e.getValue().equals(value.toString())) {
                return e.getKey();
            }
        }
        throw new EepException(id + " has no state " + value + "; states are " + spec().states());
    }
}
