// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.ResourceDescriptor;
import java.util.Locale;

/** Checks a value against a resource's descriptor and brings it to the Java type the bus keeps for it. */
public final class ValueCoercion {

    private ValueCoercion() {}

    /**
     * A value to write, as the resource's type (Double for number, Long for integer, Boolean, String), within its
     * range and allowed values.
     *
     * @throws IllegalArgumentException with a reason fit for the sender when it does not fit
     */
    public static Object coerce(ResourceDescriptor descriptor, Object value) {
        Object typed = typed(descriptor, value);
        if (typed instanceof Number n) {
            inRange(descriptor, n);
        }
        return typed;
    }

    /**
     * A reading from a device, as the resource's type. A reading outside the descriptor's range is real data (the
     * range is the normal one, as OPC UA's EURange): the caller keeps it and lowers its quality.
     */
    public static Object typed(ResourceDescriptor descriptor, Object value) {
        if (value == null) {
            return null;
        }
        return switch (descriptor.type()) {
            case NUMBER -> toDouble(value);
            case INTEGER -> toLong(value);
            case BOOLEAN -> toBoolean(value);
            case STRING -> toText(value);
            case ENUM -> oneOf(descriptor, toText(value));
        };
    }

    /**
     * A reading as {@link #typed}, also from the text a device sent: devices publish bare payloads such as
     * {@code 23.5} or {@code true}, which arrive as text. Writes stay strict ({@link #coerce}).
     */
    public static Object reading(ResourceDescriptor descriptor, Object value) {
        if (value instanceof String text) {
            return typed(descriptor, fromText(descriptor, text.trim()));
        }
        return typed(descriptor, value);
    }

    private static Object fromText(ResourceDescriptor descriptor, String text) {
        switch (descriptor.type()) {
            case NUMBER, INTEGER -> {
                try {
                    return new java.math.BigDecimal(text);
                } catch (NumberFormatException notANumber) {
                    return text;
                }
            }
            case BOOLEAN -> {
                return text.equalsIgnoreCase("true")
                        ? Boolean.TRUE
                        : text.equalsIgnoreCase("false") ? Boolean.FALSE : text;
            }
            default -> {
                return text;
            }
        }
    }

    /** Why a number lies outside the descriptor's range, or null when it does not. */
    public static String outOfRange(ResourceDescriptor d, Object value) {
        if (value instanceof Number n) {
            double v = n.doubleValue();
            if ((d.min() != null && v < d.min()) || (d.max() != null && v > d.max())) {
                return "value " + value + " is outside [" + bound(d.min()) + ", " + bound(d.max()) + "]";
            }
        }
        return null;
    }

    private static double toDouble(Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("expected a finite number, got " + d);
            }
            return d;
        }
        throw new IllegalArgumentException("expected a number, got " + describe(value));
    }

    private static long toLong(Object value) {
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        throw new IllegalArgumentException("expected an integer, got " + describe(value));
    }

    private static boolean toBoolean(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("expected true or false, got " + describe(value));
    }

    private static String toText(Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("expected a string, got " + describe(value));
    }

    private static void inRange(ResourceDescriptor d, Number value) {
        String problem = outOfRange(d, value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    private static String oneOf(ResourceDescriptor d, String value) {
        if (d.enumValues() != null && !d.enumValues().contains(value)) {
            throw new IllegalArgumentException("value '" + value + "' is not one of " + d.enumValues());
        }
        return value;
    }

    private static String bound(Double b) {
        return b == null ? "-" : b.toString();
    }

    private static String describe(Object value) {
        String type = value.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        String text = String.valueOf(value);
        return type + " " + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }
}
