// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.List;

/**
 * What a profile says about one of its resources, for object descriptors: type, unit, range, states.
 *
 * @param id       resource ID
 * @param type     the value type
 * @param unit     UCUM/SenML unit, or null
 * @param min      smallest value (numbers), or null
 * @param max      largest value (numbers), or null
 * @param states   the states of an enumeration, empty otherwise
 * @param writable whether the resource can be written (an actuator command exists for it)
 */
public record ResourceSpec(
        String id, ValueType type, String unit, Double min, Double max, List<String> states, boolean writable) {

    /** Value types of resources. */
    public enum ValueType {
        NUMBER,
        INTEGER,
        BOOLEAN,
        ENUM
    }

    public ResourceSpec {
        states = List.copyOf(states);
    }

    public static ResourceSpec number(String id, String unit, double min, double max) {
        return new ResourceSpec(id, ValueType.NUMBER, unit, Math.min(min, max), Math.max(min, max), List.of(), false);
    }

    public static ResourceSpec integer(String id, String unit, long min, long max) {
        return new ResourceSpec(id, ValueType.INTEGER, unit, (double) min, (double) max, List.of(), false);
    }

    public static ResourceSpec flag(String id) {
        return new ResourceSpec(id, ValueType.BOOLEAN, null, null, null, List.of(), false);
    }

    public static ResourceSpec states(String id, List<String> states) {
        return new ResourceSpec(id, ValueType.ENUM, null, null, null, states, false);
    }

    /** The same resource, writable. */
    public ResourceSpec asWritable() {
        return new ResourceSpec(id, type, unit, min, max, states, true);
    }
}
