// SPDX-License-Identifier: Apache-2.0
package io.objectbus.northbound.bacnet;

import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.ObjectType;
import io.objectbus.bacnet.server.PropertyException;
import io.objectbus.transforms.bacnet.BacnetValues;

/** Present values between a served bus resource and BACnet: REAL, ENUMERATED (0, 1) or Unsigned (1..n). */
final class BusValues {
    private BusValues() {}

    /** The BACnet value of a bus value; a missing or unfitting one gives the type's first value. */
    static BacnetValue toBacnet(BusPoint point, Object value) {
        return switch (point.id().type()) {
            case ObjectType.ANALOG_VALUE -> new BacnetValue.RealValue(value instanceof Number n ? n.floatValue() : 0f);
            case ObjectType.BINARY_VALUE -> new BacnetValue.EnumeratedValue(Boolean.TRUE.equals(value) ? 1 : 0);
            default -> new BacnetValue.UnsignedValue(Math.max(1, point.states().indexOf(String.valueOf(value)) + 1));
        };
    }

    /** Whether a bus value can be shown as it is (a number, boolean or known state). */
    static boolean fits(BusPoint point, Object value) {
        return switch (point.id().type()) {
            case ObjectType.ANALOG_VALUE -> value instanceof Number;
            case ObjectType.BINARY_VALUE -> value instanceof Boolean;
            default -> point.states().contains(String.valueOf(value));
        };
    }

    /**
     * The bus value of a written BACnet value; NULL relinquishes (null).
     *
     * @throws PropertyException invalid-data-type or value-out-of-range (clause 15.9.1.3)
     */
    static Object toBus(BusPoint point, BacnetValue value) {
        if (value instanceof BacnetValue.NullValue) {
            return null;
        }
        return switch (point.id().type()) {
            case ObjectType.ANALOG_VALUE -> number(value);
            case ObjectType.BINARY_VALUE -> binary(value);
            default -> state(point, value);
        };
    }

    private static Object number(BacnetValue value) {
        if (value instanceof BacnetValue.RealValue real) {
            return BacnetValues.number(real.value());
        } else if (value instanceof BacnetValue.DoubleValue d) {
            return d.value();
        } else if (value instanceof BacnetValue.UnsignedValue u) {
            return (double) u.value();
        } else if (value instanceof BacnetValue.SignedValue s) {
            return (double) s.value();
        }
        throw PropertyException.invalidDataType();
    }

    private static Object binary(BacnetValue value) {
        if (value instanceof BacnetValue.EnumeratedValue e && e.value() <= 1) {
            return e.value() == 1;
        }
        throw value instanceof BacnetValue.EnumeratedValue
                ? PropertyException.valueOutOfRange()
                : PropertyException.invalidDataType();
    }

    private static Object state(BusPoint point, BacnetValue value) {
        if (!(value instanceof BacnetValue.UnsignedValue u)) {
            throw PropertyException.invalidDataType();
        }
        if (u.value() < 1 || u.value() > point.states().size()) {
            throw PropertyException.valueOutOfRange();
        }
        return point.states().get((int) u.value() - 1);
    }
}
