// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet;

import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.BacnetValue.BooleanValue;
import io.objectbus.bacnet.model.BacnetValue.CharacterStringValue;
import io.objectbus.bacnet.model.BacnetValue.DoubleValue;
import io.objectbus.bacnet.model.BacnetValue.EnumeratedValue;
import io.objectbus.bacnet.model.BacnetValue.NullValue;
import io.objectbus.bacnet.model.BacnetValue.RealValue;
import io.objectbus.bacnet.model.BacnetValue.SignedValue;
import io.objectbus.bacnet.model.BacnetValue.UnsignedValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.ObjectType;
import io.objectbus.bacnet.model.PropertyIdentifier;
import java.util.Locale;

/**
 * Turns a value from a message (a number, a boolean, a text, null or a BacnetValue) into the BACnet datatype the
 * property expects: named by a header, else inferred from the object type for present-value and
 * relinquish-default (REAL for analog, ENUMERATED for binary, Unsigned for multi-state objects).
 */
final class ValueConverter {
    private ValueConverter() {}

    static BacnetValue convert(Object value, String type, ObjectIdentifier object, int property) {
        if (value instanceof BacnetValue bacnet) {
            return bacnet;
        }
        if (value == null || "null".equalsIgnoreCase(String.valueOf(value).trim())) {
            return NullValue.INSTANCE;
        }
        String datatype = type != null ? type : inferred(value, object, property);
        return as(value, datatype.toLowerCase(Locale.ROOT));
    }

    private static String inferred(Object value, ObjectIdentifier object, int property) {
        boolean commanded =
                property == PropertyIdentifier.PRESENT_VALUE || property == PropertyIdentifier.RELINQUISH_DEFAULT;
        if (commanded && ObjectType.isAnalog(object.type())) {
            return "real";
        } else if (commanded && ObjectType.isBinary(object.type())) {
            return "enumerated";
        } else if (commanded && ObjectType.isMultiState(object.type())) {
            return "unsigned";
        } else if (value instanceof Boolean) {
            return "boolean";
        } else if (value instanceof Float || value instanceof Double) {
            return "real";
        } else if (value instanceof Number number) {
            return number.longValue() >= 0 ? "unsigned" : "signed";
        }
        return "characterstring";
    }

    private static BacnetValue as(Object value, String type) {
        String text = String.valueOf(value).trim();
        return switch (type) {
            case "real" -> new RealValue(value instanceof Number n ? n.floatValue() : Float.parseFloat(text));
            case "double" -> new DoubleValue(value instanceof Number n ? n.doubleValue() : Double.parseDouble(text));
            case "unsigned" -> new UnsignedValue(integer(value, text));
            case "signed" -> new SignedValue(integer(value, text));
            case "enumerated" -> new EnumeratedValue(enumerated(value, text));
            case "boolean" -> new BooleanValue(value instanceof Boolean b ? b : Boolean.parseBoolean(text));
            case "characterstring", "string" -> new CharacterStringValue(text);
            case "null" -> NullValue.INSTANCE;
            default -> throw new IllegalArgumentException("unknown BACnet value type " + type);
        };
    }

    private static long integer(Object value, String text) {
        return value instanceof Number n ? n.longValue() : Long.parseLong(text);
    }

    /** Binary values also accept true/false and active/inactive. */
    private static long enumerated(Object value, String text) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "active", "on" -> 1;
            case "false", "inactive", "off" -> 0;
            default -> integer(value, text);
        };
    }
}
