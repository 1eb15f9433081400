// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.opcua;

import io.objectbus.bus.Json;
import io.objectbus.model.ValueType;
import io.objectbus.opcua.model.UaVariable;
import java.util.UUID;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.OpcUaDataType;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.XmlElement;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.ULong;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UNumber;

/**
 * Values between OPC UA built-in types (Part 6 clause 5.1.2) and the bus's JSON types: integers of every width become
 * integer resources, Float and Double numbers, texts, names, ids and times strings.
 */
public final class OpcUaTypes {

    private OpcUaTypes() {}

    /** The bus type of a variable, or null when the bus has none for it (arrays, structures, byte strings). */
    public static ValueType valueType(UaVariable variable) {
        if (!variable.scalar() || variable.builtinType() == null) {
            return null;
        }
        return variable.enumeration() ? ValueType.INTEGER : valueType(variable.builtinType());
    }

    static ValueType valueType(OpcUaDataType type) {
        return switch (type) {
            case Boolean -> ValueType.BOOLEAN;
            case SByte, Byte, Int16, UInt16, Int32, UInt32, Int64, UInt64 -> ValueType.INTEGER;
            case Float, Double -> ValueType.NUMBER;
            case String, LocalizedText, QualifiedName, DateTime, Guid, NodeId, ExpandedNodeId, StatusCode, XmlElement ->
                ValueType.STRING;
            default -> null;
        };
    }

    /**
     * A value read from a server as the bus keeps it: Long, Double, Boolean or String.
     *
     * @throws IllegalArgumentException for a value the bus cannot carry
     */
    public static Object toBus(Object value) {
        if (value == null || value instanceof Boolean || value instanceof String || value instanceof Double) {
            return value;
        }
        if (value instanceof Float f) {
            // Through the decimal text, so that 0.1f stays 0.1 and does not become 0.10000000149011612.
            return Double.parseDouble(Float.toString(f));
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof ULong u) {
            return u.toBigInteger().bitLength() < 64 ? (Object) u.longValue() : (Object) u.doubleValue();
        }
        if (value instanceof UNumber u) {
            return u.longValue();
        }
        return toText(value);
    }

    private static String toText(Object value) {
        if (value instanceof LocalizedText text) {
            return text.text();
        }
        if (value instanceof QualifiedName name) {
            return name.name();
        }
        if (value instanceof DateTime time) {
            return Json.timestamp(time.getJavaInstant());
        }
        if (value instanceof NodeId id) {
            return id.toParseableString();
        }
        if (value instanceof ExpandedNodeId id) {
            return id.toParseableString();
        }
        if (value instanceof StatusCode code) {
            return OpcUaQuality.name(code);
        }
        if (value instanceof UUID || value instanceof XmlElement) {
            return value instanceof XmlElement xml ? xml.getFragment() : value.toString();
        }
        throw new IllegalArgumentException("a value of type " + value.getClass().getSimpleName() + " has no bus type");
    }

    /** A bus value as the Variant of {@link #dataType(ValueType)}; null becomes the null Variant. */
    public static Variant toVariant(ValueType type, Object value) {
        if (value == null) {
            return Variant.NULL_VALUE;
        }
        return switch (type) {
            case NUMBER -> value instanceof Number n ? Variant.ofDouble(n.doubleValue()) : Variant.NULL_VALUE;
            case INTEGER -> value instanceof Number n ? Variant.ofInt64(n.longValue()) : Variant.NULL_VALUE;
            case BOOLEAN -> value instanceof Boolean b ? Variant.ofBoolean(b) : Variant.NULL_VALUE;
            case STRING, ENUM -> Variant.ofString(value.toString());
        };
    }

    /** The data type the bus serves a resource type as, to OPC UA clients. */
    public static NodeId dataType(ValueType type) {
        return switch (type) {
            case NUMBER -> NodeIds.Double;
            case INTEGER -> NodeIds.Int64;
            case BOOLEAN -> NodeIds.Boolean;
            case STRING, ENUM -> NodeIds.String;
        };
    }
}
