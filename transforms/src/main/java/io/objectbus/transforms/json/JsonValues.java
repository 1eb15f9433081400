// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.json;

import io.objectbus.model.ValueType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A value a device's JSON gave, as the resource's bus type, or why it cannot be one. */
final class JsonValues {

    private JsonValues() {}

    /** @throws IllegalArgumentException saying why the value does not fit the type */
    static Object as(ValueType type, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("no value");
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new IllegalArgumentException("an " + (value instanceof Map<?, ?> ? "object" : "array") + " where a "
                    + type.wireName() + " was expected");
        }
        return switch (type) {
            case NUMBER -> number(value, type);
            case INTEGER -> integer(value, type);
            case BOOLEAN -> bool(value);
            case STRING, ENUM -> String.valueOf(value);
        };
    }

    private static Number number(Object value, ValueType type) {
        if (value instanceof Number n) {
            return n;
        }
        try {
            return new BigDecimal(String.valueOf(value).trim()).doubleValue();
        } catch (NumberFormatException e) {
            throw mismatch(value, type);
        }
    }

    private static long integer(Object value, ValueType type) {
        Number n = number(value, type);
        if (n.doubleValue() != Math.rint(n.doubleValue())) {
            throw mismatch(value, type);
        }
        return n.longValue();
    }

    private static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "on", "1" -> true;
            case "false", "off", "0" -> false;
            default -> throw mismatch(value, ValueType.BOOLEAN);
        };
    }

    private static IllegalArgumentException mismatch(Object value, ValueType type) {
        String shown = String.valueOf(value);
        shown = shown.length() > 40 ? shown.substring(0, 40) + "..." : shown;
        return new IllegalArgumentException("'" + shown + "' is not a " + type.wireName());
    }
}
