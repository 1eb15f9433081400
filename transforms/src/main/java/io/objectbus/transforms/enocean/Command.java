// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import java.util.Map;

/**
 * A command to an actuator, by name with named arguments, e.g. {@code setOutput {channel: 0, value: 100}}.
 *
 * @param name      the command name the profile lists in {@link EepActuator#commands()}
 * @param arguments argument values: numbers, booleans or state names
 */
public record Command(String name, Map<String, Object> arguments) {

    public Command {
        arguments = Map.copyOf(arguments);
    }

    public static Command of(String name, Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come in key, value pairs");
        }
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new Command(name, map);
    }

    /** A number argument, or the default when absent. */
    public double number(String key, double defaultValue) {
        Object v = arguments.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new EepException(name + ": " + key + " must be a number, got " + v);
    }

    /** A boolean argument, or the default when absent. */
    public boolean flag(String key, boolean defaultValue) {
        Object v = arguments.get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new EepException(name + ": " + key + " must be true or false, got " + v);
    }
}
