// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.server;

import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.BacnetValue.EnumeratedValue;
import io.objectbus.bacnet.model.BacnetValue.RealValue;
import io.objectbus.bacnet.model.BacnetValue.UnsignedValue;
import io.objectbus.bacnet.model.ObjectType;

/** The three families of point objects and the present-value datatype each requires (clause 12). */
enum PointKind {
    /** Analog input/output/value: REAL present-value. */
    ANALOG,
    /** Binary input/output/value: ENUMERATED present-value, 0 inactive or 1 active. */
    BINARY,
    /** Multi-state input/output/value: Unsigned present-value 1..number-of-states. */
    MULTI_STATE;

    static PointKind of(int objectType) {
        if (ObjectType.isAnalog(objectType)) {
            return ANALOG;
        } else if (ObjectType.isBinary(objectType)) {
            return BINARY;
        } else if (ObjectType.isMultiState(objectType)) {
            return MULTI_STATE;
        }
        throw new IllegalArgumentException("not a point object type: " + ObjectType.name(objectType));
    }

    /** Checks a value for the present-value (or relinquish-default) of a point of this kind. */
    void check(BacnetValue value, PointObject point) {
        switch (this) {
            case ANALOG -> checkAnalog(value, point);
            case BINARY -> checkBinary(value);
            case MULTI_STATE -> checkMultiState(value, point.numberOfStates());
        }
    }

    private static void checkAnalog(BacnetValue value, PointObject point) {
        if (!(value instanceof RealValue real)) {
            throw PropertyException.invalidDataType();
        }
        Float min = point.minPresValue();
        Float max = point.maxPresValue();
        if (Float.isNaN(real.value()) || (min != null && real.value() < min) || (max != null && real.value() > max)) {
            throw PropertyException.valueOutOfRange();
        }
    }

    private static void checkBinary(BacnetValue value) {
        if (!(value instanceof EnumeratedValue enumerated)) {
            throw PropertyException.invalidDataType();
        }
        if (enumerated.value() > 1) {
            throw PropertyException.valueOutOfRange();
        }
    }

    private static void checkMultiState(BacnetValue value, int states) {
        if (!(value instanceof UnsignedValue unsigned)) {
            throw PropertyException.invalidDataType();
        }
        if (unsigned.value() < 1 || unsigned.value() > states) {
            throw PropertyException.valueOutOfRange();
        }
    }

    /** The value a new point starts with. */
    BacnetValue initial() {
        return switch (this) {
            case ANALOG -> new RealValue(0f);
            case BINARY -> new EnumeratedValue(0);
            case MULTI_STATE -> new UnsignedValue(1);
        };
    }
}
