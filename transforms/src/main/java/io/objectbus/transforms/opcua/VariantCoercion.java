// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ubyte;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ushort;

import io.objectbus.opcua.model.UaVariable;
import java.math.BigInteger;
import org.eclipse.milo.opcua.stack.core.OpcUaDataType;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.ULong;

/**
 * A bus value as a Variant of a Variable's built-in type, so that the server does not refuse it with
 * {@code Bad_TypeMismatch}: OPC UA servers check the type of a written value exactly (Part 4 clause 5.10.4).
 */
public final class VariantCoercion {

    private VariantCoercion() {}

    /**
     * @throws IllegalArgumentException naming the value and the type when the value does not fit
     */
    public static Variant toVariant(Object value, UaVariable variable) {
        if (value == null) {
            throw new IllegalArgumentException("OPC UA variables cannot be written with null");
        }
        OpcUaDataType type = variable.enumeration() ? OpcUaDataType.Int32 : variable.builtinType();
        return switch (type) {
            case Boolean -> Variant.ofBoolean(bool(value));
            case SByte -> Variant.ofSByte((byte) integer(value, Byte.MIN_VALUE, Byte.MAX_VALUE, type));
            case Byte -> Variant.ofByte(ubyte(integer(value, 0, 255, type)));
            case Int16 -> Variant.ofInt16((short) integer(value, Short.MIN_VALUE, Short.MAX_VALUE, type));
            case UInt16 -> Variant.ofUInt16(ushort((int) integer(value, 0, 65535, type)));
            case Int32 -> Variant.ofInt32((int) integer(value, Integer.MIN_VALUE, Integer.MAX_VALUE, type));
            case UInt32 -> Variant.ofUInt32(uint(integer(value, 0, 0xFFFF_FFFFL, type)));
            case Int64 -> Variant.ofInt64(integer(value, Long.MIN_VALUE, Long.MAX_VALUE, type));
            case UInt64 -> Variant.ofUInt64(ULong.valueOf(BigInteger.valueOf(integer(value, 0, Long.MAX_VALUE, type))));
            case Float -> Variant.ofFloat(toFloat(value));
            case Double -> Variant.ofDouble(number(value, type).doubleValue());
            case String -> Variant.ofString(text(value, type));
            case LocalizedText -> Variant.ofLocalizedText(LocalizedText.english(text(value, type)));
            default -> throw new IllegalArgumentException("writing " + type + " variables is not supported");
        };
    }

    private static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw mismatch(value, OpcUaDataType.Boolean);
    }

    private static Number number(Object value, OpcUaDataType type) {
        if (value instanceof Number n) {
            return n;
        }
        throw mismatch(value, type);
    }

    private static long integer(Object value, long min, long max, OpcUaDataType type) {
        double d = number(value, type).doubleValue();
        if (d != Math.rint(d)) {
            throw mismatch(value, type);
        }
        long l = number(value, type).longValue();
        if (l < min || l > max || Math.abs(d - l) > 1) {
            throw new IllegalArgumentException(
                    "value " + value + " does not fit " + type + " [" + min + ", " + max + "]");
        }
        return l;
    }

    private static float toFloat(Object value) {
        double d = number(value, OpcUaDataType.Float).doubleValue();
        if (Math.abs(d) > Float.MAX_VALUE) {
            throw new IllegalArgumentException("value " + value + " does not fit Float");
        }
        return (float) d;
    }

    private static String text(Object value, OpcUaDataType type) {
        if (value instanceof String s) {
            return s;
        }
        throw mismatch(value, type);
    }

    private static IllegalArgumentException mismatch(Object value, OpcUaDataType type) {
        return new IllegalArgumentException(
                "a " + value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + " (" + value
                        + ") cannot be written to a " + type + " variable");
    }
}
