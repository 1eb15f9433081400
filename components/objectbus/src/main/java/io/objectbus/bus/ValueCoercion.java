// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.ResourceDescriptor;
import java.util.Locale;

/** Checks a value against a resource's descriptor and brings it to the Java type the bus keeps for it. */
public final class ValueCoercion {

    private ValueCoercion() {}

    /**
     * The value as the resource's type: Double for number, Long for integer, Boolean, String.
     *
     * @throws IllegalArgumentException with a reason fit for the sender when it does not fit
     */
    public static Object coerce(ResourceDescriptor descriptor, Object value) {
        if (value == null) {
            return null;
        }
        return switch (descriptor.type()) {
            case NUMBER -> inRange(descriptor, toDouble(value));
            case INTEGER -> inRange(descriptor, toLong(value));
            case BOOLEAN -> toBoolean(value);
            case STRING -> toText(value);
            case ENUM -> oneOf(descriptor, toText(value));
        };
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

    private static <N extends Number> N inRange(ResourceDescriptor d, N value) {
        double v = value.doubleValue();
        if ((d.min() != null && v < d.min()) || (d.max() != null && v > d.max())) {
            throw new IllegalArgumentException(
                    "value " + value + " is outside [" + bound(d.min()) + ", " + bound(d.max()) + "]");
        }
        return value;
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
