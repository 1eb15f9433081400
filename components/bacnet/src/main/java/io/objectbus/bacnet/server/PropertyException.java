// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.server;

import io.objectbus.bacnet.model.BacnetError;
import io.objectbus.bacnet.model.ErrorNames;

/** A property access that fails with a BACnet error class and code, answered as an Error-PDU. */
public class PropertyException extends RuntimeException {
    private final BacnetError error;

    public PropertyException(int errorClass, int errorCode) {
        super(new BacnetError(errorClass, errorCode).toString(), null, false, false);
        this.error = new BacnetError(errorClass, errorCode);
    }

    public BacnetError error() {
        return error;
    }

    public static PropertyException unknownObject() {
        return new PropertyException(ErrorNames.CLASS_OBJECT, ErrorNames.CODE_UNKNOWN_OBJECT);
    }

    public static PropertyException unknownProperty() {
        return new PropertyException(ErrorNames.CLASS_PROPERTY, ErrorNames.CODE_UNKNOWN_PROPERTY);
    }

    public static PropertyException writeAccessDenied() {
        return new PropertyException(ErrorNames.CLASS_PROPERTY, ErrorNames.CODE_WRITE_ACCESS_DENIED);
    }

    public static PropertyException invalidDataType() {
        return new PropertyException(ErrorNames.CLASS_PROPERTY, ErrorNames.CODE_INVALID_DATA_TYPE);
    }

    public static PropertyException valueOutOfRange() {
        return new PropertyException(ErrorNames.CLASS_PROPERTY, ErrorNames.CODE_VALUE_OUT_OF_RANGE);
    }

    public static PropertyException invalidArrayIndex() {
        return new PropertyException(ErrorNames.CLASS_PROPERTY, ErrorNames.CODE_INVALID_ARRAY_INDEX);
    }

    public static PropertyException notAnArray() {
        return new PropertyException(ErrorNames.CLASS_PROPERTY, ErrorNames.CODE_PROPERTY_IS_NOT_AN_ARRAY);
    }
}
