// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.bacnet;

import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.ObjectType;

/**
 * Present values between BACnet and the bus (clause 12): an analog REAL is a number, a binary ENUMERATED
 * (0 inactive, 1 active) a boolean, a multi-state Unsigned n the n-th state text.
 */
public final class BacnetValues {
    private BacnetValues() {}

    /**
     * The bus value of a present-value (or relinquish-default) as read.
     *
     * @throws IllegalArgumentException when the value does not fit the object, e.g. a state number out of range
     */
    public static Object toBus(PointInfo point, Object raw) {
        if (raw == null) {
            return null;
        }
        int type = point.id().type();
        if (ObjectType.isAnalog(type) && raw instanceof Number n) {
            return number(n);
        } else if (ObjectType.isBinary(type) && raw instanceof Number n) {
            return n.longValue() != 0;
        } else if (ObjectType.isMultiState(type) && raw instanceof Number n) {
            return state(point, n.longValue());
        }
        throw new IllegalArgumentException("a " + ObjectType.name(type) + " cannot have the value " + raw);
    }

    /** A REAL as the decimal it was written as (21.1, not 21.100000381469727). */
    public static Double number(Number value) {
        return value instanceof Float f ? Double.valueOf(Float.toString(f)) : Double.valueOf(value.doubleValue());
    }

    private static String state(PointInfo point, long number) {
        if (point.states() == null || number < 1 || number > point.states().size()) {
            throw new IllegalArgumentException("state " + number + " is not one of 1.."
                    + (point.states() == null ? "?" : point.states().size()));
        }
        return point.states().get((int) number - 1);
    }

    /**
     * The BACnet value of a bus value, in the datatype the present-value of the object takes; null becomes NULL,
     * which relinquishes a priority.
     *
     * @throws IllegalArgumentException when the bus value does not fit
     */
    public static BacnetValue toBacnet(PointInfo point, Object value) {
        if (value == null) {
            return BacnetValue.NullValue.INSTANCE;
        }
        int type = point.id().type();
        if (ObjectType.isAnalog(type) && value instanceof Number n) {
            return new BacnetValue.RealValue(n.floatValue());
        } else if (ObjectType.isBinary(type) && value instanceof Boolean b) {
            return new BacnetValue.EnumeratedValue(b ? 1 : 0);
        } else if (ObjectType.isMultiState(type)) {
            return new BacnetValue.UnsignedValue(stateNumber(point, value));
        }
        throw new IllegalArgumentException("a " + ObjectType.name(type) + " cannot take the value " + value);
    }

    private static long stateNumber(PointInfo point, Object value) {
        int index = point.states() == null ? -1 : point.states().indexOf(String.valueOf(value));
        if (index < 0) {
            throw new IllegalArgumentException("'" + value + "' is not a state of " + point.objectId());
        }
        return index + 1L;
    }
}
